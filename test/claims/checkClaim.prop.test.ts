import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaim, type Claim, type ClaimNumber } from '../../src/claims/index.js';
import { compareRatio, money, ratio, ratioToFixed, type Quantity, type Ratio } from '../../src/quantity/index.js';
import { cagr } from '../../src/stats/cagr.js';

/** A figure as a journalist prints it: the exact value rounded half-up to `k` decimals, with a comma. */
const vi = (r: Ratio, k: number): string => ratioToFixed(r, k).replace('.', ',');
const tyText = (dong: bigint, k: number): string => `${vi(ratio(dong, 1_000_000_000n), k)} tỷ đồng`;
const percentText = (r: Ratio, k: number): string => {
  const points = ratio(r.numerator * 100n, r.denominator);
  return r.numerator < 0n ? `giảm ${vi(ratio(-points.numerator, points.denominator), k)}%` : `${vi(points, k)}%`;
};

const dong = fc.bigInt({ min: 1_000_000n, max: 1_000_000_000_000n });
const decimals = fc.integer({ min: 0, max: 6 });

/** A claim whose inputs are exact and whose stated figure is the exact result, printed at k decimals. */
const exactClaim: fc.Arbitrary<Claim> = fc.oneof(
  fc.tuple(fc.array(dong, { minLength: 1, maxLength: 5 }), decimals).map(([parts, k]): Claim => ({
    kind: 'sum',
    parts: parts.map((p) => money(p)),
    stated: tyText(parts.reduce((a, b) => a + b, 0n), k),
  })),
  fc.tuple(dong, dong, decimals).map(([a, b, k]): Claim => ({
    kind: 'change',
    current: money(a),
    previous: money(b),
    stated: percentText(ratio(a - b, b), k),
  })),
  fc.tuple(dong, dong, decimals).map(([a, b, k]): Claim => ({
    kind: 'share',
    part: money(a < b ? a : b),
    whole: money(a < b ? b : a),
    stated: percentText(ratio(a < b ? a : b, a < b ? b : a), k),
  })),
  fc.tuple(dong, fc.integer({ min: 1, max: 63 }), decimals).map(([t, n, k]): Claim => ({
    kind: 'average',
    total: money(t),
    count: ratio(n),
    stated: tyText(BigInt(ratioToFixed(ratio(t, BigInt(n)), 0)), k),
  })),
  fc.tuple(dong, dong, decimals).map(([a, b, k]): Claim => ({
    kind: 'completion',
    actual: money(a),
    target: money(b),
    stated: percentText(ratio(a, b), k),
  })),
  fc.tuple(dong, dong, fc.integer({ min: 1, max: 3 })).map(([a, b, k]): Claim => ({
    kind: 'ratio',
    numerator: money(a),
    denominator: money(b),
    stated: `gấp ${vi(ratio(a, b), k)} lần`,
  })),
  fc.tuple(dong, dong, fc.integer({ min: 1, max: 6 }), decimals).map(([a, b, years, k]): Claim => {
    const r = cagr(money(a), money(b), years);
    if (!r.ok) throw new Error('positive inputs always have a growth rate');
    return { kind: 'cagr', first: money(a), last: money(b), years, stated: percentText(r.value, k) };
  }),
);

describe('checkClaim invariants', () => {
  it('a claim built from exact inputs, stated as the exact result printed at any precision, is consistent', () => {
    fc.assert(
      fc.property(exactClaim, (claim) => {
        expect(checkClaim(claim).status).toBe('consistent');
      }),
      { numRuns: 400 },
    );
  });

  /** A money quantity with an arbitrary interval around its value. */
  const quantity = (value: bigint, below: bigint, above: bigint): Quantity => ({
    kind: 'money',
    value: ratio(value),
    interval: { lo: { value: ratio(value - below), open: false }, hi: { value: ratio(value + above), open: false } },
    qualifiers: [],
    text: `${String(value)} đồng`,
  });
  const widenQ = (q: Quantity, by: bigint): Quantity => ({
    ...q,
    interval: {
      lo: q.interval.lo === null ? null : { value: ratio(q.interval.lo.value.numerator - by * q.interval.lo.value.denominator, q.interval.lo.value.denominator), open: false },
      hi: q.interval.hi === null ? null : { value: ratio(q.interval.hi.value.numerator + by * q.interval.hi.value.denominator, q.interval.hi.value.denominator), open: false },
    },
  });
  const input = fc.tuple(fc.bigInt({ min: 1_000_000n, max: 1_000_000_000n }), fc.bigInt({ min: 0n, max: 100_000n }), fc.bigInt({ min: 0n, max: 100_000n }));

  /** Random claims over money quantities (any of them may be inconsistent). */
  const moneyClaim = fc.tuple(fc.constantFrom('sum', 'average', 'change', 'share', 'ratio'), input, input, input).map(([kind, [a, al, ah], [b, bl, bh], [s, sl, sh]]) => {
    const A = quantity(a, al, ah);
    const B = quantity(b, bl, bh);
    const S = quantity(s, sl, sh);
    const pct = (x: bigint, lo: bigint, hi: bigint): Quantity => ({ ...S, kind: 'percent', value: ratio(x, 1_000_000n), interval: { lo: { value: ratio(x - lo, 1_000_000n), open: false }, hi: { value: ratio(x + hi, 1_000_000n), open: false } } });
    switch (kind) {
      case 'sum':
        return { build: (p: readonly Quantity[]): Claim => ({ kind: 'sum', parts: [p[0], p[1]] as ClaimNumber[], stated: p[2] as Quantity }), inputs: [A, B, quantity(a + b + s % 1000n - 500n, sl, sh)] };
      case 'average':
        return { build: (p: readonly Quantity[]): Claim => ({ kind: 'average', total: p[0] as Quantity, count: ratio(7), stated: p[2] as Quantity }), inputs: [A, B, quantity(a / 7n + (s % 1000n) - 500n, sl, sh)] };
      default:
        return {
          build: (p: readonly Quantity[]): Claim =>
            kind === 'change'
              ? { kind, current: p[0] as Quantity, previous: p[1] as Quantity, stated: p[2] as Quantity }
              : kind === 'share'
                ? { kind, part: p[0] as Quantity, whole: p[1] as Quantity, stated: p[2] as Quantity }
                : { kind: 'ratio', numerator: p[0] as Quantity, denominator: p[1] as Quantity, stated: p[2] as Quantity },
          inputs: [A, B, pct(s % 2_000_000n, sl, sh)],
        };
    }
  });

  it('widening an input interval never turns a consistent claim inconsistent', () => {
    fc.assert(
      fc.property(exactClaim, fc.nat({ max: 1 }), fc.bigInt({ min: 0n, max: 10_000_000_000n }), (claim, which, by) => {
        if (claim.kind === 'sum') return;
        const key = (['current', 'previous', 'part', 'whole', 'total', 'count', 'actual', 'target', 'first', 'last', 'numerator', 'denominator'] as const).filter((k) => k in claim)[which] as string;
        const exact = (claim as unknown as Record<string, { dong?: number }>)[key];
        if (exact?.dong === undefined) return;
        const wider = { ...claim, [key]: widenQ(quantity(BigInt(exact.dong), 0n, 0n), by) } as Claim;
        expect(checkClaim(wider).status).not.toBe('inconsistent');
      }),
      { numRuns: 300 },
    );
  });

  it('checks are monotone in their intervals: wider inputs or stated interval never increase the gap', () => {
    fc.assert(
      fc.property(moneyClaim, fc.nat({ max: 2 }), fc.bigInt({ min: 1n, max: 1_000_000n }), ({ build, inputs }, which, by) => {
        const before = checkClaim(build(inputs));
        const widened = inputs.map((q, i) => (i === which ? widenQ(q, q.kind === 'percent' ? by % 3n : by) : q));
        const after = checkClaim(build(widened));
        if (before.status === 'cannot-check') return;
        if (after.status === 'cannot-check') {
          // only a base widened to include zero can make a decided claim undecidable
          expect(['base-interval-contains-zero', 'negative-base']).toContain(after.reason);
          return;
        }
        expect(compareRatio(after.gap, before.gap)).toBeLessThanOrEqual(0);
        if (before.consistent) expect(after.consistent).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
