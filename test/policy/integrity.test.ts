import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CATEGORIES,
  BENEFICIARY_GROUPS,
  FUND_SOURCES,
  formatCitation,
  INDUSTRIES,
  INSTRUMENTS,
  isInstrumentId,
  LEGAL_FORMS,
  LOCATION_KINDS,
  parseCitation,
  PROGRAMMES,
  PROJECT_GROUP_FLAG,
  PROJECT_SCOPES,
  REGIMES,
  SUPPORT_ITEMS,
  SUPPORT_LEVELS,
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
  TYPICAL_PRODUCT_SCORE_SHEET,
  UNRESOLVED_BENEFICIARY_GROUPS,
  UNRESOLVED_INDUSTRIES,
  type Citation,
} from '../../src/policy/index.js';

const KNOWN_SOURCES = new Set(Array.from({ length: 61 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));

const CATALOGUES = {
  ACTIVITY_CATEGORIES,
  BENEFICIARY_GROUPS,
  FUND_SOURCES,
  INDUSTRIES,
  LEGAL_FORMS,
  LOCATION_KINDS,
  PROJECT_SCOPES,
  SUPPORT_ITEMS,
  SUPPORT_LEVELS,
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
} as const;

const allCitations: Citation[] = [
  ...Object.values(CATALOGUES).flatMap((xs: readonly { citation: Citation }[]) => xs.map((x) => x.citation)),
  ...PROGRAMMES.map((p) => p.citation),
  ...REGIMES.map((r) => r.citation),
  PROJECT_GROUP_FLAG.citation,
  TYPICAL_PRODUCT_SCORE_SHEET.citation,
];

function isDeeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v !== 'object' || v === null || seen.has(v)) return true;
  seen.add(v);
  if (!Object.isFrozen(v)) return false;
  return Reflect.ownKeys(v).every((k) => isDeeplyFrozen((v as Record<string | symbol, unknown>)[k], seen));
}

describe('catalogue integrity', () => {
  it('cites only registered instruments and known source keys S01–S61', () => {
    expect(allCitations.length).toBeGreaterThan(80);
    for (const c of allCitations) {
      expect(isInstrumentId(c.instrument), c.instrument).toBe(true);
      if (c.asAmendedBy !== undefined) expect(isInstrumentId(c.asAmendedBy)).toBe(true);
      expect(c.sources?.length ?? 0).toBeGreaterThan(0);
      for (const s of c.sources ?? []) expect(KNOWN_SOURCES.has(s), s).toBe(true);
    }
    for (const i of Object.values(INSTRUMENTS)) for (const s of i.sources) expect(KNOWN_SOURCES.has(s)).toBe(true);
  });

  it('round-trips every catalogue citation through format and parse in both languages', () => {
    for (const c of allCitations) {
      for (const locale of ['vi', 'en'] as const) {
        const text = formatCitation(c, { locale });
        const back = parseCitation(text);
        const { confidence: _c, sources: _s, ...expected } = c;
        const { confidence: _c2, ...got } = back;
        expect(got, text).toEqual(expected);
        expect(formatCitation(back, { locale })).toBe(text);
      }
    }
  });

  it('parses an unconfirmed-numbering citation back as secondary, never verified', () => {
    // The catalogue's unconfirmed numbering was resolved by reading the texts (S59); the rule is kept for any
    // citation marked unconfirmed, with two made-up ones so that the loop is never empty.
    const unconfirmed: Citation[] = [
      ...allCitations.filter((c) => c.articleConfirmed === false && c.article !== undefined),
      { instrument: 'ND-45-2012', article: 4, clause: 5, confidence: 'secondary', articleConfirmed: false },
      { instrument: 'TT-28-2018-BTC', article: 8, confidence: 'secondary', articleConfirmed: false },
    ];
    expect(unconfirmed.length).toBeGreaterThanOrEqual(2);
    for (const c of unconfirmed) {
      for (const locale of ['vi', 'en'] as const) expect(parseCitation(formatCitation(c, { locale })).confidence).toBe('secondary');
    }
  });

  it('has valid, ordered periods and no id valid twice on one day', () => {
    for (const [name, xs] of Object.entries(CATALOGUES)) {
      const rows = xs as readonly { id: string; validFrom: string; validTo: string | null }[];
      for (const r of rows) {
        expect(r.validFrom >= '2012-07-05', `${name} ${r.id}`).toBe(true);
        if (r.validTo !== null) expect(r.validTo >= r.validFrom).toBe(true);
      }
      const key = name === 'SUPPORT_LEVELS' ? (r: unknown) => (r as { item: string }).item : (r: { id: string }) => r.id;
      for (const a of rows) {
        for (const b of rows) {
          if (a === b || key(a as never) !== key(b as never)) continue;
          const overlap = a.validFrom <= (b.validTo ?? '9999') && b.validFrom <= (a.validTo ?? '9999');
          expect(overlap, `${name} ${a.id}`).toBe(false);
        }
      }
    }
    for (const u of [...UNRESOLVED_INDUSTRIES, ...UNRESOLVED_BENEFICIARY_GROUPS]) expect(u.validFrom).toBe('2025-10-15');
  });

  it('is deeply frozen: mutation attempts throw', () => {
    for (const xs of [...Object.values(CATALOGUES), PROGRAMMES, REGIMES, INSTRUMENTS, UNRESOLVED_INDUSTRIES, UNRESOLVED_BENEFICIARY_GROUPS]) {
      expect(isDeeplyFrozen(xs)).toBe(true);
    }
    expect(isDeeplyFrozen(TYPICAL_PRODUCT_SCORE_SHEET)).toBe(true);
    expect(() => {
      (SUPPORT_LEVELS[0] as { unit: string }).unit = 'per-person';
    }).toThrow(TypeError);
    expect(() => {
      (SUPPORT_ITEMS as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (ACTIVITY_CATEGORIES[0]?.citation as { article: number }).article = 9;
    }).toThrow(TypeError);
    expect(() => {
      (TYPICAL_PRODUCT_SCORE_SHEET.criteria[0] as { maxPoints: number }).maxPoints = 50;
    }).toThrow(TypeError);
  });

  it('keeps every support level on a catalogued item valid on the level\'s dates, with at least one cap or a stated "no cap"', () => {
    for (const l of SUPPORT_LEVELS) {
      const item = SUPPORT_ITEMS.find((i) => i.id === l.item);
      expect(item, l.id).toBeDefined();
      expect(item !== undefined && l.validFrom >= item.validFrom, l.id).toBe(true);
      expect(l.id).toBe(`${l.item}@${l.validFrom}`);
      const capped = l.percentCap !== undefined || l.absoluteCap !== undefined;
      // Exactly one of: a cap, or TTLT 26/2014 Art. 6(2)(k)'s contract-or-tender price with no cap.
      expect(capped !== (l.uncapped === 'contract-or-tender'), l.id).toBe(true);
    }
  });
});
