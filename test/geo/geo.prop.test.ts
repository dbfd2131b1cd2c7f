import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, sumMoney, type Money } from '../../src/index.js';
import {
  CURRENT_PROVINCE_CODES,
  findProvince,
  LEGACY_PROVINCE_CODES,
  listProvinces,
  predecessorsOf,
  restateToCurrentMap,
  successorOf,
  type Province,
} from '../../src/geo/index.js';

const ALL_VIEWS: readonly Province[] = [
  ...listProvinces('2024-12-31'),
  ...listProvinces('2025-01-01').filter((p) => p.code === '46'),
  ...listProvinces('2025-07-01'),
];

/** A date inside a view's validity, from an offset in days. */
function dateIn(p: Province, offset: number): string {
  const from = Date.parse(`${p.validFrom}T00:00:00Z`);
  const to = Date.parse(`${p.validTo ?? '2040-12-31'}T00:00:00Z`);
  const days = Math.floor((to - from) / 86_400_000);
  return new Date(from + (offset % (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}

const spellingsOf = (p: Province): readonly string[] => [
  p.officialName,
  p.shortName,
  p.asciiName,
  p.englishName,
  p.shortName.toUpperCase(),
  p.asciiName.toLowerCase().replace(/ /g, ''),
  `TP. ${p.shortName}`.replace(/^TP\. /, p.kind === 'municipality' ? 'TP. ' : 'Tỉnh '),
  p.code,
];

describe('properties of the registry', () => {
  it('finds every unit by each of its own names and its code at any date in its validity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_VIEWS), fc.nat({ max: 10_000 }), fc.nat({ max: 7 }), (p, offset, which) => {
        const at = dateIn(p, offset);
        const text = spellingsOf(p)[which] as string;
        const r = findProvince(text, { at });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.province.code).toBe(p.code);
        expect(r.value.province.era).toBe(p.era);
        expect(r.value.province.validFrom <= at && (r.value.province.validTo === null || at <= r.value.province.validTo)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('successorOf and predecessorsOf are inverse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEGACY_PROVINCE_CODES), (old) => {
        expect(predecessorsOf(successorOf(old).code).map((p) => p.code)).toContain(old);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CURRENT_PROVINCE_CODES), (c) => {
        const preds = predecessorsOf(c);
        expect(preds.length).toBeGreaterThan(0);
        for (const p of preds) expect(successorOf(p.code).code).toBe(c);
      }),
    );
  });

  it('restating keeps totals: per period, the sum of the inputs equals the sum of the outputs', () => {
    const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }).map((n) => money(n));
    const period = fc.constantFrom('2008', '2013', '2014-2018', '2019', '2022', '2025', '2021-2030');
    const series = fc.dictionary(
      fc.constantFrom(...LEGACY_PROVINCE_CODES),
      fc.dictionary(period, amount, { maxKeys: 4 }),
      { maxKeys: 40 },
    );
    fc.assert(
      fc.property(series, (s) => {
        const r = restateToCurrentMap(s);
        expect(r.notRestated).toEqual([]);
        const inputs = new Map<string, Money[]>();
        for (const byPeriod of Object.values(s)) {
          for (const [k, v] of Object.entries(byPeriod)) inputs.set(k, [...(inputs.get(k) ?? []), v]);
        }
        for (const [k, vs] of inputs) {
          const out = r.values.filter((v) => v.period === k).map((v) => v.value);
          expect(sumMoney(out).dong).toBe(sumMoney(vs).dong);
        }
        // Every input code is accounted for in exactly one output cell per period.
        const fromCount = r.values.reduce((n, v) => n + v.from.length, 0);
        expect(fromCount).toBe([...inputs.values()].reduce((n, vs) => n + vs.length, 0));
        for (const v of r.values) for (const c of v.from) expect(successorOf(c as never).code).toBe(v.code);
      }),
      { numRuns: 300 },
    );
  });

  it('restating leaves a series already on the current map unchanged (after 2025)', () => {
    const series = fc.dictionary(
      fc.constantFrom(...CURRENT_PROVINCE_CODES),
      fc.dictionary(fc.constantFrom('2026', '2027', '2026-2030'), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), { maxKeys: 3 }),
      { maxKeys: 34 },
    );
    fc.assert(
      fc.property(series, (s) => {
        const r = restateToCurrentMap(s);
        const nonEmpty = Object.fromEntries(Object.entries(s).filter(([, v]) => Object.keys(v).length > 0));
        expect(r.byProvince).toEqual(nonEmpty);
      }),
    );
  });
});
