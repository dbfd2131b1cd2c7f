/**
 * The one entry check of the functions that read a parsed {@link Quantity} (issue 14, the sweep). Internal to
 * the quantity area.
 */
import { fail } from '../internal/errors.js';
import { showValue } from '../internal/showValue.js';
import { quantityMessages as M } from './messages.js';
import type { Quantity } from './Quantity.js';
import { isRatio } from './Ratio.js';
import { MONEY_SCALES } from './scales.js';
import { COUNT_UNITS } from './units.js';

const KINDS: readonly unknown[] = ['money', 'count', 'percent', 'number'];
const DIRECTIONS: readonly unknown[] = ['increase', 'decrease'];

/** Whether every field a format or conversion function reads has the type a parsed Quantity gives it. */
function isQuantityShape(v: Record<string, unknown>): boolean {
  const range = v['range'];
  return (
    KINDS.includes(v['kind']) &&
    isRatio(v['value']) &&
    typeof v['text'] === 'string' &&
    Array.isArray(v['qualifiers']) &&
    (v['unit'] === undefined || (typeof v['unit'] === 'string' && Object.hasOwn(COUNT_UNITS, v['unit']))) &&
    (v['scale'] === undefined || (typeof v['scale'] === 'string' && Object.hasOwn(MONEY_SCALES, v['scale']))) &&
    (v['decimals'] === undefined || (Number.isInteger(v['decimals']) && (v['decimals'] as number) >= 0 && (v['decimals'] as number) <= 100)) &&
    (v['halfUnit'] === undefined || isRatio(v['halfUnit'])) &&
    (v['of'] === undefined || isRatio(v['of'])) &&
    (v['direction'] === undefined || DIRECTIONS.includes(v['direction'])) &&
    (range === undefined || (typeof range === 'object' && range !== null && isRatio((range as Record<string, unknown>)['lo']) && isRatio((range as Record<string, unknown>)['hi'])))
  );
}

/**
 * @internal Throws `quantity.not-quantity` (path: `field`) unless `value` has the shape of a parsed
 * {@link Quantity} (as {@link parseQuantity} returns it, or its copy from another build of the library): an
 * object whose fields can be read (a revoked Proxy or a getter that throws is refused too).
 */
export function checkQuantity(value: unknown, field: string): asserts value is Quantity {
  let shaped = false;
  if (typeof value === 'object' && value !== null) {
    try {
      shaped = !Array.isArray(value) && isQuantityShape(value as Record<string, unknown>);
    } catch {
      shaped = false; // a revoked Proxy or a getter that throws: not a Quantity
    }
  }
  if (!shaped) fail('quantity.not-quantity', M.notObject({ what: field, value: showValue(value, 40) }), [field]);
}
