import type { Ratio } from '../quantity/Ratio.js';
import { absoluteChange, percentChange, type PercentChangeOptions } from './percentChange.js';
import type { StatResult } from './StatResult.js';
import type { StatValue } from './StatValue.js';
import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { MAX_YEAR_SPAN, yearEntries, type YearSeries } from './YearSeries.js';

/**
 * The change from one year to the next in a {@link yearOverYear} series.
 * @category Statistics
 */
export interface YearChange {
  readonly year: number;
  /** Always `year − 1`: changes are never taken across a gap. */
  readonly previousYear: number;
  /** value(year) − value(year − 1), exact in the values' base unit. */
  readonly absolute: StatResult<Ratio>;
  /** value(year) / value(year − 1) − 1, see {@link percentChange}. */
  readonly percent: StatResult<Ratio>;
}

/**
 * Year-over-year changes of a series, with its gaps.
 * @category Statistics
 */
export interface YearOverYear {
  /** The first listed year (`null` for an empty series). */
  readonly firstYear: number | null;
  /** The last listed year (`null` for an empty series). */
  readonly lastYear: number | null;
  /** One entry per year after the first, in order. */
  readonly changes: readonly YearChange[];
  /** Years from the first to the last listed year that have no value (absent, `null` or `undefined`). */
  readonly missingYears: readonly number[];
}

/**
 * Year-over-year changes for every year from the first to the last listed year. Gaps are reported, not
 * filled: a year next to a missing year gets an undefined change (`missing-value` for the year itself,
 * `missing-base` for the year before), never a change across the gap or an interpolated value.
 * @param series - values by year (a `Map` or an object keyed by year).
 * @param options - the negative-base policy of the relative changes.
 * @returns the changes and the missing years.
 * @throws {@link KhuyenCongError} `stats.invalid-year` when a key is not a whole year; `stats.year-span` when
 *   the series spans more than 1000 years.
 * @category Statistics
 * @example
 * // seed 003: national funds (KCQG) 2013 → 2014
 * yearOverYear({ 2013: ratio('7.73'), 2014: ratio('13.877') }).changes[0].percent; // { ok: true, value: 0.79521345407503234152652005174… }
 */
export function yearOverYear<V extends StatValue>(series: YearSeries<V>, options: PercentChangeOptions = {}): YearOverYear {
  const entries = yearEntries(series);
  const years = [...entries.keys()];
  const firstYear = years[0] ?? null;
  const lastYear = years[years.length - 1] ?? null;
  const changes: YearChange[] = [];
  const missingYears: number[] = [];
  if (firstYear !== null && lastYear !== null && lastYear - firstYear >= MAX_YEAR_SPAN) {
    // Every year between is walked: a mistyped year (99999999) would exhaust memory.
    fail(
      'stats.year-span',
      text(
        `Chuỗi số liệu trải từ năm ${String(firstYear)} đến năm ${String(lastYear)}, dài hơn 1000 năm (thường là lỗi nhập năm).`,
        `The series runs from ${String(firstYear)} to ${String(lastYear)}, more than 1000 years (usually a mistyped year).`,
      ),
      [String(lastYear)],
    );
  }
  if (firstYear !== null && lastYear !== null) {
    for (let y = firstYear; y <= lastYear; y++) {
      const v = entries.get(y);
      if (v === undefined || v === null) missingYears.push(y);
      if (y === firstYear) continue;
      const p = entries.get(y - 1);
      changes.push(
        Object.freeze({
          year: y,
          previousYear: y - 1,
          absolute: absoluteChange<StatValue>(v, p),
          percent: percentChange<StatValue>(v, p, options),
        }),
      );
    }
  }
  return Object.freeze({ firstYear, lastYear, changes: Object.freeze(changes), missingYears: Object.freeze(missingYears) });
}
