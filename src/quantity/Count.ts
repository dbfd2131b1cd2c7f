import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import type { COUNT_UNITS, CountUnit } from './units.js';

/**
 * A whole number of things with a unit noun (people, establishments, đề án, …). A distinct type from
 * {@link Money} and {@link Percent}: the compiler refuses to add a count to money.
 *
 * @category Quantities
 */
export interface Count<U extends CountUnit = CountUnit> {
  readonly kind: 'count';
  /** A non-negative safe integer. */
  readonly value: number;
  readonly unit: U;
}

/**
 * Makes a count.
 * @param value - a non-negative safe integer.
 * @param unit - the unit noun's id (see {@link COUNT_UNITS}).
 * @returns the frozen count.
 * @throws {@link KhuyenCongError} `count.invalid` unless `value` is a non-negative safe integer.
 * @category Quantities
 * @example
 * count(3324, 'worker'); // { kind: 'count', value: 3324, unit: 'worker' }
 */
export function count<U extends CountUnit>(value: number, unit: U): Count<U> {
  if (!Number.isSafeInteger(value) || value < 0) {
    fail(
      'count.invalid',
      text(`Số lượng ${String(value)} phải là số nguyên không âm.`, `The count ${String(value)} must be a non-negative whole number.`),
      ['value'],
    );
  }
  return Object.freeze({ kind: 'count', value, unit });
}

/**
 * Adds two counts of the same unit (counts of different units do not compile).
 * @param a - the first count.
 * @param b - the second count, of the same unit.
 * @returns the sum.
 * @throws {@link KhuyenCongError} `count.invalid` if the sum is not a safe integer.
 * @category Quantities
 * @example
 * addCount(count(50, 'project'), count(237, 'project')).value; // 287
 */
export function addCount<U extends CountUnit>(a: Count<U>, b: Count<NoInfer<U>>): Count<U> {
  return count(a.value + b.value, a.unit);
}
