import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { money, ratio, ratioToFixed } from '../../src/quantity/index.js';
import { EMPTY_INTERVAL, intervalFromBounds, partShareInterval, share, shareInterval, shares } from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

describe('share', () => {
  it('seed 003: national funds 7.73 of 54.06 tỷ in 2013 is 773/5406, published 14.30% (TSDoc example)', () => {
    const s = valueOf(share(money(7_730_000_000), money(54_060_000_000)));
    expectRatio(s, 773n, 5406n); // 0.14298927118017018128…
    expect(ratioToFixed(s, 4)).toBe('0.1430');
  });

  it('reports a zero, negative or missing whole', () => {
    expectUndefined(share(money(1), money(0)), 'zero-base', 'whole');
    expectUndefined(share(ratio(1), ratio(-2)), 'negative-base', 'whole');
    expectUndefined(share(money(1), null), 'missing-base', 'whole');
    expectUndefined(share(undefined, money(1)), 'missing-value', 'part');
  });
});

describe('shares', () => {
  it('seed 000: Bạc Liêu 2014–2018 national 4.020 and local 2.959 tỷ are 57.60% and 42.40% (TSDoc example)', () => {
    const r = shares({ national: money(4_020_000_000), local: money(2_959_000_000) }, { rounding: { method: 'largest-remainder', decimals: 2 } });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.whole, 6_979_000_000n);
    expectRatio(r.value.national, 4020n, 6979n);
    expectRatio(r.value.local, 2959n, 6979n);
    expect(r.rounded).not.toBeNull();
    expectRatio(r.rounded!.national, 576n, 1000n);
    expectRatio(r.rounded!.local, 424n, 1000n);
    expect(ratioToFixed(r.rounded!.national, 4)).toBe('0.5760');
    expect(ratioToFixed(r.rounded!.local, 4)).toBe('0.4240');
  });

  it('seed 003: the 2013 sources 7.73 and 46.33 tỷ are 14.30% and 85.70%', () => {
    const r = shares({ kcqg: ratio('7.73'), kcdp: ratio('46.33') }, { rounding: { method: 'independent', decimals: 2 } });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.rounded!.kcqg, 143n, 1000n);
    expectRatio(r.rounded!.kcdp, 857n, 1000n);
    expect(r.value.kcqg.toString().startsWith('0.14298927118017018128')).toBe(true);
  });

  it('largest remainder reaches exactly 100% where independent rounding does not', () => {
    const thirds = { a: ratio(1), b: ratio(1), c: ratio(1) };
    const ind = shares(thirds, { rounding: { method: 'independent', decimals: 0 } });
    const lr = shares(thirds, { rounding: { method: 'largest-remainder', decimals: 0 } });
    if (!ind.ok || !lr.ok) throw new Error('defined');
    // 33% + 33% + 33% = 99%; largest remainder gives the missing point to the first key on a tie
    expect([ind.rounded!.a, ind.rounded!.b, ind.rounded!.c].map((x) => x.toString())).toEqual(['0.33', '0.33', '0.33']);
    expect([lr.rounded!.a, lr.rounded!.b, lr.rounded!.c].map((x) => x.toString())).toEqual(['0.34', '0.33', '0.33']);
    const lr1 = shares(thirds, { rounding: { method: 'largest-remainder', decimals: 1 } });
    if (!lr1.ok) throw new Error('defined');
    expect([lr1.rounded!.a, lr1.rounded!.b, lr1.rounded!.c].map((x) => x.toString())).toEqual(['0.334', '0.333', '0.333']);
  });

  it('gives the extra units to the largest remainders, not to the first keys', () => {
    // 1/8, 3/8, 4/8 at 0 decimals: 12.5, 37.5, 50 → floors 12, 37, 50, one unit missing; remainders .5, .5, 0 → a
    // 1/6, 2/6, 3/6 at 0 decimals: 16.67, 33.33, 50 → floors 16, 33, 50; remainders .67, .33, 0 → a gets it
    const r = shares({ a: ratio(1), b: ratio(2), c: ratio(3) }, { rounding: { method: 'largest-remainder', decimals: 0 } });
    if (!r.ok) throw new Error('defined');
    expect([r.rounded!.a, r.rounded!.b, r.rounded!.c].map((x) => x.toString())).toEqual(['0.17', '0.33', '0.5']);
    const s = shares({ a: ratio(3), b: ratio(2), c: ratio(1) }, { rounding: { method: 'largest-remainder', decimals: 0 } });
    if (!s.ok) throw new Error('defined');
    expect([s.rounded!.a, s.rounded!.b, s.rounded!.c].map((x) => x.toString())).toEqual(['0.5', '0.33', '0.17']);
  });

  it('rounds independently with a named mode', () => {
    const r = shares({ a: ratio(2), b: ratio(1) }, { rounding: { method: 'independent', decimals: 0, mode: 'floor' } });
    if (!r.ok) throw new Error('defined');
    expect([r.rounded!.a.toString(), r.rounded!.b.toString()]).toEqual(['0.66', '0.33']);
  });

  it('returns exact shares only without rounding, and does not touch the input', () => {
    const parts = { a: ratio(1), b: ratio(3) };
    const r = shares(parts);
    if (!r.ok) throw new Error('defined');
    expect(r.rounded).toBeNull();
    expectRatio(r.value.b, 3n, 4n);
    expect(Object.keys(parts)).toEqual(['a', 'b']);
    expect(Object.isFrozen(r.value)).toBe(true);
  });

  it('reports missing parts and a zero or negative whole', () => {
    expectUndefined(shares({ national: money(1), local: null }), 'missing-value', 'parts.local');
    expectUndefined(shares({}), 'zero-base', 'parts');
    expectUndefined(shares({ a: ratio(1), b: ratio(-1) }), 'zero-base', 'parts');
    expectUndefined(shares({ a: ratio(1), b: ratio(-2) }), 'negative-base', 'parts');
  });

  it('refuses invalid display decimals', () => {
    expect(() => shares({ a: ratio(1) }, { rounding: { method: 'largest-remainder', decimals: 1.5 } })).toThrow(KhuyenCongError);
    expect(() => shares({ a: ratio(1) }, { rounding: { method: 'largest-remainder', decimals: 21 } })).toThrow(
      'rounding.decimals: Số chữ số thập phân 21 phải là số nguyên từ 0 đến 20. / The number of decimals 21 must be a whole number from 0 to 20.',
    );
  });
});

describe('shareInterval, partShareInterval', () => {
  it('seed 003: 7.73 / 54.06 with both at their precision is [1545/10813, 1547/10811] (TSDoc example)', () => {
    const r = valueOf(shareInterval(intervalFromBounds(ratio('7.725'), ratio('7.735')), intervalFromBounds(ratio('54.055'), ratio('54.065'))));
    expectInterval(r, [1545n, 10813n, false], [1547n, 10811n, false]);
  });

  it('seed 000: national 4.020 of 4.020 + 2.959 with each ± 0.0005 is [8039/13958, 8041/13958] (TSDoc example)', () => {
    const r = valueOf(partShareInterval(intervalFromBounds(ratio('4.0195'), ratio('4.0205')), intervalFromBounds(ratio('2.9585'), ratio('2.9595'))));
    // lowest part with highest rest: 4.0195 / 6.979; highest part with lowest rest: 4.0205 / 6.979
    expectInterval(r, [8039n, 13958n, false], [8041n, 13958n, false]);
  });

  it('handles open and unbounded ends of part and rest', () => {
    // part in (0, 1], rest = 1: share in (0, 1/2]
    expectInterval(
      valueOf(partShareInterval(intervalFromBounds(ratio(0), ratio(1), { loOpen: true }), intervalFromBounds(ratio(1), ratio(1)))),
      [0n, 1n, true],
      [1n, 2n, false],
    );
    // rest = 0: share exactly 1
    expectInterval(valueOf(partShareInterval(intervalFromBounds(ratio(1), null), intervalFromBounds(ratio(0), ratio(0)))), [1n, 1n, false], [1n, 1n, false]);
  });

  it('reports what makes a share interval undefined', () => {
    const one = intervalFromBounds(ratio(1), ratio(1));
    expectUndefined(shareInterval(one, intervalFromBounds(ratio(-2), ratio(-1))), 'negative-base', 'whole');
    expectUndefined(shareInterval(one, intervalFromBounds(ratio(0), ratio(1))), 'denominator-contains-zero', 'whole');
    expectUndefined(shareInterval(one, EMPTY_INTERVAL), 'empty-interval', 'whole');
    expectUndefined(shareInterval(one, intervalFromBounds(ratio(-1), ratio(0), { hiOpen: true })), 'negative-base', 'whole');
    expectUndefined(partShareInterval(intervalFromBounds(ratio(-1), ratio(0), { hiOpen: true }), one), 'negative-value', 'part');
    expectUndefined(partShareInterval(EMPTY_INTERVAL, one), 'empty-interval', 'part');
    expectUndefined(partShareInterval(one, EMPTY_INTERVAL), 'empty-interval', 'rest');
    expectUndefined(partShareInterval(intervalFromBounds(ratio(0), ratio(1)), one), 'denominator-contains-zero', 'part');
    expectUndefined(partShareInterval(intervalFromBounds(ratio(-2), ratio(-1)), one), 'negative-value', 'part');
    expectUndefined(partShareInterval(one, intervalFromBounds(ratio(-1), ratio(1))), 'negative-value', 'rest');
    expectUndefined(partShareInterval(one, intervalFromBounds(null, ratio(1))), 'negative-value', 'rest');
  });
});
