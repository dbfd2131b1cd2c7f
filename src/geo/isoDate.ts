import { checkDate } from '../internal/date.js';

/**
 * Checks that `input` is a calendar date written `YYYY-MM-DD` in the accepted range and returns it: the one
 * validator of src/internal/date.ts. ISO dates compare correctly as strings, so the registry keeps them as
 * strings (no time zone can shift a day).
 * @throws {@link KhuyenCongError} `date.invalid`.
 * @internal
 */
export function checkIsoDate(input: unknown, path: readonly (string | number)[] = ['at']): string {
  return checkDate(input, path);
}
