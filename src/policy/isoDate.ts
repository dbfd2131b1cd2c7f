/**
 * Calendar dates as ISO strings `YYYY-MM-DD`. Plain string comparison orders them correctly, so the
 * library compares dates without a date library.
 */

/**
 * A calendar date written `YYYY-MM-DD` (for example `'2018-05-11'`).
 * @category Policy
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

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
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `date` lies in the closed interval [from, to]; `to === null` means open-ended. @internal */
export function inPeriod(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return date >= from && (to === null || date <= to);
}
