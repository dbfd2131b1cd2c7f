/**
 * The one adapter over date-fns. The library keeps calendar dates as ISO strings `YYYY-MM-DD` (they compare
 * correctly as strings and no time zone can shift a day); the few operations that need calendar arithmetic
 * go through these functions. Dates are built and read in local time on both sides, so no offset applies.
 */
// Subpath imports: the date-fns barrel would load every date-fns module on a cold Node start.
import { addYears } from 'date-fns/addYears';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` ('2024-02-29' yes, '2023-02-29' no). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isValid(parseISO(value));
}

/**
 * The same calendar day `years` years later, as `YYYY-MM-DD`; 29 February goes to 28 February in a common
 * year (date-fns `addYears`). The input must satisfy {@link isCalendarDate}.
 */
export function addYearsToDate(date: string, years: number): string {
  return lightFormat(addYears(parseISO(date), years), 'yyyy-MM-dd');
}
