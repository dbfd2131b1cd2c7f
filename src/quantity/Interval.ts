import type { Ratio } from './Ratio.js';

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
