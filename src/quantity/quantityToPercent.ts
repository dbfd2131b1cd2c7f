import { fail } from '../internal/errors.js';
import { checkQuantity } from './checkQuantity.js';
import { quantityMessages as M } from './messages.js';
import type { Percent } from './Percent.js';
import type { Quantity } from './Quantity.js';

/**
 * The {@link Percent} a parsed percent quantity states (signed for a decrease).
 *
 * @param q - a quantity of kind `'percent'`, not a range.
 * @returns the percentage.
 * @throws {@link KhuyenCongError} `quantity.not-quantity` for a value that is not a parsed Quantity; `quantity.not-percent` for another kind, `quantity.is-range` for a range.
 * @category Quantities
 * @example
 * quantityToPercent(parseQuantity('giảm 4%')).ratio.toString(); // "-0.04"
 */
export function quantityToPercent(q: Quantity): Percent {
  checkQuantity(q, 'q');
  if (q.kind !== 'percent') fail('quantity.not-percent', M.notKind({ text: q.text, expected: 'percent', actual: q.kind }));
  if (q.range !== undefined) fail('quantity.is-range', M.isRange({ text: q.text }));
  return Object.freeze({ kind: 'percent', ratio: q.value }) as Percent;
}
