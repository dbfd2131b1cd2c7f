/**
 * The one adapter over date-fns. The library keeps calendar dates as ISO strings `YYYY-MM-DD` (they compare
 * correctly as strings and no time zone can shift a day); the few operations that need calendar arithmetic
 * go through these functions. Dates are built and read in local time on both sides, so no offset applies.
 * Validation is on the hot path (every eligibility check validates its date), so it reads the digits and
 * applies the Gregorian month lengths directly (a few times faster than building a Date); date-fns does the
 * calendar arithmetic.
 */
// Subpath imports: the date-fns barrel would load every date-fns module on a cold Node start.
import { addYears } from 'date-fns/addYears';
import { lightFormat } from 'date-fns/lightFormat';
import { KhuyenCongError } from './errors.js';
import { quote, type LocalizedText } from './messages.js';
import { showValue } from './showValue.js';

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `count` ASCII digits of `s` from `from`, or -1 when one of them is not a digit 0–9. */
function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` ('2024-02-29' yes, '2023-02-29' no). */
export function isCalendarDate(value: unknown): value is string {
  // `YYYY-MM-DD` read digit by digit (no match object, no substrings: every eligibility check comes here).
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : MONTH_DAYS[month - 1]!);
}

const MONTH_DAYS: readonly number[] = Object.freeze([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** A local-time Date for a calendar day (years 0–99 are not shifted to 1900–1999). */
function localDate(year: number, month: number, day: number): Date {
  const d = new Date(year, month - 1, day);
  d.setFullYear(year);
  return d;
}

/**
 * The same calendar day `years` years later, as `YYYY-MM-DD`; 29 February goes to 28 February in a common
 * year (date-fns `addYears`). The input must satisfy {@link isCalendarDate}.
 */
export function addYearsToDate(date: string, years: number): string {
  const d = localDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return lightFormat(addYears(d, years), 'yyyy-MM-dd');
}

/** The first day any date argument of the library may name (the accepted range of {@link checkDate}). */
export const DATE_RANGE_MIN = '1900-01-01';
/** The last day any date argument of the library may name (the accepted range of {@link checkDate}). */
export const DATE_RANGE_MAX = '2999-12-31';

/**
 * The accepted range's years (1900–2999) as a pattern on `YYYY-MM-DD` text, for schemas (JSON Schema `pattern`
 * beside the `date` format), so that zod, the JSON Schemas and {@link isAcceptedDate} accept the same dates.
 */
export const DATE_RANGE_PATTERN = /^(?:19|2\d)\d\d-/;

/** Whether `value` is a calendar date `YYYY-MM-DD` inside the library's accepted range (1900-01-01 to 2999-12-31). */
export function isAcceptedDate(value: unknown): value is string {
  return isCalendarDate(value) && value >= DATE_RANGE_MIN && value <= DATE_RANGE_MAX;
}

/**
 * The one date validator: every function that takes a date checks it here, with one accepted range and one
 * error code, `date.invalid`. No trimming, no other notation: `' 2025-07-01'`, `'2025-7-1'`, `'2025-13-01'`
 * and `'zzz'` are refused. Returns the date unchanged.
 * @param path - the field path reported, e.g. `['at']` or `['options', 'at']`.
 */
export function checkDate(input: unknown, path: readonly (string | number)[] = ['at']): string {
  if (isAcceptedDate(input)) return input;
  throw new KhuyenCongError([dateIssue(input, path)]);
}

/**
 * The `date.invalid` issue of {@link checkDate}, for parsers that collect every issue before throwing.
 * @param input - the value that is not an accepted date.
 * @param path - the field path reported.
 */
export function dateIssue(input: unknown, path: readonly (string | number)[]): { code: 'date.invalid'; path: readonly (string | number)[]; message: LocalizedText } {
  return { code: 'date.invalid', path, message: dateMessage(input) };
}

/** The message of `date.invalid` for a value, in both languages (one definition). */
export function dateMessage(input: unknown): LocalizedText {
  const shown = typeof input === 'string' ? quote(input) : showValue(input);
  return {
    vi: `Ngày ${shown} không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ ${DATE_RANGE_MIN} đến ${DATE_RANGE_MAX}.`,
    en: `Invalid date ${shown}: expected a real calendar date written YYYY-MM-DD, from ${DATE_RANGE_MIN} to ${DATE_RANGE_MAX}.`,
  };
}

/**
 * Whether `date` lies in the closed interval [from, to] of `YYYY-MM-DD` dates; `to === null` means open-ended
 * (plain string comparison orders such dates). @internal
 */
export function inPeriod(date: string, from: string, to: string | null): boolean {
  return date >= from && (to === null || date <= to);
}
