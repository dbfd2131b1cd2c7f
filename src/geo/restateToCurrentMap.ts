import type { LocalizedText } from '../internal/messages.js';
import { readRecord } from '../internal/plain.js';

/** @internal How the input is named in its errors. */
export const SERIES = { vi: 'chuỗi số liệu theo tỉnh (mã tỉnh → kỳ → giá trị)', en: 'series by province (province code → period → value)' } as const;
import { sumExact, type ExactValue } from './exactSum.js';
import { geoMessages } from './messages.js';
import { parsePeriod } from './period.js';
import { asCurrentCode, type CurrentProvinceCode } from './ProvinceCode.js';
import { CURRENT_VIEWS, currentViewOf, lastLegacyView } from './registry.js';

/** Codes with their names on 2025-06-30: "74 Bình Dương, 77 Bà Rịa - Vũng Tàu". */
function named(codes: readonly string[]): string {
  // Every code here is a predecessor or an input code already found in the registry.
  return codes.map((c) => `${c} ${(lastLegacyView(c) as NonNullable<ReturnType<typeof lastLegacyView>>).shortName}`).join(', ');
}

/** The old units each current unit was formed from (Nghị quyết 202/2025/QH15), by current code. */
const PREDECESSORS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(CURRENT_VIEWS.map((v) => [v.code, Object.freeze([...v.predecessors])])),
);

/**
 * A series per province and period: province code → period → value. A period is a year ("2022") or a span of
 * whole years ("2014-2018", also written with an en-dash). Codes are two digits, of the 63-unit or the 34-unit
 * map.
 * @category Provinces
 */
export type SeriesByProvince<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

/**
 * One value of the restated series, with the input codes that were summed into it.
 * @category Provinces
 */
export interface RestatedValue<T> {
  readonly code: CurrentProvinceCode;
  /** The normalised period ("2022", "2014-2018"). */
  readonly period: string;
  readonly value: T;
  /** The input codes whose values were added, ascending. */
  readonly from: readonly string[];
  /**
   * `complete` when every old unit the current unit was formed from reported a value for the period (or the
   * period starts after the 2025 reorganisation); `partial` when some did not: the value then sums only the
   * units in `from`, and comparing it with another period (year on year) would be wrong.
   */
  readonly coverage: 'complete' | 'partial';
  /** The old units' codes that did not report, ascending (empty when `complete`). */
  readonly missing: readonly string[];
}

/**
 * Why an input value was not restated: `unknown-code`, no unit of either map has the code; `bad-period`, the
 * period is not "YYYY" or "YYYY-YYYY"; `duplicate-period`, the same code has several keys for one period
 * ("2022", " 2022" and "2022-2022"), so every one of them is left out; `before-coverage`, the period starts before 2008 (Hà Tây was still a
 * province); `code-ended`, an old code carries a value for a period starting after 2025 (the unit ended on
 * 2025-06-30); `incompatible-values`, values summed into one cell are of different kinds.
 * @category Provinces
 */
export type NotRestatedReason = 'unknown-code' | 'bad-period' | 'duplicate-period' | 'before-coverage' | 'code-ended' | 'incompatible-values';

/**
 * An input value that was left out of the restated series, with why.
 * @category Provinces
 */
export interface NotRestated<T> {
  readonly code: string;
  readonly period: string;
  readonly value: T;
  readonly reason: NotRestatedReason;
  readonly message: LocalizedText;
}

/**
 * A caution on a restated value: `straddles-cutover`, a 2025 value of the merged unit was added to 2025
 * values of old units it absorbed; if the merged unit's figure already covers them, they are counted twice;
 * `partial-coverage`, the value sums only some of the old units the current unit was formed from (see
 * {@link RestatedValue.coverage}).
 * @category Provinces
 */
export interface RestateWarning {
  readonly code: CurrentProvinceCode;
  readonly period: string;
  readonly kind: 'straddles-cutover' | 'partial-coverage';
  readonly message: LocalizedText;
}

/**
 * The result of {@link restateToCurrentMap}.
 * @category Provinces
 */
export interface RestatedSeries<T> {
  /** The restated values, by current code then period (sorted). */
  readonly values: readonly RestatedValue<T>[];
  /** The same as a plain record: current code → period → value (partial values included). */
  readonly byProvince: Readonly<Record<string, Readonly<Record<string, T>>>>;
  /**
   * Like `byProvince`, but a `partial` value is `null` (a missing value): what to give `yearOverYear` or any
   * comparison across periods, so that a partial total is never compared with a complete one.
   */
  readonly completeByProvince: Readonly<Record<string, Readonly<Record<string, T | null>>>>;
  readonly notRestated: readonly NotRestated<T>[];
  readonly warnings: readonly RestateWarning[];
}

interface Cell<T> {
  readonly code: CurrentProvinceCode;
  readonly period: string;
  /** The first year of the period. */
  readonly start: number;
  readonly entries: { readonly code: string; readonly value: T }[];
}

/**
 * Restates a per-province series onto the 34-unit map valid from 2025-07-01: each value under an old code is
 * added to the unit that absorbed it (Nghị quyết 202/2025/QH15), exactly, period by period; values under a
 * current code stay. Sums never mix periods. Nothing is dropped silently: every input value is either in
 * `values` or in `notRestated` with its reason. Each period has one canonical key ("2022", "2014-2018"): keys
 * of one code that name the same period ("2022", " 2022", "2022-2022") are all refused (`duplicate-period`),
 * never summed. A value of a merged unit that sums only some of its old units (Bình Dương alone for Hồ Chí
 * Minh City) is flagged `coverage: 'partial'` with the units `missing`, warned about, and `null` in
 * `completeByProvince`, the record to compare periods with. The inverse direction is not defined for amounts: see
 * {@link restateToLegacyMap}.
 * @param series - province code → period → value (money, counts of one unit, exact ratios or bigints).
 * @returns the restated values, what could not be restated, and warnings.
 * @throws {@link KhuyenCongError} `money.out-of-range` if a sum leaves the exact money range; `input.not-record`
 *   when the series or a province's periods are not an object (a string, an array, `null`).
 * @category Provinces
 * @example
 * const r = restateToCurrentMap({ '95': { '2014-2018': money(6_979_000_000) } }); // seed 000, Bạc Liêu
 * r.byProvince['96']?.['2014-2018']?.dong; // 6979000000 (Cà Mau)
 */
export function restateToCurrentMap<T extends ExactValue>(series: SeriesByProvince<T>): RestatedSeries<T> {
  const cells = new Map<string, Cell<T>>();
  const notRestated: NotRestated<T>[] = [];
  // Read once, each value inside a guard: a getter that throws is `input.unreadable` with its path.
  const byCode = readRecord(series, [], SERIES);
  for (const rawCode of Object.keys(byCode).sort()) {
    const periods = readRecord(byCode[rawCode], [rawCode], SERIES) as Readonly<Record<string, T>>;
    const rawPeriods = Object.keys(periods).sort();
    // One canonical period per value: keys of one code that name the same period are all refused.
    const keysOf = new Map<string, string[]>();
    for (const rawPeriod of rawPeriods) {
      const parsed = parsePeriod(rawPeriod);
      if (!parsed.ok) continue;
      const key = parsed.value.key;
      const list = keysOf.get(key);
      if (list === undefined) keysOf.set(key, [rawPeriod]);
      else list.push(rawPeriod);
    }
    for (const rawPeriod of rawPeriods) {
      const value = periods[rawPeriod] as T;
      const skip = (reason: NotRestatedReason, message: LocalizedText): void => {
        notRestated.push(Object.freeze({ code: rawCode, period: rawPeriod, value, reason, message }));
      };
      const parsed = parsePeriod(rawPeriod);
      const canonical = parsed.ok ? parsed.value.key : undefined;
      const same = canonical === undefined ? [] : (keysOf.get(canonical) as string[]);
      if (same.length > 1) {
        const keys = same.map((k) => `"${k}"`).join(', ');
        skip('duplicate-period', geoMessages.restateDuplicatePeriod({ code: rawCode, period: canonical as string, keys }));
        continue;
      }
      const legacy = lastLegacyView(rawCode);
      const current = currentViewOf(rawCode);
      if (legacy === undefined && current === undefined) {
        skip('unknown-code', geoMessages.restateUnknownCode({ code: rawCode }));
        continue;
      }
      if (!parsed.ok) {
        skip('bad-period', parsed.reason.message);
        continue;
      }
      const period = parsed.value;
      if (period.start < 2008) {
        skip('before-coverage', geoMessages.restateBeforeCoverage({ period: period.key }));
        continue;
      }
      // Every code of either map is an old code, and a current code is the code of its seat: the destination is
      // the old unit's successor in both readings of a shared code such as "96".
      const old = legacy as NonNullable<typeof legacy>;
      if (current === undefined && period.start >= 2026) {
        skip(
          'code-ended',
          geoMessages.restateCodeAfterCutover({
            code: rawCode,
            name: old.officialName,
            period: period.key,
            successorCode: old.successor,
          }),
        );
        continue;
      }
      const target = asCurrentCode(old.successor);
      const id = `${target}|${period.key}`;
      const cell = cells.get(id) ?? { code: target, period: period.key, start: period.start, entries: [] };
      cell.entries.push({ code: rawCode, value });
      cells.set(id, cell);
    }
  }

  const values: RestatedValue<T>[] = [];
  const warnings: RestateWarning[] = [];
  const byProvince: Record<string, Record<string, T>> = {};
  const completeByProvince: Record<string, Record<string, T | null>> = {};
  for (const cell of [...cells.values()].sort((a, b) => (a.code + a.period < b.code + b.period ? -1 : 1))) {
    const total = sumExact(cell.entries.map((e) => e.value));
    if (total === undefined) {
      for (const e of cell.entries) {
        notRestated.push(
          Object.freeze({
            code: e.code,
            period: cell.period,
            value: e.value,
            reason: 'incompatible-values' as const,
            message: geoMessages.restateIncompatible({ code: cell.code, period: cell.period }),
          }),
        );
      }
      continue;
    }
    const from = cell.entries.map((e) => e.code).sort();
    // Before the reorganisation the current unit is the sum of the old units it was formed from: all of them.
    const missing = cell.start >= 2026 ? [] : (PREDECESSORS[cell.code] as readonly string[]).filter((c) => !from.includes(c)).sort();
    const coverage = missing.length === 0 ? ('complete' as const) : ('partial' as const);
    values.push(Object.freeze({ code: cell.code, period: cell.period, value: total, from: Object.freeze(from), coverage, missing: Object.freeze(missing) }));
    (byProvince[cell.code] ??= {})[cell.period] = total;
    (completeByProvince[cell.code] ??= {})[cell.period] = coverage === 'complete' ? total : null;
    if (coverage === 'partial') {
      warnings.push(
        Object.freeze({
          code: cell.code,
          period: cell.period,
          kind: 'partial-coverage' as const,
          message: geoMessages.restatePartial({ code: cell.code, period: cell.period, reported: named(from), missing: named(missing) }),
        }),
      );
    }
    if (cell.period === '2025' && from.includes(cell.code) && from.length > 1) {
      warnings.push(
        Object.freeze({
          code: cell.code,
          period: cell.period,
          kind: 'straddles-cutover' as const,
          message: geoMessages.restateStraddle({ code: cell.code, period: cell.period, codes: from.join(', ') }),
        }),
      );
    }
  }
  for (const rec of Object.values(byProvince)) Object.freeze(rec);
  for (const rec of Object.values(completeByProvince)) Object.freeze(rec);
  return Object.freeze({
    values: Object.freeze(values),
    byProvince: Object.freeze(byProvince),
    completeByProvince: Object.freeze(completeByProvince),
    notRestated: Object.freeze(notRestated),
    warnings: Object.freeze(warnings),
  });
}
