import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CATEGORIES,
  BENEFICIARY_GROUPS,
  entriesValidOn,
  FUND_SOURCES,
  INDUSTRIES,
  isSupportItemId,
  LEGAL_FORMS,
  LOCATION_KINDS,
  PROGRAMMES,
  PROJECT_GROUP_FLAG,
  PROJECT_SCOPES,
  SUPPORT_ITEMS,
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
  TYPICAL_PRODUCT_SCORE_SHEET,
  UNRESOLVED_BENEFICIARY_GROUPS,
  UNRESOLVED_INDUSTRIES,
} from '../../src/policy/index.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('activity categories (Decree 45/2012 Art. 4, read in the text: docs/legal-sources.md "Pháp điển reproduction")', () => {
  it('cites the nine clauses of Art. 4, verified from the text (clause 3 split in two by the library)', () => {
    const d2012 = entriesValidOn(ACTIVITY_CATEGORIES, '2025-10-14');
    expect(d2012).toHaveLength(10);
    for (const c of d2012) {
      expect(c.citation.article).toBe(4);
      expect(c.citation.articleConfirmed).toBeUndefined();
      expect(c.citation.confidence).toBe('verified-from-text');
    }
    const clause = (id: string) => d2012.find((c) => c.id === id)?.citation.clause;
    // Art. 4: "5. Phát triển hoạt động tư vấn …", "6. Cung cấp thông tin …" (two clauses, not one category).
    expect(clause('CONSULTING_SERVICES')).toBe(5);
    expect(clause('INFORMATION_PROVISION')).toBe(6);
    // "7. Hỗ trợ liên doanh, liên kết, hợp tác kinh tế, phát triển các cụm công nghiệp …"
    expect(clause('LINKAGE_CLUSTER_RELOCATION')).toBe(7);
    // "8. Hợp tác quốc tế về khuyến công"; "9. Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công"
    expect(clause('INTERNATIONAL_COOPERATION')).toBe(8);
    expect(clause('PROGRAM_MANAGEMENT_CAPACITY')).toBe(9);
    expect(new Set(d2012.map((c) => c.citation.clause))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(d2012.map((c) => c.id)).not.toContain('CONSULTING_AND_INFORMATION');
  });

  it('cites CCN detailed planning to Art. 4(7)(b) and relocation interest to Art. 4(7)(c)', () => {
    // Art. 4(7)(b): "lập quy hoạch chi tiết, đầu tư xây dựng kết cấu hạ tầng … cụm công nghiệp"
    expect(SUPPORT_ITEMS.find((i) => i.id === 'CCN_DETAILED_PLANNING')?.citation).toMatchObject({ article: 4, clause: 7, point: 'b' });
    // Art. 4(7)(c): "Hỗ trợ tư vấn, lãi suất vốn vay … di dời"
    expect(SUPPORT_ITEMS.find((i) => i.id === 'RELOCATION_INTEREST_SUPPORT')?.citation).toMatchObject({ article: 4, clause: 7, point: 'c' });
    // Art. 4(4): "đầu tư các phòng trưng bày" names showrooms.
    expect(SUPPORT_ITEMS.find((i) => i.id === 'SHOWROOM')?.itemSourced).toBe(true);
  });

  it('adds digital transformation and artisan craft preservation on 2025-10-15, not the day before', () => {
    expect(ids(entriesValidOn(ACTIVITY_CATEGORIES, '2025-10-14'))).not.toContain('DIGITAL_TRANSFORMATION');
    const d = ids(entriesValidOn(ACTIVITY_CATEGORIES, '2025-10-15'));
    expect(d).toContain('DIGITAL_TRANSFORMATION');
    expect(d).toContain('ARTISAN_CRAFT_PRESERVATION');
    expect(d).toHaveLength(12);
  });
});

describe('support items', () => {
  it('maps each item to a category that exists when the item does', () => {
    for (const item of SUPPORT_ITEMS) {
      const cat = ACTIVITY_CATEGORIES.find((c) => c.id === item.category);
      expect(cat, item.id).toBeDefined();
      expect(item.validFrom >= (cat?.validFrom ?? '9999')).toBe(true);
    }
    expect(SUPPORT_ITEMS.find((i) => i.id === 'MACHINERY_APPLICATION')?.category).toBe('TECH_DEMO_AND_TRANSFER');
    expect(SUPPORT_ITEMS.find((i) => i.id === 'CLEANER_PRODUCTION_ASSESSMENT')?.category).toBe('CLEANER_PRODUCTION');
    expect(SUPPORT_ITEMS.find((i) => i.id === 'CONSULTING')?.category).toBe('CONSULTING_SERVICES');
    expect(SUPPORT_ITEMS.find((i) => i.id === 'COMMUNICATION_AND_INFORMATION')?.category).toBe('INFORMATION_PROVISION');
  });

  it('has unique ids and recognises them', () => {
    expect(new Set(ids(SUPPORT_ITEMS)).size).toBe(SUPPORT_ITEMS.length);
    expect(isSupportItemId('DEMO_MODEL_NEW_TECH')).toBe(true);
    expect(isSupportItemId('DEMO_MODEL')).toBe(false);
    expect(isSupportItemId(3)).toBe(false);
  });
});

describe('beneficiaries and locations (Art. 1(2), S01, S10)', () => {
  it('has four legal forms in 2012 and adds unions of cooperatives from 2025-10-15', () => {
    expect(ids(entriesValidOn(LEGAL_FORMS, '2025-10-14'))).toEqual(['SME', 'COOPERATIVE_GROUP', 'COOPERATIVE', 'BUSINESS_HOUSEHOLD']);
    expect(ids(entriesValidOn(LEGAL_FORMS, '2025-10-15'))).toEqual([
      'SME',
      'COOPERATIVE_GROUP',
      'COOPERATIVE',
      'BUSINESS_HOUSEHOLD',
      'UNION_OF_COOPERATIVES',
    ]);
    expect(entriesValidOn(LEGAL_FORMS, '2012-07-04')).toHaveLength(0);
  });

  it('switches beneficiary groups on 2025-10-15', () => {
    expect(ids(entriesValidOn(BENEFICIARY_GROUPS, '2012-07-05'))).toEqual([
      'RURAL_INDUSTRIAL_ESTABLISHMENT',
      'CLEANER_PRODUCTION_ESTABLISHMENT',
      'KC_MANAGER_OR_SERVICE_PROVIDER',
    ]);
    const after = entriesValidOn(BENEFICIARY_GROUPS, '2025-10-15');
    expect(ids(after)).toEqual(['RURAL_INDUSTRIAL_ESTABLISHMENT', 'CLEANER_PRODUCTION_ESTABLISHMENT', 'CCN_INFRA_INVESTOR', 'ARTISAN']);
    expect(after.find((g) => g.id === 'ARTISAN')?.citation.confidence).toBe('secondary');
    expect(after.find((g) => g.id === 'CCN_INFRA_INVESTOR')?.citation).toMatchObject({ point: 'b', asAmendedBy: 'ND-235-2025' });
    expect(UNRESOLVED_BENEFICIARY_GROUPS[0]?.id).toBe('KC_MANAGER_OR_SERVICE_PROVIDER');
  });

  it('switches location kinds on 2025-10-15', () => {
    expect(ids(entriesValidOn(LOCATION_KINDS, '2025-10-14'))).toEqual([
      'HUYEN',
      'THI_XA',
      'THI_TRAN',
      'XA',
      'PHUONG_OF_TYPE_2_OR_3_CITY',
      'PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA',
    ]);
    expect(entriesValidOn(LOCATION_KINDS, '2025-10-15')).toHaveLength(6);
    expect(ids(entriesValidOn(LOCATION_KINDS, '2025-10-15'))).toContain('RECOGNISED_CRAFT_VILLAGE');
    expect(LOCATION_KINDS.find((k) => k.id === 'PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA')?.maxYearsSinceConversionFromXa).toBe(5);
  });
});

describe('industries (S04; S11, S12)', () => {
  it('has the 2012 points a–g, mining only in difficult areas', () => {
    const d = entriesValidOn(INDUSTRIES, '2020-01-01');
    expect(d.map((i) => i.citation.point)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
    expect(d.find((i) => i.id === 'MINING_IN_DIFFICULT_AREAS')?.locationCondition).toBe('difficult-or-extremely-difficult-area');
  });

  it('lists the 2025 additions as secondary and the unnamed 2012 lines as unresolved', () => {
    const d = entriesValidOn(INDUSTRIES, '2025-10-15');
    for (const id of ['HIGH_TECH', 'CLEAN_INDUSTRY', 'ENERGY_SAVING', 'ENVIRONMENTAL_INDUSTRY', 'GREEN_ENERGY']) {
      expect(d.find((i) => i.id === id)?.citation.confidence).toBe('secondary');
    }
    expect(ids(d)).not.toContain('MINING_IN_DIFFICULT_AREAS');
    expect(ids(UNRESOLVED_INDUSTRIES)).toContain('MINING_IN_DIFFICULT_AREAS');
    for (const u of UNRESOLVED_INDUSTRIES) expect(ids(d)).not.toContain(u.id);
  });
});

describe('typical products (TT 26/2014, TT 38/2025)', () => {
  it('switches district → commune between 2025-06-30 and 2025-07-01', () => {
    expect(ids(entriesValidOn(TYPICAL_PRODUCT_LEVELS, '2025-06-30'))).toEqual(['DISTRICT', 'PROVINCE', 'REGION', 'NATIONAL']);
    expect(ids(entriesValidOn(TYPICAL_PRODUCT_LEVELS, '2025-07-01'))).toEqual(['COMMUNE', 'PROVINCE', 'REGION', 'NATIONAL']);
    expect(entriesValidOn(TYPICAL_PRODUCT_LEVELS, '2014-10-20')).toHaveLength(0);
  });

  it('scores 40/40/10/10 out of 100, verified from the annex (S45)', () => {
    const s = TYPICAL_PRODUCT_SCORE_SHEET;
    expect(s.criteria.map((c) => c.maxPoints)).toEqual([40, 40, 10, 10]);
    expect(s.criteria.reduce((a, c) => a + c.maxPoints, 0)).toBe(s.totalPoints);
    expect(s.citation).toMatchObject({ instrument: 'TT-26-2014-BCT', annex: 4, confidence: 'verified-from-text' });
    expect(TYPICAL_PRODUCT_GROUPS).toHaveLength(4);
    expect(ids(TYPICAL_PRODUCT_REGIONS)).toEqual(['NORTH', 'CENTRAL_HIGHLANDS', 'SOUTH']);
  });
});

describe('funding, scopes, programmes', () => {
  it('lists the four funding sources and the đề án scopes', () => {
    expect(ids(FUND_SOURCES)).toEqual(['NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER_LAWFUL']);
    // TT 36/2013 Art. 2(3) defines "Đề án khuyến công quốc gia điểm"; in force "kể từ ngày 10 tháng 02 năm 2014" (Art. 24).
    expect(ids(entriesValidOn(PROJECT_SCOPES, '2014-02-09'))).toEqual(['NATIONAL', 'LOCAL']);
    expect(ids(entriesValidOn(PROJECT_SCOPES, '2014-02-10'))).toEqual(['NATIONAL', 'NATIONAL_FLAGSHIP', 'LOCAL']);
    expect(PROJECT_SCOPES.find((s) => s.id === 'NATIONAL_FLAGSHIP')?.citation).toMatchObject({
      instrument: 'TT-36-2013-BCT',
      article: 2,
      clause: 3,
      confidence: 'verified-from-text',
    });
    // TT 36/2013 Art. 10(1)(a): "Đối với các đề án lập theo nhóm" — not before 2014-02-10.
    expect(PROJECT_GROUP_FLAG.validFrom).toBe('2014-02-10');
    expect(PROJECT_GROUP_FLAG.citation).toMatchObject({ article: 10, clause: 1, point: 'a', confidence: 'verified-from-text' });
    expect(PROJECT_GROUP_FLAG.citation.instrument).toBe('TT-36-2013-BCT');
  });

  it('holds the QĐ 1881 VNA targets (secondary) and no 2026–2030 targets', () => {
    const p = PROGRAMMES.find((x) => x.id === 'KC-2021-2025');
    expect(p?.targets.map((t) => [t.id, t.value.value])).toEqual([
      ['DEMO_MODELS', 340],
      ['POLLUTION_SYSTEMS', 50],
      ['FAIRS_DOMESTIC', 15],
      ['FAIRS_ABROAD', 5],
      ['TRAINEES', 10_000],
    ]);
    expect(p?.targets.every((t) => t.confidence === 'secondary')).toBe(true);
    const last = PROGRAMMES.find((x) => x.id === 'KC-2026-2030');
    expect(last?.approvedBy).toBe('MOIT_MINISTER');
    expect(last?.targets).toEqual([]);
    expect(PROGRAMMES.map((x) => x.citation.instrument)).toEqual(['QD-136-2007-TTg', 'QD-1288-2014-TTg', 'QD-1881-2020-TTg', 'QD-2646-2025-BCT']);
  });
});
