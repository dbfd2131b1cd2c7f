import { isCalendarDate } from '../internal/date.js';
import { fail } from '../internal/errors.js';
import { showValue } from '../internal/showValue.js';
import { geoMessages } from './messages.js';

/**
 * Checks that `input` is a calendar date written `YYYY-MM-DD` and returns it. ISO dates compare correctly
 * as strings, so the registry keeps them as strings (no time zone can shift a day).
 * @throws {@link KhuyenCongError} `geo.date-invalid`.
 * @internal
 */
export function checkIsoDate(input: unknown, path: readonly (string | number)[] = ['at']): string {
  const s = typeof input === 'string' ? input : showValue(input);
  if (isCalendarDate(s)) return s;
  return fail('geo.date-invalid', geoMessages.dateInvalid({ input: s }), path);
}
