import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { add, R0, type Rat } from '../internal/rational.js';
import { fromRat } from '../internal/ratio.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { averageOverKeys, averagePer, type DenominatorPolicy, type KeyedAverage } from './average.js';
import { undefinedResult, type StatResult, type StatUndefined } from './StatResult.js';
import { isMissing, statRat, type Missing, type StatValue } from './StatValue.js';
import { MAX_YEAR_SPAN, yearEntries, type YearSeries } from './YearSeries.js';

/**
 * A period (giai đoạn) of whole calendar years, both ends included: 2014–2018 is `{ from: 2014, to: 2018 }`,
 * five years.
 * @category Statistics
 */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/**
 * The period as a plain `{ from, to }` when it is one (whole years, `from` not after `to`), read once and
 * without ever throwing: `undefined`, `null`, a string, a revoked Proxy or a getter that throws are not periods.
 */
function readPeriod(period: unknown): Period | null {
  try {
    if (typeof period !== 'object' || period === null) return null;
    const { from, to } = period as { readonly from?: unknown; readonly to?: unknown };
    return Number.isSafeInteger(from) && Number.isSafeInteger(to) && (from as number) <= (to as number) ? { from: from as number, to: to as number } : null;
  } catch {
    return null;
  }
}

/** A period for a message: "2018–2014" when both ends can be read, otherwise the value as shown. */
function periodText(period: unknown): string {
  try {
    const { from, to } = period as { readonly from?: unknown; readonly to?: unknown };
    if (typeof from === 'number' && typeof to === 'number') return `${String(from)}–${String(to)}`;
  } catch {
    // undefined, null, a revoked Proxy or a getter that throws: shown below
  }
  return showValue(period, 60);
}

/**
 * The number of years of a period, both ends included (2014–2018 is 5; a single year is 1).
 * @param period - the period.
 * @returns to − from + 1.
 * @throws {@link KhuyenCongError} `stats.invalid-period` when a year is not whole or `from` is after `to`.
 * @category Statistics
 * @example
 * periodLength({ from: 2014, to: 2018 }); // 5
 */
export function periodLength(period: Period): number {
  const p = readPeriod(period);
  if (p === null) {
    const shown = periodText(period);
    return fail(
      'stats.invalid-period',
      text(
        `Giai đoạn ${shown} không hợp lệ: năm phải là số nguyên và năm đầu không sau năm cuối.`,
        `The period ${shown} is invalid: years must be whole and the first must not come after the last.`,
      ),
      ['period'],
    );
  }
  return p.to - p.from + 1;
}

/**
 * The total of a series over a period, with which years reported and which are missing.
 * @category Statistics
 */
export interface PeriodTotal {
  readonly ok: true;
  /** The sum of the reported years' values (missing years add nothing). */
  readonly value: Ratio;
  /** The number of years of the period, both ends included. */
  readonly years: number;
  readonly reportedYears: readonly number[];
  readonly missingYears: readonly number[];
  /** Whether every year of the period reported a value. */
  readonly complete: boolean;
}

/** The result of {@link periodTotal}. @category Statistics */
export type PeriodTotalResult = PeriodTotal | StatUndefined;

/**
 * The sum of a yearly series over a period (both ends included), reporting the missing years instead of
 * filling them; years outside the period are ignored.
 * @param series - values by year.
 * @param period - the period.
 * @returns the total with the period's length and its reported and missing years, or undefined (`invalid-period`, `too-many-years`).
 * @throws {@link KhuyenCongError} `stats.invalid-year` when a key of the series is not a whole year.
 * @category Statistics
 * @example
 * periodTotal({ 2013: ratio('54.06'), 2014: ratio('63.335') }, { from: 2013, to: 2015 }); // value 117.395, years 3, missingYears [2015]
 */
export function periodTotal<V extends StatValue>(series: YearSeries<V>, period: Period): PeriodTotalResult {
  const p = readPeriod(period);
  if (p === null) return undefinedResult('invalid-period', 'period');
  if (p.to - p.from >= MAX_YEAR_SPAN) return undefinedResult('too-many-years', 'period');
  const entries = yearEntries(series);
  let total: Rat = R0;
  const reportedYears: number[] = [];
  const missingYears: number[] = [];
  for (let y = p.from; y <= p.to; y++) {
    const v = entries.get(y);
    if (isMissing(v)) {
      missingYears.push(y);
    } else {
      reportedYears.push(y);
      total = add(total, statRat(v));
    }
  }
  return Object.freeze({
    ok: true,
    value: fromRat(total),
    years: p.to - p.from + 1,
    reportedYears: Object.freeze(reportedYears),
    missingYears: Object.freeze(missingYears),
    complete: missingYears.length === 0,
  });
}

/** Options of {@link periodAverage}. @category Statistics */
export interface PeriodAverageOptions {
  /**
   * Which years the total is divided by: `'all-in-set'` (every year of the period, the default: the annual
   * average over the period), `'reported'` (years with a value), `'non-zero'` (years with a non-zero value).
   */
  readonly denominator?: DenominatorPolicy;
}

/**
 * An annual average over a period.
 * @category Statistics
 */
export interface PeriodAverage extends KeyedAverage<number> {
  /** The number of years of the period, both ends included. */
  readonly years: number;
  /** Whether every year of the period reported a value. */
  readonly complete: boolean;
}

/** The result of {@link periodAverage}. @category Statistics */
export type PeriodAverageResult = PeriodAverage | StatUndefined;

/**
 * The average per year of a yearly series over a period. By default the total is divided by the number of
 * years of the period (both ends included), missing years counting as zero and listed in `missing`.
 * @param series - values by year.
 * @param period - the period.
 * @param options - the denominator policy (`'all-in-set'` by default).
 * @returns the average with its accounting, or undefined (`invalid-period`, `too-many-years`, `empty-denominator`).
 * @throws {@link KhuyenCongError} `stats.invalid-year` when a key of the series is not a whole year.
 * @category Statistics
 * @example
 * periodAverage({ 2014: ratio(2), 2016: ratio(4) }, { from: 2014, to: 2016 }).value; // 2 (6 over 3 years; 2015 missing)
 */
export function periodAverage<V extends StatValue>(series: YearSeries<V>, period: Period, options: PeriodAverageOptions = {}): PeriodAverageResult {
  const p = readPeriod(period);
  if (p === null) return undefinedResult('invalid-period', 'period');
  if (p.to - p.from >= MAX_YEAR_SPAN) return undefinedResult('too-many-years', 'period');
  const entries = yearEntries(series);
  const years: number[] = [];
  for (let y = p.from; y <= p.to; y++) years.push(y);
  const r = averageOverKeys(
    years,
    (y) => {
      const v = entries.get(y);
      return isMissing(v) ? null : statRat(v);
    },
    options.denominator ?? 'all-in-set',
    'period',
  );
  if (!r.ok) return r;
  return Object.freeze({ ...r, years: years.length, complete: r.missing.length === 0 });
}

/**
 * The average per year of a total stated for a whole period: total / number of years (both ends included).
 * @param total - the period's total, or missing.
 * @param period - the period.
 * @returns the exact annual average, or undefined (`missing-value`, `invalid-period`).
 * @category Statistics
 * @example
 * // seed 000: Bạc Liêu, 6.979 tỷ approved over 2014–2018
 * averagePerYear(money(6_979_000_000), { from: 2014, to: 2018 }); // { ok: true, value: 1395800000 }
 */
export function averagePerYear(total: StatValue | Missing, period: Period): StatResult<Ratio> {
  const p = readPeriod(period);
  if (p === null) return undefinedResult('invalid-period', 'period');
  return averagePer(total, ratio(p.to - p.from + 1));
}
