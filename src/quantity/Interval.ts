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
 * @category Quantities
 * @example
 * intervalContains(parseQuantity('54,06 tỷ đồng').interval, ratio(54_064_000_000)); // true
 * intervalContains(parseQuantity('hơn 75 cơ sở').interval, ratio(75));              // false
 */
export function intervalContains(interval: Interval, value: Ratio): boolean {
  const { lo, hi } = interval;
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
