import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney, money, ratio, toRatioParts } from './allocateHelpers.js';

describe('allocateMoney (property)', () => {
  it('parts add up exactly, each within one đồng of its exact share, zero weights get nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 8 }).filter((w) => w.some(([n]) => n > 0)),
        (dong, weights) => {
          const parts = allocateMoney(money(dong), weights.map(([n, d]) => ratio(n, d))).map((m) => BigInt(m.dong));
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(dong));
          const { num, den } = toRatioParts(weights);
          parts.forEach((p, i) => {
            // |p − dong·wᵢ/Σw| < 1, i.e. |p·den − dong·numᵢ| < den
            const diff = p * den - BigInt(dong) * (num[i] as bigint);
            expect(diff < 0n ? -diff : diff).toBeLessThan(den);
            if (weights[i]?.[0] === 0) expect(p).toBe(0n);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
