import { describe, expect, it } from 'vitest';
import { intervalContains } from '../../src/quantity/Interval.js';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { count, money, ratio } from '../../src/quantity/index.js';
import {
  addIntervals,
  divideIntervals,
  EMPTY_INTERVAL,
  intervalGap,
  intervalHull,
  intervalIntersection,
  intervalsIntersect,
  intervalFromBounds,
  intervalOfExact,
  intervalToString,
  isEmptyInterval,
  isSubinterval,
  multiplyIntervals,
  negateInterval,
  scaleInterval,
  shiftInterval,
  subtractIntervals,
  sumInterval,
  widenInterval,
  widenIntervalRelative,
} from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

const r = ratio;
const closed = (a: number | string, b: number | string) => intervalFromBounds(r(a), r(b));

describe('interval constructors and notation', () => {
  it('makes exact degenerate intervals (TSDoc example)', () => {
    expect(intervalToString(intervalOfExact(money(7_730_000_000)))).toBe('[7730000000, 7730000000]');
    expect(intervalToString(intervalOfExact(count(20, 'province')))).toBe('[20, 20]');
  });

  it('writes open, closed, unbounded and empty intervals', () => {
    expect(intervalToString(intervalFromBounds(r('54.055'), r('54.065'), { hiOpen: true }))).toBe('[54.055, 54.065)');
    expect(intervalToString(intervalFromBounds(r(75), null, { loOpen: true }))).toBe('(75, +∞)');
    expect(intervalToString(intervalFromBounds(null, r(2)))).toBe('(-∞, 2]');
    expect(intervalToString(intervalFromBounds(null, null))).toBe('(-∞, +∞)');
    expect(intervalToString(EMPTY_INTERVAL)).toBe('∅');
  });

  it('normalises reversed and degenerate open intervals to the empty interval', () => {
    expect(isEmptyInterval(EMPTY_INTERVAL)).toBe(true);
    expect(intervalFromBounds(r(2), r(1))).toEqual(EMPTY_INTERVAL);
    expect(isEmptyInterval(intervalFromBounds(r(1), r(1), { loOpen: true }))).toBe(true);
    expect(isEmptyInterval(intervalFromBounds(r(1), r(1)))).toBe(false);
    expect(isEmptyInterval({ lo: { value: r(3), open: false }, hi: { value: r(1), open: false } })).toBe(true);
    expect(Object.isFrozen(intervalOfExact(r(1)))).toBe(true);
  });
});

describe('addIntervals, subtractIntervals, sumInterval', () => {
  it('seed 003: 7.73 + 46.33 at their precision is [54.05, 54.07], which holds 54.06 (TSDoc example)', () => {
    const s = addIntervals(closed('7.725', '7.735'), closed('46.325', '46.335'));
    expect(intervalToString(s)).toBe('[54.05, 54.07]');
    expect(intervalContains(s, r('54.06'))).toBe(true);
  });

  it('seed 003: 13.877 + 49.49 at their precision is [63.3615, 63.3725], which misses 63.335 (TSDoc example)', () => {
    const s = sumInterval([closed('13.8765', '13.8775'), closed('49.485', '49.495')]);
    expect(intervalToString(s)).toBe('[63.3615, 63.3725]');
    expect(intervalsIntersect(s, closed('63.3345', '63.3355'))).toBe(false);
  });

  it('seed 000: 2.959 + 4.020 exactly is 6.979', () => {
    expectInterval(sumInterval([intervalOfExact(r('2.959')), intervalOfExact(r('4.020'))]), [6979n, 1000n, false], [6979n, 1000n, false]);
  });

  it('propagates open and unbounded ends; the empty sum is [0, 0]', () => {
    expect(intervalToString(subtractIntervals(closed(5, 6), intervalFromBounds(r(1), r(2), { hiOpen: true })))).toBe('(3, 5]');
    expect(intervalToString(addIntervals(intervalFromBounds(null, r(1)), closed(1, 2)))).toBe('(-∞, 3]');
    expect(intervalToString(sumInterval([]))).toBe('[0, 0]');
    expect(addIntervals(EMPTY_INTERVAL, closed(1, 2))).toEqual(EMPTY_INTERVAL);
    expect(negateInterval(EMPTY_INTERVAL)).toEqual(EMPTY_INTERVAL);
    expect(intervalToString(negateInterval(intervalFromBounds(r(1), r(2), { hiOpen: true })))).toBe('(-2, -1]');
  });
});

describe('multiplyIntervals', () => {
  it('takes the extreme corner products with their openness (TSDoc example)', () => {
    expect(intervalToString(multiplyIntervals(closed(-2, 3), intervalFromBounds(r(4), r(5), { hiOpen: true })))).toBe('(-10, 15)');
    // corners of (−1, 2) × (−3, 1]: 3 (open), −1, −6 (open), 2 → (−6, 3)
    expect(
      intervalToString(multiplyIntervals(intervalFromBounds(r(-1), r(2), { loOpen: true, hiOpen: true }), intervalFromBounds(r(-3), r(1), { loOpen: true }))),
    ).toBe('(-6, 3)');
    expect(intervalToString(multiplyIntervals(closed(-3, -2), closed(-5, -4)))).toBe('[8, 15]');
  });

  it('reaches 0 when a factor can be 0, whatever the other factor', () => {
    expect(intervalToString(multiplyIntervals(closed(0, 1), intervalFromBounds(r(2), r(3), { loOpen: true, hiOpen: true })))).toBe('[0, 3)');
    expect(intervalToString(multiplyIntervals(intervalFromBounds(null, null), intervalOfExact(r(0))))).toBe('[0, 0]');
  });

  it('handles unbounded ends', () => {
    expect(intervalToString(multiplyIntervals(intervalFromBounds(r(0), r(1), { loOpen: true }), intervalFromBounds(r(1), null)))).toBe('(0, +∞)');
    // x ≤ −1 and y in [−1, 0]: xy in [0, +∞)
    expect(intervalToString(multiplyIntervals(intervalFromBounds(null, r(-1)), closed(-1, 0)))).toBe('[0, +∞)');
    expect(intervalToString(multiplyIntervals(intervalFromBounds(null, r(-1)), closed(1, 2)))).toBe('(-∞, -1]');
    expect(multiplyIntervals(EMPTY_INTERVAL, closed(1, 2))).toEqual(EMPTY_INTERVAL);
  });

  it('scales and shifts by exact scalars (TSDoc examples)', () => {
    expect(intervalToString(scaleInterval(closed(1, 2), r(-3)))).toBe('[-6, -3]');
    expect(intervalToString(scaleInterval(intervalFromBounds(r(1), null), r(0)))).toBe('[0, 0]');
    expect(intervalToString(shiftInterval(intervalFromBounds(r(1), null), r(-1)))).toBe('[0, +∞)');
  });
});

describe('divideIntervals', () => {
  it('is undefined when the denominator contains zero (TSDoc example)', () => {
    const d = divideIntervals(intervalOfExact(r(1)), closed(-1, 1));
    expectUndefined(d, 'denominator-contains-zero', 'denominator');
    expect(d).toMatchObject({ reason: {
      message: {
        vi: 'Khoảng của mẫu số (denominator) chứa 0: thương không bị chặn.',
        en: "The denominator's interval (denominator) contains zero: the quotient is unbounded.",
      },
    } });
    expectUndefined(divideIntervals(intervalOfExact(r(1)), intervalFromBounds(r(0), null)), 'denominator-contains-zero', 'denominator');
  });

  it('divides by positive, negative and half-unbounded denominators', () => {
    expect(intervalToString(valueOf(divideIntervals(closed(1, 2), closed(-4, -2))))).toBe('[-1, -0.25]');
    // 1 / (0, 1] = [1, +∞)
    expect(intervalToString(valueOf(divideIntervals(intervalOfExact(r(1)), intervalFromBounds(r(0), r(1), { loOpen: true }))))).toBe('[1, +∞)');
    // [1, 2] / (−∞, −1] = [−2, 0): 0 is only approached
    expect(intervalToString(valueOf(divideIntervals(closed(1, 2), intervalFromBounds(null, r(-1)))))).toBe('[-2, 0)');
  });

  it('reports empty inputs', () => {
    expectUndefined(divideIntervals(EMPTY_INTERVAL, closed(1, 2)), 'empty-interval', 'numerator');
    const e = divideIntervals(closed(1, 2), EMPTY_INTERVAL);
    expectUndefined(e, 'empty-interval', 'denominator');
    expect(e).toMatchObject({ reason: { message: { vi: 'Khoảng (denominator) rỗng.', en: 'The interval (denominator) is empty.' } } });
  });
});

describe('contains, intervalIntersection, intervalsIntersect, intervalGap, intervalHull, isSubinterval', () => {
  it('respects open ends (TSDoc examples)', () => {
    expect(intervalContains(intervalFromBounds(r(75), null, { loOpen: true }), r(75))).toBe(false);
    expect(intervalContains(intervalFromBounds(r(75), null, { loOpen: true }), r(76))).toBe(true);
    expect(intervalContains(intervalFromBounds(null, r(2), { hiOpen: true }), r(2))).toBe(false);
    expect(intervalContains(EMPTY_INTERVAL, r(0))).toBe(false);
    expect(intervalsIntersect(intervalFromBounds(r(0), r(1), { hiOpen: true }), closed(1, 2))).toBe(false);
    expect(intervalsIntersect(closed(0, 1), closed(1, 2))).toBe(true);
    expect(intervalToString(intervalIntersection(closed(0, 2), intervalFromBounds(r(1), r(3), { loOpen: true })))).toBe('(1, 2]');
    expect(intervalToString(intervalIntersection(intervalFromBounds(null, r(2)), intervalFromBounds(r(2), null, { loOpen: true })))).toBe('∅');
    expect(intervalToString(intervalIntersection(closed(0, 2), intervalFromBounds(null, null)))).toBe('[0, 2]');
    expect(intervalsIntersect(EMPTY_INTERVAL, closed(0, 1))).toBe(false);
  });

  it('seed 003: the 2014 components miss the stated total by 0.026 tỷ even at the published precision (TSDoc example)', () => {
    const components = closed('63.3615', '63.3725');
    const stated = closed('63.3345', '63.3355');
    expectRatio(valueOf(intervalGap(components, stated)), 13n, 500n);
    expectRatio(valueOf(intervalGap(stated, components)), 13n, 500n);
  });

  it('gap is 0 for intersecting or touching intervals, and undefined for an empty one', () => {
    expectRatio(valueOf(intervalGap(closed(0, 2), closed(1, 3))), 0n);
    expectRatio(valueOf(intervalGap(intervalFromBounds(r(0), r(1), { hiOpen: true }), intervalFromBounds(r(1), r(2), { loOpen: true }))), 0n);
    expectRatio(valueOf(intervalGap(intervalFromBounds(r(5), null), intervalFromBounds(null, r(2)))), 3n);
    expectUndefined(intervalGap(EMPTY_INTERVAL, closed(0, 1)), 'empty-interval', 'a');
    expectUndefined(intervalGap(closed(0, 1), EMPTY_INTERVAL), 'empty-interval', 'b');
  });

  it('hull keeps the outer ends, closed where either is closed (TSDoc example)', () => {
    expect(intervalToString(intervalHull([intervalOfExact(r(1)), intervalFromBounds(r(3), r(4), { hiOpen: true })]))).toBe('[1, 4)');
    expect(intervalToString(intervalHull([intervalFromBounds(r(0), r(1), { loOpen: true, hiOpen: true }), closed(0, 1)]))).toBe('[0, 1]');
    expect(intervalToString(intervalHull([intervalFromBounds(r(0), r(1), { loOpen: true }), intervalFromBounds(r(0), r(1), { loOpen: true })]))).toBe('(0, 1]');
    expect(intervalToString(intervalHull([closed(0, 1), intervalFromBounds(r(5), null)]))).toBe('[0, +∞)');
    expect(intervalToString(intervalHull([EMPTY_INTERVAL, closed(0, 1)]))).toBe('[0, 1]');
    expect(intervalHull([])).toEqual(EMPTY_INTERVAL);
  });

  it('isSubinterval compares ends and their openness (TSDoc example)', () => {
    expect(isSubinterval(closed(1, 2), closed(0, 2))).toBe(true);
    expect(isSubinterval(closed(0, 2), intervalFromBounds(r(0), r(2), { loOpen: true }))).toBe(false);
    expect(isSubinterval(intervalFromBounds(r(0), r(2), { loOpen: true }), closed(0, 2))).toBe(true);
    expect(isSubinterval(closed(0, 2), intervalFromBounds(r(0), r(2), { hiOpen: true }))).toBe(false);
    expect(isSubinterval(intervalFromBounds(null, r(1)), closed(0, 2))).toBe(false);
    expect(isSubinterval(intervalFromBounds(r(1), null), closed(0, 2))).toBe(false);
    expect(isSubinterval(closed(0, 3), closed(0, 2))).toBe(false);
    expect(isSubinterval(closed(0, 2), intervalFromBounds(null, null))).toBe(true);
    expect(isSubinterval(EMPTY_INTERVAL, closed(0, 1))).toBe(true);
    expect(isSubinterval(closed(0, 1), EMPTY_INTERVAL)).toBe(false);
  });
});

describe('widen, widenRelative', () => {
  it('widens a published percentage by half a unit of its last digit (TSDoc example)', () => {
    expect(intervalToString(widenInterval(intervalOfExact(r('0.1716')), r('0.00005')))).toBe('[0.17155, 0.17165]');
    expect(intervalToString(widenInterval(intervalFromBounds(null, r(1), { hiOpen: true }), r(1)))).toBe('(-∞, 2)');
    expect(intervalToString(widenInterval(intervalFromBounds(r(1), null, { loOpen: true }), r(1)))).toBe('(0, +∞)');
    expect(widenInterval(EMPTY_INTERVAL, r(1))).toEqual(EMPTY_INTERVAL);
  });

  it('widens each end by a fraction of its magnitude (TSDoc example)', () => {
    expect(intervalToString(widenIntervalRelative(closed(-200, 100), r('0.01')))).toBe('[-202, 101]');
  });

  it('refuses a negative amount with a bilingual error', () => {
    expect(() => widenInterval(closed(0, 1), r(-1))).toThrow(KhuyenCongError);
    try {
      widenIntervalRelative(closed(0, 1), r(-1));
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]).toMatchObject({
        code: 'stats.negative-widening',
        path: ['fraction'],
        message: { vi: 'Độ nới rộng (fraction) không được âm.', en: 'The widening amount (fraction) must not be negative.' },
      });
    }
    expect.assertions(2);
  });
});
