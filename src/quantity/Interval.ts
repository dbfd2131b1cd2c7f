import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import { compareRatio, type Ratio } from './Ratio.js';

/**
 * One end of an {@link Interval}: its exact value and whether the end itself is excluded.
 * @category Quantities
 */
export interface Bound {
  readonly value: Ratio;
  /** `true` when the end is excluded ("hơn 75": 75 itself is not in the interval). */
  readonly open: boolean;
}

/**
 * The set of values a published number can stand for: its precision interval (half a unit of the last
 * written digit either side), widened or made one-sided by its qualifier. `null` is an unbounded end.
 * Values are in the quantity's base unit: đồng for money, items for counts, a ratio for percentages.
 *
 * @category Quantities
 */
export interface Interval {
  readonly lo: Bound | null;
  readonly hi: Bound | null;
}

/**
 * Whether an interval contains a value (respecting open ends; a `null` end is unbounded).
 * @param interval - the interval.
 * @param value - the value, in the interval's base unit.
 * @returns `true` when the value is in the interval.
 * @throws {@link KhuyenCongError} `stats.invalid-interval` (path: `interval` and the end) for a value that is not an
 *   interval, `ratio.not-ratio` for a value or bound that is not a Ratio.
 * @category Quantities
 * @example
 * intervalContains(parseQuantity('54,06 tỷ đồng').interval, ratio(54_064_000_000)); // true
 * intervalContains(parseQuantity('hơn 75 cơ sở').interval, ratio(75));              // false
 */
export function intervalContains(interval: Interval, value: Ratio): boolean {
  const lo = readBound(interval, 'lo');
  const hi = readBound(interval, 'hi');
  if (lo !== null) {
    const c = compareRatio(value, lo.value);
    if (c < 0 || (c === 0 && lo.open)) return false;
  }
  if (hi !== null) {
    const c = compareRatio(value, hi.value);
    if (c > 0 || (c === 0 && hi.open)) return false;
  }
  return true;
}

/** One end of an interval argument, read inside a guard and checked: `null` or `{ value, open: boolean }`. */
function readBound(interval: unknown, end: 'lo' | 'hi'): Bound | null {
  let x: unknown;
  let open: unknown;
  try {
    x = typeof interval === 'object' && interval !== null && !Array.isArray(interval) ? (interval as Record<string, unknown>)[end] : undefined;
    if (typeof x === 'object' && x !== null) open = (x as Record<string, unknown>)['open'];
  } catch {
    x = undefined; // a revoked Proxy or a getter that throws: refused below
  }
  if (x === null) return null;
  if (typeof x !== 'object' || typeof open !== 'boolean') {
    fail(
      'stats.invalid-interval',
      text(
        `Tham số interval không phải khoảng { lo, hi } (mỗi đầu là null hoặc { value: Ratio, open: boolean }), đầu ${end} sai: ${showValue(interval)}.`,
        `The argument interval is not an interval { lo, hi } (each end null or { value: Ratio, open: boolean }); its ${end} is wrong: ${showValue(interval)}.`,
      ),
      ['interval', end],
    );
  }
  return x as Bound;
}
