/**
 * Exact interval arithmetic over {@link Interval} (src/quantity/Interval.ts): bounds are exact ratios, each end
 * open or closed, `null` for an unbounded end. Every operation returns the exact image of its inputs: the set
 * of results of the operation applied to any points drawn from the input intervals (for operations where each
 * input appears once, which is how every statistic here is written). The empty set is represented by one
 * canonical interval, {@link EMPTY_INTERVAL}; operations on an empty input return it.
 */
import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import {
  addI,
  divI as internalDivI,
  EMPTY_I,
  emptyI,
  gapI,
  hullI,
  intersectI,
  mulI,
  negI,
  pointI,
  subI,
  sumI,
  toI,
  type B,
  type I,
  type IResult,
} from '../internal/interval.js';
import { absRat, add, mul, sign, sub, type Rat } from '../internal/rational.js';
import type { Bound, Interval } from '../quantity/Interval.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { definedResult, undefinedResult, type StatResult } from './StatResult.js';
import { statRat, type StatValue } from './StatValue.js';

// The internal interval and its arithmetic live in src/internal/interval.ts; the statistics modules read them here.
export { addI, containsI, emptyI, intersectI, mulI, negativeI, negI, pointI, recipI, subI, toI } from '../internal/interval.js';
export type { B, I } from '../internal/interval.js';

/** A list of intervals read as one: `stats.invalid-interval` (path: `field`) unless it is an array; each checked by {@link toI}. */
function toIs(intervals: readonly Interval[], field: string): I[] {
  let array = false;
  try {
    array = Array.isArray(intervals);
  } catch {
    array = false; // a revoked Proxy
  }
  if (!array) {
    fail(
      'stats.invalid-interval',
      text(`Tham số ${field} phải là một mảng khoảng, nhận được ${showValue(intervals)}.`, `The argument ${field} must be an array of intervals, got ${showValue(intervals)}.`),
      [field],
    );
  }
  return intervals.map((x, k) => toI(x, [field, k]));
}

/** @internal */
export function fromI(i: I): Interval {
  return Object.freeze({ lo: publicEnd(i.lo), hi: publicEnd(i.hi) });
}

function publicEnd(x: B): Bound | null {
  return x === null ? null : Object.freeze({ value: fromRat(x.v), open: x.open });
}

/** @internal Division with explicit undefined results (the internal {@link internalDivI} as a statistic). */
export function divI(a: I, b: I, numeratorField: string, denominatorField: string): StatResult<I> {
  return statOf(internalDivI(a, b, numeratorField, denominatorField));
}

/** @internal An internal interval computation as a statistic: its refusal becomes the undefined result with its message. */
export function statOf(r: IResult): StatResult<I> {
  return r.ok ? definedResult(r.value) : undefinedResult(r.code, r.field);
}

/** @internal Maps a defined internal result to the public interval. */
export function publicI(r: StatResult<I>): StatResult<Interval> {
  return r.ok ? definedResult(fromI(r.value)) : r;
}

/**
 * The empty interval, in its one canonical form (0, 0). Operations on an empty input return it.
 * @category Statistics
 */
export const EMPTY_INTERVAL: Interval = fromI(EMPTY_I);

/**
 * Whether an interval contains no number (its lower end above its upper end, or equal ends with one open).
 * @param interval - the interval.
 * @returns `true` for an empty interval.
 * @category Statistics
 * @example
 * isEmptyInterval(EMPTY_INTERVAL); // true
 */
export function isEmptyInterval(interval: Interval): boolean {
  return emptyI(toI(interval, 'interval'));
}

/**
 * The interval holding exactly one value: [v, v].
 * @param value - the exact value (money in đồng, a count, a percentage as its ratio, or a ratio).
 * @returns the closed degenerate interval.
 * @category Statistics
 * @example
 * intervalToString(intervalOfExact(money(7_730_000_000))); // "[7730000000, 7730000000]"
 */
export function intervalOfExact(value: StatValue): Interval {
  return fromI(pointI(statRat(value)));
}

/** Options of {@link intervalFromBounds}. @category Statistics */
export interface IntervalFromBoundsOptions {
  /** Whether the lower end is excluded; `false` by default. */
  readonly loOpen?: boolean;
  /** Whether the upper end is excluded; `false` by default. */
  readonly hiOpen?: boolean;
}

/**
 * Makes an interval from its two ends; `null` is an unbounded end. A reversed or degenerate open interval
 * is returned as {@link EMPTY_INTERVAL}.
 * @param lo - the lower end, or `null` for −∞.
 * @param hi - the upper end, or `null` for +∞.
 * @param options - which ends are open (both closed by default).
 * @returns the interval.
 * @category Statistics
 * @example
 * intervalToString(intervalFromBounds(ratio('54.055'), ratio('54.065'), { hiOpen: true })); // "[54.055, 54.065)"
 */
export function intervalFromBounds(lo: StatValue | null, hi: StatValue | null, options: IntervalFromBoundsOptions = {}): Interval {
  const i: I = {
    lo: lo === null ? null : { v: statRat(lo), open: options.loOpen ?? false },
    hi: hi === null ? null : { v: statRat(hi), open: options.hiOpen ?? false },
  };
  return fromI(emptyI(i) ? EMPTY_I : i);
}

/**
 * Writes an interval in mathematical notation with exact decimal ends: `[a, b]`, `(a, b)`, `[a, +∞)`, `∅`.
 * @param interval - the interval.
 * @returns the notation.
 * @category Statistics
 * @example
 * intervalToString(intervalFromBounds(ratio(75), null, { loOpen: true })); // "(75, +∞)"
 */
export function intervalToString(interval: Interval): string {
  const i = toI(interval, 'interval');
  if (emptyI(i)) return '∅';
  const lo = i.lo === null ? '(-∞' : `${i.lo.open ? '(' : '['}${fromRat(i.lo.v).toString()}`;
  const hi = i.hi === null ? '+∞)' : `${fromRat(i.hi.v).toString()}${i.hi.open ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/**
 * The interval of sums x + y for x in `a` and y in `b`.
 * @param a - the first interval.
 * @param b - the second interval.
 * @returns the exact interval of sums (empty if either input is empty).
 * @category Statistics
 * @example
 * intervalToString(addIntervals(intervalFromBounds(ratio('7.725'), ratio('7.735')), intervalFromBounds(ratio('46.325'), ratio('46.335')))); // "[54.05, 54.07]"
 */
export function addIntervals(a: Interval, b: Interval): Interval {
  return fromI(addI(toI(a, 'a'), toI(b, 'b')));
}

/**
 * The interval of differences x − y for x in `a` and y in `b`.
 * @param a - the interval of minuends.
 * @param b - the interval of subtrahends.
 * @returns the exact interval of differences.
 * @category Statistics
 * @example
 * intervalToString(subtractIntervals(intervalFromBounds(ratio(5), ratio(6)), intervalFromBounds(ratio(1), ratio(2), { hiOpen: true }))); // "(3, 5]"
 */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  return fromI(addI(toI(a, 'a'), negI(toI(b, 'b'))));
}

/**
 * The interval of products x · y for x in `a` and y in `b`, including unbounded and open ends
 * (0 · anything is 0).
 * @param a - the first factor's interval.
 * @param b - the second factor's interval.
 * @returns the exact interval of products.
 * @category Statistics
 * @example
 * intervalToString(multiplyIntervals(intervalFromBounds(ratio(-2), ratio(3)), intervalFromBounds(ratio(4), ratio(5), { hiOpen: true }))); // "(-10, 15)"
 */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return fromI(mulI(toI(a, 'a'), toI(b, 'b')));
}

/**
 * The interval of quotients x / y for x in `a` and y in `b`. When `b` contains zero the quotient is
 * unbounded and the result is explicitly undefined (`denominator-contains-zero`), never ±∞.
 * @param a - the numerator's interval.
 * @param b - the denominator's interval.
 * @returns the exact interval of quotients, or an undefined result with its reason.
 * @category Statistics
 * @example
 * divideIntervals(intervalOfExact(ratio(1)), intervalFromBounds(ratio(-1), ratio(1))).ok; // false
 */
export function divideIntervals(a: Interval, b: Interval): StatResult<Interval> {
  return publicI(divI(toI(a, 'a'), toI(b, 'b'), 'numerator', 'denominator'));
}

/**
 * The interval with every value negated.
 * @param a - the interval.
 * @returns { −x : x in a }.
 * @category Statistics
 * @example
 * intervalToString(negateInterval(intervalFromBounds(ratio(1), ratio(2), { hiOpen: true }))); // "(-2, -1]"
 */
export function negateInterval(a: Interval): Interval {
  return fromI(negI(toI(a, 'a')));
}

/**
 * Multiplies every value of an interval by an exact scalar (a negative scalar swaps the ends).
 * @param a - the interval.
 * @param factor - the exact scalar.
 * @returns { k · x : x in a }.
 * @category Statistics
 * @example
 * intervalToString(scaleInterval(intervalFromBounds(ratio(1), ratio(2)), ratio(-3))); // "[-6, -3]"
 */
export function scaleInterval(a: Interval, factor: StatValue): Interval {
  return fromI(mulI(toI(a, 'a'), pointI(statRat(factor))));
}

/**
 * Adds an exact scalar to every value of an interval.
 * @param a - the interval.
 * @param offset - the exact scalar.
 * @returns { x + k : x in a }.
 * @category Statistics
 * @example
 * intervalToString(shiftInterval(intervalFromBounds(ratio(1), null), ratio(-1))); // "[0, +∞)"
 */
export function shiftInterval(a: Interval, offset: StatValue): Interval {
  return fromI(addI(toI(a, 'a'), pointI(statRat(offset))));
}

/**
 * The values common to two intervals.
 * @param a - the first interval.
 * @param b - the second interval.
 * @returns the intervalIntersection ({@link EMPTY_INTERVAL} when they are disjoint).
 * @category Statistics
 * @example
 * intervalToString(intervalIntersection(intervalFromBounds(ratio(0), ratio(2)), intervalFromBounds(ratio(1), ratio(3), { loOpen: true }))); // "(1, 2]"
 */
export function intervalIntersection(a: Interval, b: Interval): Interval {
  return fromI(intersectI(toI(a, 'a'), toI(b, 'b')));
}

/**
 * Whether two intervals share at least one value.
 * @param a - the first interval.
 * @param b - the second interval.
 * @returns `true` when the intersection is not empty (intervals that only touch at an open end do not intersect).
 * @category Statistics
 * @example
 * intervalsIntersect(intervalFromBounds(ratio(0), ratio(1), { hiOpen: true }), intervalFromBounds(ratio(1), ratio(2))); // false
 */
export function intervalsIntersect(a: Interval, b: Interval): boolean {
  return !emptyI(intersectI(toI(a, 'a'), toI(b, 'b')));
}

/**
 * The distance between two intervals: 0 when they intersect or touch, otherwise the length of the intervalGap
 * between the nearer ends. An empty input gives an undefined result (`empty-interval`).
 * @param a - the first interval.
 * @param b - the second interval.
 * @returns the exact distance.
 * @category Statistics
 * @example
 * // seed 003: the 2014 components 13.877 + 49.49 can sum to [63.3615, 63.3725]; the stated total 63.335
 * // stands for [63.3345, 63.3355]: they miss each other by 0.026 tỷ even at the published precision
 * intervalGap(intervalFromBounds(ratio('63.3615'), ratio('63.3725')), intervalFromBounds(ratio('63.3345'), ratio('63.3355'))); // { ok: true, value: 0.026 }
 */
export function intervalGap(a: Interval, b: Interval): StatResult<Ratio> {
  const x = toI(a, 'a');
  const y = toI(b, 'b');
  if (emptyI(x)) return undefinedResult('empty-interval', 'a');
  if (emptyI(y)) return undefinedResult('empty-interval', 'b');
  return definedResult(fromRat(gapI(x, y)));
}

/**
 * The smallest interval containing every given interval (empty inputs are ignored).
 * @param intervals - the intervals.
 * @returns their intervalHull ({@link EMPTY_INTERVAL} for none).
 * @category Statistics
 * @example
 * intervalToString(intervalHull([intervalOfExact(ratio(1)), intervalFromBounds(ratio(3), ratio(4), { hiOpen: true })])); // "[1, 4)"
 */
export function intervalHull(intervals: readonly Interval[]): Interval {
  return fromI(hullI(toIs(intervals, 'intervals')));
}

/**
 * Whether every value of `inner` lies in `outer` (the empty interval is inside every interval).
 * @param innerInterval - the candidate subset.
 * @param outerInterval - the candidate superset.
 * @returns `true` when `innerInterval` ⊆ `outerInterval`.
 * @category Statistics
 * @example
 * isSubinterval(intervalFromBounds(ratio(1), ratio(2)), intervalFromBounds(ratio(0), ratio(2))); // true
 */
export function isSubinterval(innerInterval: Interval, outerInterval: Interval): boolean {
  return subI(toI(innerInterval, 'innerInterval'), toI(outerInterval, 'outerInterval'));
}

function nonNegative(amount: Rat, field: string): Rat {
  if (sign(amount) < 0) {
    fail(
      'stats.negative-widening',
      text(`Độ nới rộng (${field}) không được âm.`, `The widening amount (${field}) must not be negative.`),
      [field],
    );
  }
  return amount;
}

function widenBy(i: I, dLo: (v: Rat) => Rat, dHi: (v: Rat) => Rat): I {
  if (emptyI(i)) return EMPTY_I;
  return {
    lo: i.lo === null ? null : { v: sub(i.lo.v, dLo(i.lo.v)), open: i.lo.open },
    hi: i.hi === null ? null : { v: add(i.hi.v, dHi(i.hi.v)), open: i.hi.open },
  };
}

/**
 * Moves both finite ends of an interval outward by the same absolute amount (a tolerance); open ends stay
 * open. The empty interval stays empty.
 * @param interval - the interval.
 * @param amount - the non-negative amount in the interval's unit.
 * @returns the widened interval.
 * @throws {@link KhuyenCongError} `stats.negative-widening` when `amount` is negative.
 * @category Statistics
 * @example
 * intervalToString(widenInterval(intervalOfExact(ratio('0.1716')), ratio('0.00005'))); // "[0.17155, 0.17165]"
 */
export function widenInterval(interval: Interval, amount: StatValue): Interval {
  const d = nonNegative(statRat(amount), 'amount');
  return fromI(widenBy(toI(interval, 'interval'), () => d, () => d));
}

/**
 * Moves each finite end of an interval outward by a fraction of its own magnitude (|end| × fraction):
 * a relative tolerance such as 1%.
 * @param interval - the interval.
 * @param fraction - the non-negative relative amount (0.01 for 1%).
 * @returns the widened interval.
 * @throws {@link KhuyenCongError} `stats.negative-widening` when `fraction` is negative.
 * @category Statistics
 * @example
 * intervalToString(widenIntervalRelative(intervalFromBounds(ratio(-200), ratio(100)), ratio('0.01'))); // "[-202, 101]"
 */
export function widenIntervalRelative(interval: Interval, fraction: StatValue): Interval {
  const f = nonNegative(statRat(fraction), 'fraction');
  const d = (v: Rat): Rat => mul(absRat(v), f);
  return fromI(widenBy(toI(interval, 'interval'), d, d));
}

/**
 * The interval of sums of one value from each interval; the empty sum is [0, 0].
 * @param intervals - the intervals of the addends.
 * @returns the exact interval of sums.
 * @category Statistics
 * @example
 * // seed 003: 13.877 and 49.49 as published (half a unit of the last digit either side)
 * intervalToString(sumInterval([intervalFromBounds(ratio('13.8765'), ratio('13.8775')), intervalFromBounds(ratio('49.485'), ratio('49.495'))])); // "[63.3615, 63.3725]"
 */
export function sumInterval(intervals: readonly Interval[]): Interval {
  return fromI(sumI(toIs(intervals, 'intervals')));
}

/**
 * The interval of quotients numerator / denominator: {@link divideIntervals} under the statistics name.
 * @param numerator - the numerator's interval.
 * @param denominator - the denominator's interval.
 * @returns the exact interval, or undefined when the denominator's interval contains zero.
 * @category Statistics
 * @example
 * // seed 003: how many provinces does "3.17 tỷ per province" imply for 63.335 tỷ? 3.17 stands for [3.165, 3.175)
 * ratioInterval(intervalOfExact(ratio('63.335')), intervalFromBounds(ratio('3.165'), ratio('3.175'), { hiOpen: true })); // (19.948…, 20.011…]
 */
export function ratioInterval(numerator: Interval, denominator: Interval): StatResult<Interval> {
  return publicI(divI(toI(numerator, 'numerator'), toI(denominator, 'denominator'), 'numerator', 'denominator'));
}
