import { fail } from '../internal/errors.js';
import { readRecord } from '../internal/plain.js';
import { text } from '../internal/messages.js';
import type { Missing, StatValue } from './StatValue.js';

/**
 * Values by calendar year: a `Map` from year to value, or a plain object keyed by year (`{ 2013: …, 2014: … }`).
 * A year whose value is `null` or `undefined` counts as listed but not reported.
 *
 * @category Statistics
 */
export type YearSeries<V extends StatValue = StatValue> = ReadonlyMap<number, V | Missing> | Readonly<Record<number, V | Missing>>;

const YEAR_KEY = /^-?\d{1,9}$/;

/** @internal The longest span of years a statistic walks year by year (a mistyped year 20220 stays cheap). */
export const MAX_YEAR_SPAN = 1000;

function badYear(key: string): never {
  return fail(
    'stats.invalid-year',
    text(`Năm "${key.slice(0, 20)}" không phải số nguyên.`, `The year "${key.slice(0, 20)}" is not a whole number.`),
    [key.slice(0, 20)],
  );
}

/** @internal The series as a map from whole years to values, sorted by year. */
export function yearEntries<V extends StatValue>(series: YearSeries<V>): ReadonlyMap<number, V | Missing> {
  const raw: [number, V | Missing][] = [];
  // A string or an array is not a series: read as a record it would be one year per character or element.
  // Read once, each value inside a guard: a getter that throws is `input.unreadable` with its path.
  const record = readRecord(series, [], { vi: 'chuỗi số liệu theo năm', en: 'series by year' });
  if (isMapLike(series)) {
    for (const [year, value] of series.entries()) {
      if (!Number.isSafeInteger(year)) badYear(String(year));
      raw.push([year, value]);
    }
  } else {
    for (const [key, value] of Object.entries(record) as [string, V | Missing][]) {
      if (!YEAR_KEY.test(key)) badYear(key);
      raw.push([Number(key), value]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  return new Map(raw);
}

function isMapLike<V>(s: ReadonlyMap<number, V> | Readonly<Record<number, V>>): s is ReadonlyMap<number, V> {
  return typeof (s as ReadonlyMap<number, V>).entries === 'function' && typeof (s as ReadonlyMap<number, V>).get === 'function';
}
