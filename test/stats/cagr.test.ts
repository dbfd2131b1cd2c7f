import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { count, money, ratio } from '../../src/quantity/index.js';
import { CAGR_DEFAULT_DECIMALS, cagr, cagrInterval, EMPTY_INTERVAL, intervalFromBounds, intervalOfExact } from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

describe('cagr', () => {
  it('is exact when the root is rational: 100 → 121 over 2 years is 10% (TSDoc example)', () => {
    const r = cagr(ratio(100), ratio(121), 2);
    if (!r.ok) throw new Error('defined');
    expectRatio(r.value, 1n, 10n);
    expectRatio(r.lower, 1n, 10n);
    expectRatio(r.upper, 1n, 10n);
    expect(r.exact).toBe(true);
    expect(r.decimals).toBe(CAGR_DEFAULT_DECIMALS);
    expect(CAGR_DEFAULT_DECIMALS).toBe(30);
    const c = cagr(money(1_000_000_000), money(1_331_000_000), 3);
    expect(c.ok && c.value.toString()).toBe('0.1');
  });

  it('brackets an irrational rate with directed rounding: 1 → 2 over 2 years is √2 − 1', () => {
    // √2 = 1.41421356237309504880168872420969807856967… (python3 Decimal(2).sqrt(), 60 digits)
    const r = cagr(ratio(1), ratio(2), 2);
    if (!r.ok) throw new Error('defined');
    expect(r.exact).toBe(false);
    expect(r.lower.toString()).toBe('0.414213562373095048801688724209');
    expect(r.upper.toString()).toBe('0.41421356237309504880168872421');
    expect(r.value).toEqual(r.upper); // the next digit is 6: rounds up
  });

  it('seed 003: over one year the growth rate is the percent change 35/204, bracketed to 30 decimals', () => {
    const r = cagr(money(54_060_000_000), money(63_335_000_000), 1);
    if (!r.ok) throw new Error('defined');
    // floor(35/204 · 10^30) = 171568627450980392156862745098 (python3 Fraction)
    expectRatio(r.lower, 171568627450980392156862745098n, 10n ** 30n);
    expectRatio(r.upper, 171568627450980392156862745099n, 10n ** 30n);
    expect(r.value).toEqual(r.lower); // the next digit is 0
    const counts = cagr(count(287, 'project'), count(327, 'project'), 1, { decimals: 4 });
    expect(counts.ok && [counts.lower.toString(), counts.upper.toString(), counts.value.toString()]).toEqual(['0.1393', '0.1394', '0.1394']);
  });

  it('rounds ties half-even', () => {
    // 2.25 over 2 years: growth factor 1.5 exactly, at 0 decimals a tie between 1 and 2 → 2 (rate 1)
    const a = cagr(ratio(4), ratio(9), 2, { decimals: 0 });
    // 6.25 over 2 years: growth factor 2.5, tie between 2 and 3 → 2 (rate 1)
    const b = cagr(ratio(4), ratio(25), 2, { decimals: 0 });
    if (!a.ok || !b.ok) throw new Error('defined');
    expect([a.lower, a.upper, a.value].map(String)).toEqual(['0', '1', '1']);
    expect([b.lower, b.upper, b.value].map(String)).toEqual(['1', '2', '1']);
  });

  it('falls by 100% to zero, and defines the edge cases with reasons', () => {
    const zero = cagr(ratio(5), ratio(0), 3);
    expect(zero.ok && [zero.value.toString(), zero.exact]).toEqual(['-1', true]);
    const y0 = cagr(ratio(1), ratio(2), 0);
    expectUndefined(y0, 'zero-years', 'years');
    expect(y0).toMatchObject({ reason: {
      message: {
        vi: 'Số năm (years) bằng 0: không tính được tốc độ tăng bình quân.',
        en: 'The number of years (years) is zero: the compound annual growth rate is undefined.',
      },
    } });
    expectUndefined(cagr(ratio(1), ratio(2), 1.5), 'invalid-years', 'years');
    expectUndefined(cagr(ratio(1), ratio(2), -2), 'invalid-years', 'years');
    expectUndefined(cagr(ratio(0), ratio(2), 2), 'zero-base', 'first');
    expectUndefined(cagr(ratio(-1), ratio(2), 2), 'negative-base', 'first');
    expectUndefined(cagr(ratio(1), ratio(-2), 2), 'negative-value', 'last');
    expectUndefined(cagr(null, ratio(2), 2), 'missing-base', 'first');
    expectUndefined(cagr(ratio(1), undefined, 2), 'missing-value', 'last');
  });

  it('refuses an invalid number of decimals', () => {
    expect(() => cagr(ratio(1), ratio(2), 2, { decimals: -1 })).toThrow(KhuyenCongError);
    expect(() => cagr(ratio(1), ratio(2), 2, { decimals: 1001 })).toThrow(
      'decimals: Số chữ số thập phân 1001 phải là số nguyên từ 0 đến 1000. / The number of decimals 1001 must be a whole number from 0 to 1000.',
    );
  });
});

describe('cagrInterval', () => {
  it('takes the lower end from (lowest last, highest first) and the upper from (highest last, lowest first) (TSDoc example)', () => {
    const r = valueOf(cagrInterval(intervalFromBounds(ratio(100), ratio(121)), intervalFromBounds(ratio(121), ratio(144)), 2));
    // √(121/121) − 1 = 0, √(144/100) − 1 = 0.2
    expectInterval(r, [0n, 1n, false], [1n, 5n, false]);
  });

  it('keeps open ends when the end rates are exact, and rounds outward when they are not', () => {
    const open = valueOf(
      cagrInterval(intervalFromBounds(ratio(100), ratio(121), { loOpen: true }), intervalFromBounds(ratio(121), ratio(144), { loOpen: true }), 2),
    );
    expectInterval(open, [0n, 1n, true], [1n, 5n, true]);
    const irr = valueOf(cagrInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(2), ratio(3), { hiOpen: true }), 2, { decimals: 3 }));
    // √2 − 1 = 0.41421… → 0.414 (down); √3 − 1 = 0.73205… → 0.733 (up); both closed
    expectInterval(irr, [414n, 1000n, false], [733n, 1000n, false]);
  });

  it('handles zero and unbounded ends', () => {
    // last can be 0: the rate reaches −1 whatever first is; the upper end is √(4/1) − 1 = 1
    expectInterval(valueOf(cagrInterval(intervalFromBounds(ratio(1), null), intervalFromBounds(ratio(0), ratio(4)), 2)), [-1n, 1n, false], [1n, 1n, false]);
    expectInterval(valueOf(cagrInterval(intervalFromBounds(ratio(1), ratio(4)), intervalFromBounds(ratio(0), ratio(4), { loOpen: true }), 2)), [-1n, 1n, true], [1n, 1n, false]);
    // first unbounded above: −1 is approached, never reached
    expectInterval(valueOf(cagrInterval(intervalFromBounds(ratio(1), null), intervalOfExact(ratio(4)), 2)), [-1n, 1n, true], [1n, 1n, false]);
    // first can be as small as we like: no upper end
    expectInterval(valueOf(cagrInterval(intervalFromBounds(ratio(0), ratio(1), { loOpen: true }), intervalOfExact(ratio(4)), 2)), [1n, 1n, false], null);
    expectInterval(valueOf(cagrInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(1), null), 2)), [0n, 1n, false], null);
    expectInterval(valueOf(cagrInterval(intervalOfExact(ratio(1)), intervalOfExact(ratio(0)), 2)), [-1n, 1n, false], [-1n, 1n, false]);
  });

  it('reports what makes it undefined', () => {
    const one = intervalOfExact(ratio(1));
    expectUndefined(cagrInterval(EMPTY_INTERVAL, one, 1), 'empty-interval', 'first');
    expectUndefined(cagrInterval(one, EMPTY_INTERVAL, 1), 'empty-interval', 'last');
    expectUndefined(cagrInterval(one, one, 0), 'zero-years', 'years');
    expectUndefined(cagrInterval(intervalFromBounds(ratio(0), ratio(1)), one, 1), 'denominator-contains-zero', 'first');
    expectUndefined(cagrInterval(intervalFromBounds(ratio(-2), ratio(-1)), one, 1), 'negative-base', 'first');
    expectUndefined(cagrInterval(intervalFromBounds(ratio(-2), ratio(0), { hiOpen: true }), one, 1), 'negative-base', 'first');
    expectUndefined(cagrInterval(one, intervalFromBounds(ratio(-1), ratio(1)), 1), 'negative-value', 'last');
    expectUndefined(cagrInterval(one, intervalFromBounds(null, ratio(1)), 1), 'negative-value', 'last');
  });
});
