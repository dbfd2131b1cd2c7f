/**
 * Calendar dates as ISO strings `YYYY-MM-DD`. Plain string comparison orders them correctly; calendar
 * validity is checked by the date adapter (src/internal/date.ts, date-fns).
 */
import { isCalendarDate } from '../internal/date.js';

/**
 * A calendar date written `YYYY-MM-DD` (for example `'2018-05-11'`).
 * @category Policy
 */
export type IsoDate = string;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 1900–2999).
 * @param value - any value.
 * @returns `true` for `'2024-02-29'`, `false` for `'2023-02-29'`, `'2018-5-11'` or a `Date`.
 * @category Policy
 * @example
 * isIsoDate('2018-05-11'); // true
 * isIsoDate('2023-02-29'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value) && value >= '1900-01-01' && value <= '2999-12-31';
}

export { inPeriod } from '../internal/date.js';
