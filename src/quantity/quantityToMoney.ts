import { fail } from '../internal/errors.js';
import { checkQuantity } from './checkQuantity.js';
import { quantityMessages as M } from './messages.js';
import { money, type Money } from './Money.js';
import type { Quantity } from './Quantity.js';

/**
 * The exact {@link Money} a parsed money quantity states (its `value`, whatever its qualifiers say).
 *
 * @param q - a quantity of kind `'money'`, not a range.
 * @returns the amount in whole đồng.
 * @throws {@link KhuyenCongError} `quantity.not-quantity` for a value that is not a parsed Quantity; `quantity.not-money` for another kind, `quantity.is-range` for a range,
 *   `quantity.not-whole-dong` when the value is not a whole number of đồng ("1,5 đồng").
 * @category Quantities
 * @example
 * quantityToMoney(parseQuantity('54,06 tỷ đồng')).dong; // 54060000000
 */
export function quantityToMoney(q: Quantity): Money {
  checkQuantity(q, 'q');
  if (q.kind !== 'money') fail('quantity.not-money', M.notKind({ text: q.text, expected: 'money', actual: q.kind }));
  if (q.range !== undefined) fail('quantity.is-range', M.isRange({ text: q.text }));
  if (q.value.denominator !== 1n) fail('quantity.not-whole-dong', M.notWholeDong({ text: q.text }));
  return money(q.value.numerator);
}
