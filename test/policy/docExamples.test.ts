import { describe, expect, it } from 'vitest';
import { money } from '../../src/quantity/Money.js';
import {
  ACTIVITY_CATEGORIES,
  INDUSTRIES,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  LEGAL_DATES,
  PRIORITY_UPLIFTS,
  TTLT26_REFERENCED_LEVELS,
  LEGAL_FORMS,
  LOCATION_KINDS,
  PROJECT_GROUP_FLAG,
  PROJECT_SCOPES,
  REGIMES,
  SUPPORT_LEVELS,
  TYPICAL_PRODUCT_LEVELS,
  UNRESOLVED_INDUSTRIES,
  parseSupportRequest,
  safeParseSupportRequest,
  supportLevelAt,
} from '../../src/policy/index.js';

// The @example of each export, checked (TSDoc examples must also be tests).
describe('TSDoc examples', () => {
  it('data constants', () => {
    expect(INSTRUMENT_IDS[0]).toBe('ND-134-2004');
    expect(ACTIVITY_CATEGORIES.find((c) => c.id === 'DIGITAL_TRANSFORMATION')?.validFrom).toBe('2025-10-15');
    expect(LEGAL_FORMS.filter((f) => f.id === 'UNION_OF_COOPERATIVES')[0]?.validFrom).toBe('2025-10-15');
    expect(LOCATION_KINDS.filter((k) => k.validFrom === '2025-10-15').length).toBe(6);
    expect(INDUSTRIES.find((i) => i.id === 'MINING_IN_DIFFICULT_AREAS')?.citation.point).toBe('e');
    expect(UNRESOLVED_INDUSTRIES.map((u) => u.id).includes('HANDICRAFT')).toBe(true);
    expect(TYPICAL_PRODUCT_LEVELS.find((l) => l.id === 'DISTRICT')?.validTo).toBe('2025-06-30');
    expect(PROJECT_SCOPES.find((s) => s.id === 'NATIONAL_FLAGSHIP')?.validFrom).toBe('2014-02-10');
    expect(PROJECT_GROUP_FLAG.citation.article).toBe(10);
    expect(PROJECT_GROUP_FLAG.validFrom).toBe('2014-02-10');
    expect(LEGAL_DATES.ND235_EFFECTIVE).toBe('2025-10-15');
    expect(LEGAL_DATES.TT36_EFFECTIVE).toBe('2014-02-10');
    expect(PRIORITY_UPLIFTS[0]?.maxFactor.toString()).toBe('1.5');
    expect(TTLT26_REFERENCED_LEVELS.find((r) => r.point === 'b')?.instruments).toEqual(['112/2010/TTLT-BTC-BLĐTBXH', '128/2012/TTLT-BTC-BLĐTBXH']);
    expect(INSTRUMENTS['TT-36-2013-BCT'].effective.date).toBe('2014-02-10');
    expect(REGIMES[1].validFrom).toBe('2025-10-15');
    expect(SUPPORT_LEVELS.find((l) => l.id === 'DEMO_MODEL_NEW_TECH@2018-05-11')?.absoluteCap?.dong).toBe(1_000_000_000);
  });

  it('functions', () => {
    const r = supportLevelAt('MACHINERY_APPLICATION', '2019-01-01');
    expect(r.ok && r.value.level.absoluteCap?.dong).toBe(300_000_000);
    expect(supportLevelAt('DEMO_MODEL_EFFICIENT_ESTABLISHMENT', '2019-01-01').ok).toBe(false);
    expect(parseSupportRequest({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2_000_000_000), at: '2019-06-01' }).item).toBe(
      'DEMO_MODEL_NEW_TECH',
    );
    expect(safeParseSupportRequest({ item: 'NOPE', eligibleCost: money(1), at: '2019-02-30' }).success).toBe(false);
  });
});
