import type { LocalizedText } from '../internal/messages.js';
import { readRecord } from '../internal/plain.js';
import { SERIES } from './restateToCurrentMap.js';
import type { ExactValue } from './exactSum.js';
import { geoMessages } from './messages.js';
import { parsePeriod } from './period.js';
import type { Result } from '../internal/result.js';
import type { LegacyProvinceCode } from './ProvinceCode.js';
import { currentViewOf, lastLegacyView, type LegacyProvince } from './registry.js';
import type { SeriesByProvince } from './restateToCurrentMap.js';

/**
 * A value carried back to the 63-unit map: only for the 11 units that were not merged, whose territory did
 * not change.
 * @category Provinces
 */
export interface LegacyRestatedValue<T> {
  readonly code: LegacyProvinceCode;
  readonly period: string;
  readonly value: T;
}

/**
 * A value that was not carried back: `split-not-defined`, the unit was formed by a merger and nothing says how
 * to divide its amount among the old units; `unknown-code`, the code is not one of the 34; `bad-period`, the
 * period is not "YYYY" or "YYYY-YYYY".
 * @category Provinces
 */
export interface RefusedSplit<T> {
  readonly code: string;
  readonly period: string;
  readonly value: T;
  readonly reason: 'split-not-defined' | 'unknown-code' | 'bad-period';
  /** For `split-not-defined`: the old units the amount would have to be divided among. */
  readonly predecessors: readonly LegacyProvinceCode[];
  readonly message: LocalizedText;
}

/**
 * The result of {@link restateToLegacyMap}.
 * @category Provinces
 */
export interface LegacyRestatedSeries<T> {
  readonly values: readonly LegacyRestatedValue<T>[];
  readonly refused: readonly RefusedSplit<T>[];
}

/**
 * Carries a series of the 34-unit map back to the 63-unit map where that is well defined, and refuses where
 * it is not. An unchanged unit (Hà Nội, Huế, Lạng Sơn, …) keeps its territory, so its value carries over to
 * the same code. A merged unit's amount cannot be divided among the old units without a key that the law does
 * not give (Nghị quyết 202/2025/QH15 merges them whole): the library refuses, with the reason, rather than
 * invent a split by area, population or any other proxy.
 * @param series - current province code → period → value.
 * @returns the carried values and the refusals.
 * @category Provinces
 * @example
 * const r = restateToLegacyMap({ '20': { '2026': money(1_000) }, '96': { '2026': money(2_000) } });
 * r.values[0]?.code; // '20' (Lạng Sơn, unchanged)
 * r.refused[0]?.reason; // 'split-not-defined' (Cà Mau = Bạc Liêu + Cà Mau)
 */
export function restateToLegacyMap<T extends ExactValue>(series: SeriesByProvince<T>): LegacyRestatedSeries<T> {
  const values: LegacyRestatedValue<T>[] = [];
  const refused: RefusedSplit<T>[] = [];
  // Read once, each value inside a guard: a getter that throws is `input.unreadable` with its path.
  const byCode = readRecord(series, [], SERIES);
  for (const code of Object.keys(byCode).sort()) {
    const periods = readRecord(byCode[code], [code], SERIES) as Readonly<Record<string, T>>;
    const unit = currentViewOf(code);
    for (const rawPeriod of Object.keys(periods).sort()) {
      const value = periods[rawPeriod] as T;
      const parsed = parsePeriod(rawPeriod);
      if (unit === undefined || !parsed.ok) {
        const [reason, message] =
          unit === undefined ? (['unknown-code', geoMessages.restateUnknownCode({ code })] as const) : (['bad-period', badPeriod(parsed)] as const);
        refused.push(Object.freeze({ code, period: rawPeriod, value, reason, predecessors: Object.freeze([]), message }));
        continue;
      }
      const period = parsed.value;
      if (unit.merged) {
        const names = unit.predecessors.map((c) => `${c} ${(lastLegacyView(c) as LegacyProvince).shortName}`).join(', ');
        refused.push(
          Object.freeze({
            code,
            period: period.key,
            value,
            reason: 'split-not-defined' as const,
            predecessors: unit.predecessors,
            message: geoMessages.splitRefused({ code, name: unit.officialName, predecessors: names }),
          }),
        );
        continue;
      }
      values.push(Object.freeze({ code: unit.seat, period: period.key, value }));
    }
  }
  return Object.freeze({ values: Object.freeze(values), refused: Object.freeze(refused) });
}

/** The message of a period that could not be read. */
function badPeriod(parsed: Result<unknown>): LocalizedText {
  /* c8 ignore next -- only called for a period that could not be read */
  return parsed.ok ? geoMessages.restateBadPeriod({ period: '' }) : parsed.reason.message;
}
