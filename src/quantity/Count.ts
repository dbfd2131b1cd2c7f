import { fail } from '../internal/errors.js';
import { quote, text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { COUNT_UNITS, type CountUnit } from './units.js';

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
 * @throws {@link KhuyenCongError} `count.invalid` unless `value` is a non-negative safe integer;
 *   `count.unknown-unit` unless `unit` is a key of {@link COUNT_UNITS}.
 * @category Quantities
 * @example
 * count(3324, 'worker'); // { kind: 'count', value: 3324, unit: 'worker' }
 */
export function count<U extends CountUnit>(value: number, unit: U): Count<U> {
  if (!Number.isSafeInteger(value) || value < 0) {
    fail(
      'count.invalid',
      text(`Số lượng ${showValue(value)} phải là số nguyên không âm.`, `The count ${showValue(value)} must be a non-negative whole number.`),
      ['value'],
    );
  }
  // An unknown unit would only fail later, when the count is written: refuse it here.
  if (typeof unit !== 'string' || !Object.hasOwn(COUNT_UNITS, unit)) {
    fail(
      'count.unknown-unit',
      text(`Đơn vị đếm ${quote(showValue(unit))} không có trong danh mục COUNT_UNITS.`, `The count unit ${quote(showValue(unit))} is not in COUNT_UNITS.`),
      ['unit'],
    );
  }
  return Object.freeze({ kind: 'count', value, unit });
}

/**
 * Adds two counts of the same unit (counts of different units do not compile).
 * @param a - the first count.
 * @param b - the second count, of the same unit.
 * @returns the sum.
 * @throws {@link KhuyenCongError} `count.invalid` if the sum is not a safe integer, or (path `a` or `b`) an
 *   argument is not a {@link Count}; `count.unit-mismatch` for counts of two units (from plain JavaScript).
 * @category Quantities
 * @example
 * addCount(count(50, 'project'), count(237, 'project')).value; // 287
 */
export function addCount<U extends CountUnit>(a: Count<U>, b: Count<NoInfer<U>>): Count<U> {
  checkCount(a, 'a');
  checkCount(b, 'b');
  if (a.unit !== b.unit) {
    fail(
      'count.unit-mismatch',
      text(`Không cộng được ${quote(a.unit)} với ${quote(b.unit)}: hai đơn vị khác nhau.`, `Cannot add ${quote(a.unit)} and ${quote(b.unit)}: two different units.`),
      ['b', 'unit'],
    );
  }
  return count(a.value + b.value, a.unit);
}

/** `count.invalid` (path: the argument) unless the value is a {@link Count}. */
function checkCount(value: unknown, name: string): void {
  if (!isCount(value)) fail('count.invalid', text(`Tham số ${name} không phải Count: ${showValue(value)}.`, `The argument ${name} is not a Count: ${showValue(value)}.`), [name]);
}

/**
 * Whether a value is a {@link Count}: `kind: 'count'`, a non-negative safe-integer `value` and a unit of
 * {@link COUNT_UNITS} (a shape check, no `instanceof`, so it holds across copies of the library).
 * @category Quantities
 * @example
 * isCount(count(3324, 'worker')); // true
 * isCount({ kind: 'count', value: 1, unit: 'banana' }); // false
 */
export function isCount(value: unknown): value is Count {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { kind?: unknown; value?: unknown; unit?: unknown };
    return v.kind === 'count' && Number.isSafeInteger(v.value) && (v.value as number) >= 0 && typeof v.unit === 'string' && Object.hasOwn(COUNT_UNITS, v.unit);
  } catch {
    return false; // a revoked Proxy or a getter that throws: not a Count
  }
}
