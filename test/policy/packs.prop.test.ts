import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/quantity/Money.js';
import { computeSupport, LOCAL_POLICY_PACKS, parsePolicyPack, serializePolicyPack, SUPPORT_ITEMS, type PolicyPack, type PolicyPackJson } from '../../src/policy/index.js';
import { fixturePack, SOURCE } from './packs.fixtures.js';

const itemId = fc.constantFrom(...new Set(SUPPORT_ITEMS.map((i) => i.id)));
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2025-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const percentCap = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString()),
  fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })).filter(([n, d]) => n <= d).map(([n, d]) => `${n}/${d}`),
);
const cap = fc.integer({ min: 0, max: 100_000_000_000 });
const unit = fc.constantFrom('per-establishment', 'per-model', 'per-class', 'per-round', 'per-product', 'per-event');
const level = fc
  .record({ item: itemId, percentCap: fc.option(percentCap, { nil: undefined }), absoluteCap: fc.option(cap, { nil: undefined }), unit, article: fc.integer({ min: 1, max: 40 }) })
  .filter((l) => l.percentCap !== undefined || l.absoluteCap !== undefined)
  .map(({ article, percentCap: p, absoluteCap: a, ...rest }) => ({
    ...rest,
    ...(p === undefined ? {} : { percentCap: p }),
    ...(a === undefined ? {} : { absoluteCap: a }),
    citation: { article, confidence: 'verified-from-text' as const, source: SOURCE },
  }));
/** Packs of random levels, at most one per item (so no two overlap). */
const pack = fc
  .uniqueArray(level, { selector: (l) => l.item, maxLength: 8 })
  .map((levels): PolicyPackJson => fixturePack({ levels, addedItems: [], nationalItems: [] }));
const costDong = fc.integer({ min: 0, max: 1_000_000_000_000 });

function support(p: PolicyPackJson, item: string, dong: number, at: string): number | undefined {
  const r = computeSupport({ item, eligibleCost: money(dong), at, funds: 'LOCAL', policy: p });
  return r.ok && r.value.source === 'pack' ? r.value.support.dong : undefined;
}

describe('local pricing invariants', () => {
  it('for any pack and any cost: support ≤ cost, ≤ the absolute cap, ≤ floor(cap% × cost), and equals the smallest bound', () => {
    fc.assert(
      fc.property(pack, costDong, day, (p, dong, at) => {
        for (const l of p.levels) {
          const s = support(p, l.item, dong, at);
          expect(s).toBeDefined();
          const bounds = [dong];
          if (l.absoluteCap !== undefined) bounds.push(l.absoluteCap);
          if (l.percentCap !== undefined) {
            const parsed = parsePolicyPack(p).levels.find((x) => x.item === l.item)!.percentCap!.ratio;
            bounds.push(Number((BigInt(dong) * parsed.numerator) / parsed.denominator));
          }
          expect(s).toBe(Math.min(...bounds));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is monotone in the cost', () => {
    fc.assert(
      fc.property(pack, costDong, costDong, day, (p, a, b, at) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const l of p.levels) expect(support(p, l.item, lo, at)!).toBeLessThanOrEqual(support(p, l.item, hi, at)!);
      }),
      { numRuns: 150 },
    );
  });

  it('serializePolicyPack round-trips any valid pack', () => {
    fc.assert(
      fc.property(pack, (p) => {
        const parsed = parsePolicyPack(p);
        const json = serializePolicyPack(parsed);
        expect(parsePolicyPack(JSON.parse(JSON.stringify(json)))).toEqual(parsed);
        expect(serializePolicyPack(parsePolicyPack(json))).toEqual(json);
      }),
      { numRuns: 150 },
    );
  });

  /** Each level of each shipped pack that prices, with a day it is in force (pre-merger packs: before 2025-07-01). */
  const shipped: { pack: PolicyPack; item: string; at: string; cap?: number; pct?: { n: bigint; d: bigint } }[] = LOCAL_POLICY_PACKS.filter((p) => p.effective !== null).flatMap((p) =>
    p.levels.map((l) => ({
      pack: p,
      item: l.item,
      at: p.effective!,
      ...(l.absoluteCap === undefined ? {} : { cap: l.absoluteCap.dong }),
      ...(l.percentCap === undefined ? {} : { pct: { n: l.percentCap.ratio.numerator, d: l.percentCap.ratio.denominator } }),
    })),
  );

  it('every shipped pack: support ≤ cost and ≤ each cap, equal to the smallest bound, monotone in the cost', () => {
    expect(shipped.length).toBe(7); // Đắk Lắk 3, Bình Dương 2, Hậu Giang 2
    fc.assert(
      fc.property(fc.constantFrom(...shipped), costDong, costDong, ({ pack: p, item, at, cap: c, pct }, a, b) => {
        const price = (dong: number) => {
          const r = computeSupport({ item, eligibleCost: money(dong), at, funds: 'LOCAL', policy: LOCAL_POLICY_PACKS, province: p.province });
          if (!r.ok || r.value.source !== 'pack') throw new Error(`${p.id} ${item}: ${r.ok ? r.value.source : r.reason.code}`);
          return r.value.support.dong;
        };
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const bounds = [lo];
        if (c !== undefined) bounds.push(c);
        if (pct !== undefined) bounds.push(Number((BigInt(lo) * pct.n) / pct.d));
        expect(price(lo)).toBe(Math.min(...bounds));
        expect(price(lo)).toBeLessThanOrEqual(price(hi));
      }),
      { numRuns: 100 },
    );
  });
});
