import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/quantity/Money.js';
import {
  computeSupport,
  formatCitation,
  INSTRUMENT_IDS,
  parseCitation,
  policyAt,
  SUPPORT_ITEMS,
  type Citation,
} from '../../src/policy/index.js';

const day = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const itemId = fc.constantFrom(...SUPPORT_ITEMS.map((i) => i.id));
const cost = fc.integer({ min: 0, max: 1_000_000_000_000 });

describe('computeSupport invariants', () => {
  it('never exceeds the cost, the absolute cap or cap% × cost, and equals the smallest bound', () => {
    fc.assert(
      fc.property(itemId, cost, day, (item, dong, at) => {
        const found = computeSupport({ item, eligibleCost: money(dong), at });
        if (!found.ok) return;
        const r = found.value;
        const bounds: number[] = [];
        if (r.level.absoluteCap !== undefined) bounds.push(r.level.absoluteCap.dong);
        if (r.level.percentCap !== undefined) {
          const { numerator: n, denominator: d } = r.level.percentCap.ratio;
          bounds.push(Number((BigInt(dong) * n) / d)); // floor for non-negative values
        } else bounds.push(dong);
        expect(r.support.dong).toBe(Math.min(...bounds));
        expect(r.support.dong).toBeLessThanOrEqual(dong);
        expect(r.support.dong).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('with units: min(cap% × cost, cap × units); with priority: floor(1.5 × normal) bounded by the cost', () => {
    fc.assert(
      fc.property(itemId, cost, day, fc.integer({ min: 1, max: 1_000 }), (item, dong, at, units) => {
        const normalR = computeSupport({ item, eligibleCost: money(dong), at, units });
        if (!normalR.ok) return;
        const normal = normalR.value;
        const bounds: bigint[] = [BigInt(dong)];
        if (normal.level.absoluteCap !== undefined) bounds.push(BigInt(normal.level.absoluteCap.dong) * BigInt(units));
        if (normal.level.percentCap !== undefined) {
          const { numerator: n, denominator: d } = normal.level.percentCap.ratio;
          bounds.push((BigInt(dong) * n) / d);
        }
        const least = bounds.reduce((x, y) => (y < x ? y : x));
        expect(BigInt(normal.support.dong)).toBe(least);
        const upR = computeSupport({ item, eligibleCost: money(dong), at, units, priority: true });
        if (!upR.ok) {
          expect(upR.reason.code).toBe('priority-uplift-unknown');
          return;
        }
        const up = upR.value;
        const raised = (BigInt(normal.support.dong) * 3n) / 2n;
        expect(BigInt(up.support.dong)).toBe(raised < BigInt(dong) ? raised : BigInt(dong));
        expect(up.support.dong).toBeGreaterThanOrEqual(normal.support.dong);
      }),
    );
  });

  it('is monotone in the cost', () => {
    fc.assert(
      fc.property(itemId, cost, cost, day, (item, a, b, at) => {
        const lo = computeSupport({ item, eligibleCost: money(Math.min(a, b)), at });
        const hi = computeSupport({ item, eligibleCost: money(Math.max(a, b)), at });
        expect(lo.ok).toBe(hi.ok);
        if (lo.ok && hi.ok) expect(lo.value.support.dong).toBeLessThanOrEqual(hi.value.support.dong);
      }),
    );
  });
});

describe('policyAt invariants', () => {
  it('returns only rows valid that day, and a regime covering it', () => {
    fc.assert(
      fc.property(day, (d) => {
        const p = policyAt(d);
        if (d < '2012-07-05') {
          expect(p.ok).toBe(false);
          return;
        }
        if (!p.ok) throw new Error('expected in force');
        expect(p.value.regime.id).toBe(d >= '2025-10-15' ? 'ND45-as-amended-ND235' : 'ND45-2012');
        for (const rows of [p.value.activityCategories, p.value.supportItems, p.value.supportLevels, p.value.legalForms, p.value.industries, p.value.locationKinds]) {
          for (const r of rows) expect(r.validFrom <= d && (r.validTo === null || d <= r.validTo)).toBe(true);
        }
      }),
    );
  });
});

describe('citation round trip', () => {
  const citation: fc.Arbitrary<Citation> = fc
    .record(
      {
        instrument: fc.constantFrom(...INSTRUMENT_IDS),
        article: fc.integer({ min: 1, max: 99 }),
        clause: fc.integer({ min: 1, max: 30 }),
        point: fc.constantFrom('a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'),
        annex: fc.integer({ min: 1, max: 9 }),
        asAmendedBy: fc.constantFrom(...INSTRUMENT_IDS),
        articleConfirmed: fc.constant(false),
      },
      { requiredKeys: ['instrument'] },
    )
    .map((c) => ({ ...c, confidence: 'secondary' as const }));

  it('formats then parses back to the same citation, in both languages', () => {
    fc.assert(
      fc.property(citation, fc.constantFrom('vi' as const, 'en' as const), (c, locale) => {
        const text = formatCitation(c, { locale });
        const back = parseCitation(text);
        expect(formatCitation(back, { locale })).toBe(text);
        expect(back.instrument).toBe(c.instrument);
        expect(back.article).toBe(c.article);
        expect(back.clause).toBe(c.clause);
        expect(back.point).toBe(c.point);
        expect(back.annex).toBe(c.annex);
        expect(back.asAmendedBy).toBe(c.asAmendedBy);
      }),
    );
  });
});
