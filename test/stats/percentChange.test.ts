import { describe, expect, it } from 'vitest';
import { intervalContains } from '../../src/quantity/Interval.js';
import { count, money, percent, ratio, ratioToFixed } from '../../src/quantity/index.js';
import {
  absoluteChange,
  impliedPrevious,
  impliedPreviousInterval,
  intervalFromBounds,
  intervalOfExact,
  percentChange,
  percentChangeInterval,
  ratioInterval,
  ratioOf,
  widenIntervalRelative,
  EMPTY_INTERVAL,
} from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

describe('percentChange', () => {
  it('seed 003: plan 2014 63.335 tỷ over executed 2013 54.06 tỷ is 35/204, published 17.16%', () => {
    // TSDoc example. 63.335 / 54.06 − 1 = 35/204 = 0.17156862745098039215686… (python3 Fraction)
    const r = valueOf(percentChange(money(63_335_000_000), money(54_060_000_000)));
    expectRatio(r, 35n, 204n);
    expect(r.toString().startsWith('0.17156862745098039215686')).toBe(true);
    expect(ratioToFixed(r, 4)).toBe('0.1716');
  });

  it('seed 003: growth by source 2013 → 2014 (KCQG +79.52%, KCĐP +6.82%, đề án +13.94%)', () => {
    const kcqg = valueOf(percentChange(money(13_877_000_000), money(7_730_000_000)));
    expectRatio(kcqg, 6147n, 7730n);
    expect(ratioToFixed(kcqg, 4)).toBe('0.7952');
    const kcdp = valueOf(percentChange(money(49_490_000_000), money(46_330_000_000)));
    expectRatio(kcdp, 316n, 4633n);
    expect(ratioToFixed(kcdp, 4)).toBe('0.0682');
    const deAn = valueOf(percentChange(count(327, 'project'), count(287, 'project')));
    expectRatio(deAn, 40n, 287n);
    expect(ratioToFixed(deAn, 4)).toBe('0.1394');
  });

  it('seed 002: Lạng Sơn 2016 1.42 tỷ against about 700 triệu a year is +102.857142…%', () => {
    const r = valueOf(percentChange(money(1_420_000_000), money(700_000_000)));
    expectRatio(r, 36n, 35n); // 1.42 / 0.70 − 1 = 36/35 = 1.0285714285…
    expect(r.toString().startsWith('1.02857142857142857142')).toBe(true);
    expect(ratioToFixed(r, 4)).toBe('1.0286');
  });

  it('seed 002: with the approximate base ("khoảng") as ±5% the change is [137/147, 151/133]', () => {
    const base = widenIntervalRelative(intervalOfExact(money(700_000_000)), ratio('0.05')); // [665, 735] triệu
    const r = valueOf(percentChangeInterval(intervalOfExact(money(1_420_000_000)), base));
    expectInterval(r, [137n, 147n, false], [151n, 133n, false]); // 1420/735 − 1, 1420/665 − 1
  });

  it('works on counts, percentages and ratios', () => {
    expectRatio(valueOf(percentChange(percent(12), percent(10))), 1n, 5n);
    expectRatio(valueOf(percentChange(ratio(3), ratio(4))), -1n, 4n);
    expectRatio(valueOf(percentChange(money(0), money(5))), -1n);
  });

  it('gives an explicit undefined result for a zero or missing base, never Infinity or NaN', () => {
    const zero = percentChange(money(5), money(0));
    expectUndefined(zero, 'zero-base', 'previous');
    expect(zero).toMatchObject({ reason: {
      message: { vi: 'Giá trị gốc (previous) bằng 0: không chia được.', en: 'The base (previous) is zero: the ratio is undefined.' },
    } });
    expectUndefined(percentChange(money(0), money(0)), 'zero-base', 'previous');
    expectUndefined(percentChange(money(5), undefined), 'missing-base', 'previous');
    expectUndefined(percentChange(null, money(5)), 'missing-value', 'current');
    expect(percentChange(undefined, null)).toMatchObject({ reason: {
      message: { vi: 'Thiếu giá trị (current): không tính được.', en: 'The value (current) is missing: nothing to compute.' },
    } });
  });

  it('refuses a negative base by default, or applies the named policy', () => {
    const refused = percentChange(ratio(-5), ratio(-10));
    expectUndefined(refused, 'negative-base', 'previous');
    expect(refused).toMatchObject({ reason: {
      message: {
        vi: 'Giá trị gốc (previous) âm: tỷ lệ thay đổi không có nghĩa (chọn chính sách khác nếu cần).',
        en: 'The base (previous) is negative: a relative change has no agreed meaning (choose another policy if needed).',
      },
    } });
    // −10 → −5: 'ratio' gives (−5)/(−10) − 1 = −1/2; 'absolute-base' gives (−5 + 10)/10 = +1/2.
    expectRatio(valueOf(percentChange(ratio(-5), ratio(-10), { negativeBase: 'ratio' })), -1n, 2n);
    expectRatio(valueOf(percentChange(ratio(-5), ratio(-10), { negativeBase: 'absolute-base' })), 1n, 2n);
    // −10 → 10: 'ratio' −2, 'absolute-base' +2.
    expectRatio(valueOf(percentChange(ratio(10), ratio(-10), { negativeBase: 'ratio' })), -2n);
    expectRatio(valueOf(percentChange(ratio(10), ratio(-10), { negativeBase: 'absolute-base' })), 2n);
  });

  it('does not mutate or depend on its inputs identity', () => {
    const a = money(63_335_000_000);
    const b = money(54_060_000_000);
    const r = percentChange(a, b);
    expect(Object.isFrozen(r)).toBe(true);
    expect(a.dong).toBe(63_335_000_000);
    expect(b.dong).toBe(54_060_000_000);
  });
});

describe('absoluteChange', () => {
  it('seed 003: đề án 287 → 327 is +40 (TSDoc example)', () => {
    expectRatio(valueOf(absoluteChange(count(327, 'project'), count(287, 'project'))), 40n);
  });

  it('seed 003: 2014 plan over 2013 executed is +9.275 tỷ, in đồng', () => {
    expectRatio(valueOf(absoluteChange(money(63_335_000_000), money(54_060_000_000))), 9_275_000_000n);
  });

  it('is defined from a zero base and reports missing values', () => {
    expectRatio(valueOf(absoluteChange(percent(12), percent(10))), 1n, 50n);
    expectRatio(valueOf(absoluteChange(money(5), money(0))), 5n);
    expectUndefined(absoluteChange(undefined, money(0)), 'missing-value', 'current');
    expectUndefined(absoluteChange(money(0), null), 'missing-base', 'previous');
  });
});

describe('ratioOf', () => {
  it('seed 003: 63.335 / 3.17 ≈ 19.98, so "3.17 tỷ per province" means 20 provinces (TSDoc example)', () => {
    const n = valueOf(ratioOf(ratio('63.335'), ratio('3.17')));
    expectRatio(n, 12667n, 634n); // 19.979495268138801261829…
    expect(n.toString().startsWith('19.9794952681388012618')).toBe(true);
    expect(ratioToFixed(n, 0)).toBe('20');
  });

  it('seed 003: with 3.17 at its precision [3.165, 3.175) the implied count is (19.948…, 20.011…], which holds only 20', () => {
    const r = valueOf(ratioInterval(intervalOfExact(ratio('63.335')), intervalFromBounds(ratio('3.165'), ratio('3.175'), { hiOpen: true })));
    expectInterval(r, [12667n, 635n, true], [12667n, 633n, false]); // 63.335/3.175, 63.335/3.165
    expect(intervalContains(r, ratio(20))).toBe(true);
    expect(intervalContains(r, ratio(19))).toBe(false);
    expect(intervalContains(r, ratio(21))).toBe(false);
  });

  it('reports zero and missing denominators', () => {
    expectUndefined(ratioOf(ratio(1), ratio(0)), 'zero-base', 'denominator');
    expectUndefined(ratioOf(ratio(1), null), 'missing-base', 'denominator');
    expectUndefined(ratioOf(undefined, ratio(1)), 'missing-value', 'numerator');
    expectRatio(valueOf(ratioOf(ratio(-3), ratio(6))), -1n, 2n);
  });
});

describe('impliedPrevious', () => {
  it('seed 003: 2013 total 54.06 tỷ up 2.1% implies 2012 = 54.06/1.021 = 52.948090107737512242899… tỷ (TSDoc example)', () => {
    const r = valueOf(impliedPrevious(ratio('54.06'), percent('2.1')));
    expectRatio(r, 54060n, 1021n);
    expect(r.toString().startsWith('52.948090107737512242899')).toBe(true);
    expectRatio(valueOf(impliedPrevious(money(54_060_000_000), ratio('0.021'))), 54_060_000_000_000n, 1021n);
  });

  it('seed 003: "+2,1%" at one decimal [2.05%, 2.15%) puts 2012 in (54.06/1.0215, 54.06/1.0205]', () => {
    const r = valueOf(
      impliedPreviousInterval(intervalOfExact(ratio('54.06')), intervalFromBounds(ratio('0.0205'), ratio('0.0215'), { hiOpen: true })),
    );
    expectInterval(r, [36040n, 681n, true], [108120n, 2041n, false]); // 52.92217…, 52.97403…
  });

  it('refuses a −100% change and missing inputs', () => {
    expectUndefined(impliedPrevious(ratio(5), percent(-100)), 'zero-base', 'change');
    expectUndefined(impliedPrevious(null, percent(1)), 'missing-value', 'current');
    expectUndefined(impliedPrevious(ratio(5), undefined), 'missing-value', 'change');
    expectUndefined(impliedPreviousInterval(intervalOfExact(ratio(5)), intervalFromBounds(ratio(-2), ratio(0))), 'denominator-contains-zero', 'change');
  });
});

describe('percentChangeInterval', () => {
  it('seed 003: 63.335 and 54.06 at their precision give [18539/108130, 18561/108110], which meets 17.16% (TSDoc example)', () => {
    const r = valueOf(
      percentChangeInterval(intervalFromBounds(ratio('63.3345'), ratio('63.3355')), intervalFromBounds(ratio('54.055'), ratio('54.065'))),
    );
    // lowest current over highest previous, highest current over lowest previous
    expectInterval(r, [18539n, 108130n, false], [18561n, 108110n, false]);
    expect(intervalContains(r, ratio('0.1716'))).toBe(true);
  });

  it('keeps open ends and unbounded ends', () => {
    // current in (10, +∞), previous in [5, 10): change in (0, +∞)
    const r = valueOf(percentChangeInterval(intervalFromBounds(ratio(10), null, { loOpen: true }), intervalFromBounds(ratio(5), ratio(10), { hiOpen: true })));
    expectInterval(r, [0n, 1n, true], null);
  });

  it('handles a negative base by policy', () => {
    const cur = intervalOfExact(ratio(-5));
    const prev = intervalFromBounds(ratio(-10), ratio(-5));
    expectUndefined(percentChangeInterval(cur, prev), 'negative-base', 'previous');
    // ratio: −5/p − 1 for p in [−10, −5]: [−1/2, 0]
    expectInterval(valueOf(percentChangeInterval(cur, prev, { negativeBase: 'ratio' })), [-1n, 2n, false], [0n, 1n, false]);
    // absolute-base: −5/|p| + 1 for |p| in [5, 10]: [0, 1/2]
    expectInterval(valueOf(percentChangeInterval(cur, prev, { negativeBase: 'absolute-base' })), [0n, 1n, false], [1n, 2n, false]);
  });

  it('is undefined when the base interval contains zero or an input is empty', () => {
    expectUndefined(percentChangeInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(-1), ratio(1))), 'denominator-contains-zero', 'previous');
    expectUndefined(percentChangeInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(0), ratio(1))), 'denominator-contains-zero', 'previous');
    expectUndefined(percentChangeInterval(EMPTY_INTERVAL, intervalOfExact(ratio(1))), 'empty-interval', 'current');
    // [−1/2, 0) holds only negative bases (found by the property tests)
    expectUndefined(percentChangeInterval(intervalOfExact(ratio(0)), intervalFromBounds(ratio(-1, 2), ratio(0), { hiOpen: true })), 'negative-base', 'previous');
    expectUndefined(percentChangeInterval(intervalOfExact(ratio(1)), EMPTY_INTERVAL), 'empty-interval', 'previous');
  });
});
