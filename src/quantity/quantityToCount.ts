import { fail } from '../internal/errors.js';
import { checkQuantity } from './checkQuantity.js';
import { count, type Count } from './Count.js';
import { quantityMessages as M } from './messages.js';
import type { Quantity } from './Quantity.js';
import type { CountUnit } from './units.js';

/**
 * The {@link Count} a parsed count quantity states (its `value` and unit; for "x/y" the x).
 *
 * @param q - a quantity of kind `'count'`, not a range.
 * @returns the count.
 * @throws {@link KhuyenCongError} `quantity.not-quantity` for a value that is not a parsed Quantity; `quantity.not-count` for another kind, `quantity.is-range` for a range,
 *   `quantity.not-whole-count` when the value is not a non-negative whole number ("1,5 người", "giảm 3 người").
 * @category Quantities
 * @example
 * quantityToCount(parseQuantity('1.200 người')); // { kind: 'count', value: 1200, unit: 'person' }
 */
export function quantityToCount(q: Quantity): Count<CountUnit> {
  checkQuantity(q, 'q');
  if (q.kind !== 'count' || q.unit === undefined) {
    fail('quantity.not-count', M.notKind({ text: q.text, expected: 'count-with-unit', actual: q.kind }));
  }
  if (q.range !== undefined) fail('quantity.is-range', M.isRange({ text: q.text }));
  if (q.value.denominator !== 1n || q.value.numerator < 0n) fail('quantity.not-whole-count', M.notWholeCount({ text: q.text }));
  return count(Number(q.value.numerator), q.unit);
}
