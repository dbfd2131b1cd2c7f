import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KhuyenCongError, MAX_MONEY_DONG, money, sumMoneyBy } from '../../src/index.js';

const MAX = BigInt(MAX_MONEY_DONG);

/** The reference: BigInt totals per key, and the first line where a group's running total leaves ±MAX. */
function reference(lines: readonly (readonly [string, bigint])[]): { totals: Map<string, bigint>; overflowAt?: number } {
  const totals = new Map<string, bigint>();
  for (const [i, [k, d]] of lines.entries()) {
    const t = (totals.get(k) ?? 0n) + d;
    if (t > MAX || t < -MAX) return { totals, overflowAt: i };
    totals.set(k, t);
  }
  return { totals };
}

const key: fc.Arbitrary<string> = fc.constantFrom('P01|2013|KCQG', 'P01|2013|KCĐP', 'P02|2014|KCQG', '');

describe('sumMoneyBy (properties)', () => {
  it('equals the BigInt sum per key, keys in order of first appearance, for amounts that cannot overflow', () => {
    const amount = fc.bigInt({ min: -(2n ** 45n), max: 2n ** 45n });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, amount), { maxLength: 200 }), (lines) => {
        const got = sumMoneyBy(lines, ([k]) => k, ([, d]) => Number(d));
        const want = reference(lines).totals;
        expect([...got.keys()]).toEqual([...want.keys()]);
        for (const [k, v] of want) expect(BigInt(got.get(k)?.dong ?? NaN)).toBe(v);
      }),
    );
  });

  it('near the limit: exact when every running total stays within ±MAX, else money.out-of-range at the first line that leaves it', () => {
    const amount = fc.oneof(fc.bigInt({ min: -MAX, max: MAX }), fc.constantFrom(MAX, -MAX, 1n, -1n, 0n));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, amount), { maxLength: 12 }), fc.boolean(), (lines, asMoney) => {
        const want = reference(lines);
        const run = (): ReadonlyMap<string, unknown> =>
          sumMoneyBy(lines, ([k]) => k, ([, d]) => (asMoney ? money(d) : Number(d)));
        if (want.overflowAt === undefined) {
          const got = sumMoneyBy(lines, ([k]) => k, ([, d]) => Number(d));
          for (const [k, v] of want.totals) expect(BigInt(got.get(k)?.dong ?? NaN)).toBe(v);
        } else {
          let error: unknown;
          try {
            run();
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(KhuyenCongError);
          expect((error as KhuyenCongError).issues[0]).toMatchObject({ code: 'money.out-of-range', path: [want.overflowAt] });
        }
      }),
    );
  });

  it('the total of the groups is the total of the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer({ min: 0, max: 10_000_000_000 })), { maxLength: 300 }), (lines) => {
        const got = sumMoneyBy(lines, ([k]) => k, ([, d]) => d);
        const groups = [...got.values()].reduce((s, m) => s + BigInt(m.dong), 0n);
        expect(groups).toBe(lines.reduce((s, [, d]) => s + BigInt(d), 0n));
      }),
    );
  });
});
