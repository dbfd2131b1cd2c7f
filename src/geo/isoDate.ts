import { fail } from '../internal/errors.js';
import { geoMessages } from './messages.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that `input` is a calendar date written `YYYY-MM-DD` and returns it. ISO dates compare correctly
 * as strings, so the registry keeps them as strings (no time zone can shift a day).
 * @throws {@link KhuyenCongError} `geo.date-invalid`.
 * @internal
 */
export function checkIsoDate(input: unknown, path: readonly (string | number)[] = ['at']): string {
  const s = typeof input === 'string' ? input : String(input);
  const m = ISO.exec(s);
  if (m !== null) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    if (days !== undefined && d >= 1 && d <= days) return s;
  }
  return fail('geo.date-invalid', geoMessages.dateInvalid({ input: s }), path);
}
