/**
 * Facts read in the full texts (the Pháp điển reproduction, docs/legal-sources.md "S59"): each test names the
 * article and quotes the few words that decide. Figures are from the texts, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { money } from '../../src/quantity/Money.js';
import {
  ACTIVITY_CATEGORIES,
  ADVANCE_CEILING_TTLT26,
  BENEFICIARY_GROUPS,
  certificateValidUntil,
  computeSupport,
  FUND_SOURCES,
  INDUSTRIES,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  LEGAL_DATES,
  LEGAL_FORMS,
  LOCAL_LEVEL_FACTS_TTLT26,
  LOCATION_KINDS,
  PRIORITY_FLAGS_2012,
  PRIORITY_UPLIFTS,
  PROJECT_GROUP_FLAG,
  PROJECT_SCOPES,
  REGIMES,
  safeParseSupportRequest,
  SUPPORT_CONDITIONS_TTLT26,
  SUPPORT_ITEMS,
  SUPPORT_LEVELS,
  supportLevelAt,
  TT46_LIMITS,
  TTLT26_REFERENCED_LEVELS,
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
  TYPICAL_PRODUCT_RULES_TT26,
  TYPICAL_PRODUCT_SCORE_SHEET,
  UNRESOLVED_BENEFICIARY_GROUPS,
  UNRESOLVED_INDUSTRIES,
  type SupportComputation,
  type SupportItemId,
} from '../../src/policy/index.js';

const tr = 1_000_000;
const ty = 1_000_000_000;
const AT = '2016-06-01'; // inside TTLT 26/2014 (2014-04-08 → 2018-05-10)

function computed(r: SupportComputation) {
  if (!r.ok) throw new Error(`expected computed, got ${r.reason.code} ${r.reason.message.en}`);
  return r.value;
}
const support = (item: SupportItemId, cost: number, extra: { units?: number; priority?: boolean } = {}) =>
  computed(computeSupport({ item, eligibleCost: money(cost), at: AT, ...extra }));

function dayBefore(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

describe('LEGAL_DATES: one home for the legal dates', () => {
  it('holds the dates the texts give (NĐ 45 Art. 18, TT 46 Art. 11(1), TT 36 Art. 24(1), TTLT 26 Art. 10(1))', () => {
    expect(LEGAL_DATES.ND45_EFFECTIVE).toBe('2012-07-05'); // "kể từ ngày 05 tháng 7 năm 2012"
    expect(LEGAL_DATES.TT46_EFFECTIVE).toBe('2013-02-10'); // "kể từ ngày 10 tháng 02 năm 2013"
    expect(LEGAL_DATES.TT36_EFFECTIVE).toBe('2014-02-10'); // "kể từ ngày 10 tháng 02 năm 2014"
    expect(LEGAL_DATES.TTLT26_EFFECTIVE).toBe('2014-04-08'); // "từ ngày 08 tháng 4 năm 2014"
    expect(LEGAL_DATES.TTLT26_LAST_DAY).toBe('2018-05-10');
    expect(LEGAL_DATES.TT28_EFFECTIVE).toBe('2018-05-11');
    expect(LEGAL_DATES.ND235_EFFECTIVE).toBe('2025-10-15');
    expect(Object.isFrozen(LEGAL_DATES)).toBe(true);
  });

  it('writes every "last day" as the day before the next wording', () => {
    expect(LEGAL_DATES.ND45_2012_LAST_DAY).toBe(dayBefore(LEGAL_DATES.ND235_EFFECTIVE));
    expect(LEGAL_DATES.TTLT26_LAST_DAY).toBe(dayBefore(LEGAL_DATES.TT28_EFFECTIVE));
    expect(LEGAL_DATES.TT26_ORIGINAL_LAST_DAY).toBe(dayBefore(LEGAL_DATES.TT14_2018_EFFECTIVE));
    expect(LEGAL_DATES.DISTRICT_LEVEL_LAST_DAY).toBe(dayBefore(LEGAL_DATES.TT38_2025_EFFECTIVE));
    expect(LEGAL_DATES.BEFORE_TT36_LAST_DAY).toBe(dayBefore(LEGAL_DATES.TT36_EFFECTIVE));
    expect(LEGAL_DATES.ND134_LAST_DAY).toBe(dayBefore(LEGAL_DATES.ND45_EFFECTIVE));
    const values = Object.values(LEGAL_DATES);
    expect([...values].sort()).toEqual(values);
  });

  it('derives the regimes from the instrument registry', () => {
    expect(REGIMES[0].validFrom).toBe(INSTRUMENTS['ND-45-2012'].effective.date);
    expect(REGIMES[1].validFrom).toBe(INSTRUMENTS['ND-235-2025'].effective.date);
    expect(REGIMES[0].validTo).toBe(dayBefore(REGIMES[1].validFrom));
  });
});

describe('every catalogue row starts and ends on an instrument\'s date', () => {
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const id of INSTRUMENT_IDS) {
    const i = INSTRUMENTS[id];
    if (i.effective.date !== null) {
      starts.add(i.effective.date);
      ends.add(dayBefore(i.effective.date));
    }
    if (i.end.date !== null) ends.add(i.end.date);
  }
  const rows: { name: string; validFrom: string; validTo: string | null }[] = [
    ...[
      ACTIVITY_CATEGORIES,
      BENEFICIARY_GROUPS,
      FUND_SOURCES,
      INDUSTRIES,
      LEGAL_FORMS,
      LOCATION_KINDS,
      PROJECT_SCOPES,
      SUPPORT_ITEMS,
      TYPICAL_PRODUCT_GROUPS,
      TYPICAL_PRODUCT_LEVELS,
      TYPICAL_PRODUCT_REGIONS,
      SUPPORT_CONDITIONS_TTLT26,
      LOCAL_LEVEL_FACTS_TTLT26,
      PRIORITY_FLAGS_2012,
      TT46_LIMITS,
    ].flatMap((xs) => xs.map((x) => ({ name: x.id, validFrom: x.validFrom, validTo: x.validTo }))),
    ...SUPPORT_LEVELS.map((x) => ({ name: x.id, validFrom: x.validFrom, validTo: x.validTo })),
    ...PRIORITY_UPLIFTS.map((x) => ({ name: x.id, validFrom: x.validFrom, validTo: x.validTo })),
    ...TTLT26_REFERENCED_LEVELS.map((x) => ({ name: `6(1)(${x.point})`, validFrom: x.validFrom, validTo: x.validTo })),
    ...[...UNRESOLVED_INDUSTRIES, ...UNRESOLVED_BENEFICIARY_GROUPS].map((x) => ({ name: x.id, validFrom: x.validFrom, validTo: x.validTo })),
    ...REGIMES.map((x) => ({ name: x.id, validFrom: x.validFrom, validTo: x.validTo })),
    { name: 'GROUP', validFrom: PROJECT_GROUP_FLAG.validFrom, validTo: PROJECT_GROUP_FLAG.validTo },
    { name: 'score sheet', validFrom: TYPICAL_PRODUCT_SCORE_SHEET.validFrom, validTo: TYPICAL_PRODUCT_SCORE_SHEET.validTo },
    { name: 'TT 26 rules', validFrom: TYPICAL_PRODUCT_RULES_TT26.validFrom, validTo: TYPICAL_PRODUCT_RULES_TT26.validTo },
    { name: 'advance ceiling', validFrom: ADVANCE_CEILING_TTLT26.validFrom, validTo: ADVANCE_CEILING_TTLT26.validTo },
  ];
  it('walks every row', () => {
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      expect(starts.has(r.validFrom), `${r.name} starts ${r.validFrom}`).toBe(true);
      if (r.validTo !== null) expect(ends.has(r.validTo), `${r.name} ends ${r.validTo}`).toBe(true);
    }
  });

  it('a row that starts inside a regime takes effect on its own date', () => {
    // The flagship đề án starts 2014-02-10, inside the 2012 regime: absent the day before, present that day.
    expect(PROJECT_SCOPES.filter((s) => s.validFrom <= '2014-02-09').map((s) => s.id)).not.toContain('NATIONAL_FLAGSHIP');
    const r = supportLevelAt('FAIR_DOMESTIC_JOINING', '2014-04-08');
    expect(r.ok && r.value.level.percentCap?.ratio.toString()).toBe('0.8');
    expect(supportLevelAt('FAIR_DOMESTIC_JOINING', '2014-04-07').ok).toBe(false);
  });
});

describe('instrument registry: amending circulars seen in provincial recitals', () => {
  it('registers TT 20/2017/TT-BCT (29/9/2017, amends TT 46/2012) and TT 64/2024/TT-BTC (amends TT 28/2018), secondary', () => {
    // Quảng Trị NQ 38/2020: "Thông tư số 20/2017/TT-BCT ngày 29/9/2017 … sửa đổi, bổ sung … Thông tư số 46/2012/TT-BCT"
    expect(INSTRUMENTS['TT-20-2017-BCT'].signed).toMatchObject({ date: '2017-09-29', confidence: 'secondary', sources: ['S61'] });
    expect(INSTRUMENTS['TT-20-2017-BCT'].relations).toEqual([{ kind: 'amends', instrument: 'TT-46-2012-BCT', confidence: 'secondary', sources: ['S61'] }]);
    // Phú Thọ NQ 23/2025: "Thông tư số 28/2018/TT-BTC … được sửa đổi, bổ sung bởi Thông tư số 64/2024/TT-BTC"
    expect(INSTRUMENTS['TT-64-2024-BTC'].relations).toEqual([{ kind: 'amends', instrument: 'TT-28-2018-BTC', confidence: 'secondary', sources: ['S60'] }]);
    expect(INSTRUMENTS['TT-64-2024-BTC'].signed.date).toBeNull();
    expect(INSTRUMENTS['TT-64-2024-BTC'].textVerifiedArticles).toEqual([]);
  });

  it('warns on every TT 28/2018 level from 2024-01-01 (TT 64/2024\'s entry into force unknown), not the day before', () => {
    const tt28 = SUPPORT_LEVELS.filter((l) => l.citation.instrument === 'TT-28-2018-BTC');
    expect(tt28.length).toBeGreaterThan(5);
    for (const l of tt28) {
      const before = supportLevelAt(l.item, '2023-12-31');
      const after = supportLevelAt(l.item, '2024-01-01');
      const has = (r: typeof before) => r.ok && r.value.warnings.some((w) => w.en.includes('Circular 64/2024/TT-BTC'));
      expect(has(before), l.id).toBe(false);
      expect(has(after), l.id).toBe(true);
    }
    const ttlt = supportLevelAt('DEMO_MODEL_NEW_TECH', '2016-01-01');
    expect(ttlt.ok && ttlt.value.warnings).toEqual([]);
  });
});

describe('TTLT 26/2014 Art. 6(2): national levels, 2014-04-08 → 2018-05-10, verified from the text', () => {
  it('cites every TTLT level to Art. 6(2) with its point, verified-from-text', () => {
    const rows = SUPPORT_LEVELS.filter((l) => l.citation.instrument === 'TTLT-26-2014-BTC-BCT');
    expect(rows).toHaveLength(25);
    for (const l of rows) {
      expect(l.citation).toMatchObject({ article: 6, clause: 2, confidence: 'verified-from-text' });
      expect(l.validFrom).toBe('2014-04-08');
      expect(l.validTo).toBe('2018-05-10');
    }
    expect(new Set(rows.map((l) => l.citation.point))).toEqual(
      new Set(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's']),
    );
  });

  it('(d) organising fairs in Vietnam: "Hỗ trợ 100% chi phí thuê gian hàng…"; joining: "Mức hỗ trợ 80% giá thuê gian hàng"', () => {
    const org = support('FAIR_DOMESTIC', 400 * tr);
    expect(org.support.dong).toBe(400 * tr);
    expect(org.explanation.en).toContain('100% of the listed costs 400,000,000 đồng');
    const join = support('FAIR_DOMESTIC_JOINING', 25 * tr);
    expect(join.support.dong).toBe(20 * tr);
    expect(join.binding).toBe('percent-cap');
    expect(join.explanation.en).toBe(
      '80% of the booth rent 25,000,000 đồng is 20,000,000 đồng (rounded down); there is no absolute cap, so the support is at most 20,000,000 đồng (Joint Circular 26/2014/TTLT-BTC-BCT, Art. 6(2)(d)).',
    );
  });

  it('(đ) fairs abroad: "Hỗ trợ 100% các khoản chi phí"', () => {
    const r = support('FAIR_ABROAD', ty);
    expect(r.support.dong).toBe(ty);
    expect(r.citation.point).toBe('đ');
  });

  it('(g) rewards: "không quá 05 triệu đồng/sản phẩm" regional, "10 triệu đồng/sản phẩm" national, per product', () => {
    const reg = support('TYPICAL_PRODUCT_REWARD_REGIONAL', 40 * tr, { units: 3 });
    expect(reg.support.dong).toBe(15 * tr);
    expect(reg.units).toBe(3);
    expect(reg.explanation.en).toContain('the cap of 15,000,000 đồng (5,000,000 đồng per product × 3)');
    expect(reg.explanation.vi).toContain('mức trần 15.000.000 đồng (5.000.000 đồng/sản phẩm × 3)');
    expect(support('TYPICAL_PRODUCT_REWARD_NATIONAL', 40 * tr).support.dong).toBe(10 * tr);
    // Selection rounds: "không quá 100 triệu đồng/lần … khu vực và 200 triệu đồng/lần … quốc gia", per round.
    expect(support('TYPICAL_PRODUCT_SELECTION_NATIONAL', 500 * tr, { units: 2 }).support.dong).toBe(400 * tr);
  });

  it('(h) brand: "tối đa 50% chi phí, nhưng không quá 35 triệu đồng/thương hiệu"', () => {
    expect(support('BRAND_REGISTRATION', 60 * tr).support.dong).toBe(30 * tr);
    const two = support('BRAND_REGISTRATION', 200 * tr, { units: 2 });
    expect(two.support.dong).toBe(70 * tr);
    expect(two.explanation.en).toContain('per brand × 2');
  });

  it('(i) consulting: "tối đa 50% chi phí, nhưng không quá 35 triệu đồng/cơ sở"', () => {
    expect(support('CONSULTING', 100 * tr).support.dong).toBe(35 * tr);
  });

  it('(k) communications: "theo hình thức hợp đồng … theo phương thức đấu thầu": no cap', () => {
    const r = support('COMMUNICATION_AND_INFORMATION', 2 * ty);
    expect(r.support.dong).toBe(2 * ty);
    expect(r.binding).toBe('contract-or-tender');
    expect(r.level.percentCap).toBeUndefined();
    expect(r.level.absoluteCap).toBeUndefined();
    expect(r.explanation.en).toBe(
      'No cap: paid at the contract price (tender or approved unit price), 2,000,000,000 đồng (Joint Circular 26/2014/TTLT-BTC-BCT, Art. 6(2)(k)).',
    );
  });

  it('(l) associations: "tối đa 30% … không quá 70 triệu đồng/hội, hiệp hội cấp vùng, 100 triệu đồng/… cấp quốc gia"', () => {
    expect(support('ASSOCIATION_FOUNDING_REGIONAL', ty).support.dong).toBe(70 * tr);
    expect(support('ASSOCIATION_FOUNDING_NATIONAL', ty).support.dong).toBe(100 * tr);
    expect(support('ASSOCIATION_FOUNDING_NATIONAL', 200 * tr).support.dong).toBe(60 * tr);
  });

  it('(m) linkage clusters: "tối đa 50% chi phí nhưng không quá 150 triệu đồng/cụm liên kết"', () => {
    const r = support('ENTERPRISE_LINKAGE_CLUSTER', ty);
    expect(r.support.dong).toBe(150 * tr);
    expect(r.explanation.en).toContain('per linkage cluster');
  });

  it('(n) relocation: "tối đa 50% lãi suất … trong 02 năm đầu nhưng không quá 500 triệu đồng/cơ sở"', () => {
    const r = support('RELOCATION_INTEREST_SUPPORT', 600 * tr);
    expect(r.support.dong).toBe(300 * tr);
    expect(r.level.base).toBe('loan-interest-first-two-years');
    expect(r.explanation.en).toContain('50% of the loan interest of the first two years 600,000,000 đồng is 300,000,000 đồng');
    expect(support('RELOCATION_INTEREST_SUPPORT', 2 * ty).support.dong).toBe(500 * tr);
  });

  it('(p) CCN pollution systems: "tối đa 30% … không quá 1.500 triệu đồng/cụm công nghiệp"; (q) CCN planning: 50%, 500 triệu', () => {
    expect(support('CCN_ENVIRONMENT_SYSTEM', 10 * ty).support.dong).toBe(1_500 * tr);
    expect(support('CCN_ENVIRONMENT_SYSTEM', 2 * ty).support.dong).toBe(600 * tr);
    expect(support('CCN_DETAILED_PLANNING', 2 * ty).support.dong).toBe(500 * tr);
    expect(support('CCN_DETAILED_PLANNING', 800 * tr).support.dong).toBe(400 * tr);
  });

  it('(r) CCN infrastructure: "Mức hỗ trợ không quá 3.000 triệu đồng/cụm công nghiệp": exact, no percentage, no upper-bound warning', () => {
    const r = support('CCN_INFRASTRUCTURE', 20 * ty);
    expect(r.support.dong).toBe(3_000 * tr);
    expect(r.level.percentCap).toBeUndefined();
    expect(r.level.percentCapNotModelled).toBeUndefined();
    expect(r.warnings.map((w) => w.en).some((w) => w.includes('upper bound'))).toBe(false);
    expect(support('CCN_INFRASTRUCTURE', 2 * ty).support.dong).toBe(2 * ty);
  });

  it('(s) management: "tối đa 1,5% kinh phí khuyến công … giao hàng năm"; "tối đa 2,5% dự toán đề án"', () => {
    const agency = support('MANAGEMENT_OVERHEAD_AGENCY', 10_000_000_001);
    expect(agency.support.dong).toBe(150_000_000); // 1.5% × 10 000 000 001 = 150 000 000,015 → floor
    expect(agency.explanation.en).toContain("1.5% of the year's allotted funds");
    expect(agency.explanation.vi).toContain('1,5% kinh phí khuyến công được giao trong năm');
    expect(support('MANAGEMENT_OVERHEAD_IMPLEMENTER', 800 * tr).support.dong).toBe(20 * tr);
  });

  it('(t) priority: "không quá 1,5 lần mức hỗ trợ quy định trên đây", rounded down, never above the cost', () => {
    const r = support('BRAND_REGISTRATION', 100 * tr, { priority: true });
    expect(r.support.dong).toBe(52_500_000); // 35 triệu × 1.5
    expect(r.priorityUplift?.citation).toMatchObject({ article: 6, clause: 2, point: 't' });
    expect(r.explanation.en).toContain('Priority: at most 1.5 times, rounded down, never above the cost: 52,500,000 đồng');
    expect(r.explanation.vi).toContain('tối đa 1,5 lần');
    // 100% of a fair's costs × 1.5 would exceed the cost: the cost bounds it.
    expect(support('FAIR_ABROAD', ty, { priority: true }).support.dong).toBe(ty);
    // 50% × 3 đồng = 1,5 → 1 (floor); × 1.5 = 1,5 → 1 (floor).
    expect(support('CONSULTING', 3, { priority: true }).support.dong).toBe(1);
  });

  it('priority on a TT 28/2018 date: the uplift is not known, so not-modelled', () => {
    const r = computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(ty), at: '2019-01-01', priority: true });
    expect(!r.ok && r.reason.code).toBe('priority-uplift-unknown');
    expect(computeSupport({ item: 'MACHINERY_APPLICATION', eligibleCost: money(ty), at: '2019-01-01', priority: false }).ok).toBe(true);
  });

  it('Art. 6(1): training levels "áp dụng theo Thông tư số 112/2010/TTLT-BTC-BLĐTBXH …": not modelled, naming the circular', () => {
    const r = supportLevelAt('VOCATIONAL_TRAINING_COURSE', AT);
    expect(!r.ok && r.reason.code).toBe('level-set-by-reference');
    expect(!r.ok && r.reason.message.en).toBe(
      'The level of VOCATIONAL_TRAINING_COURSE on 2016-06-01 follows Circular 112/2010/TTLT-BTC-BLĐTBXH, 128/2012/TTLT-BTC-BLĐTBXH (Joint Circular 26/2014/TTLT-BTC-BCT, Art. 6(1)(b)); the library does not model that circular.',
    );
    expect(TTLT26_REFERENCED_LEVELS.map((x) => x.point)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']);
    expect(supportLevelAt('VOCATIONAL_TRAINING_COURSE', '2019-01-01')).toMatchObject({ ok: false, reason: { code: 'level-unknown' } });
  });

  it('refuses bad units and priority flags with their field', () => {
    for (const units of [0, 1.5, -1, '2', 1_000_001, Number.NaN]) {
      const r = safeParseSupportRequest({ item: 'CONSULTING', eligibleCost: money(1), at: AT, units });
      expect(r.success).toBe(false);
      expect(!r.success && r.error.issues.map((i) => [i.code, i.path])).toEqual([['policy.bad-units', ['units']]]);
    }
    const p = safeParseSupportRequest({ item: 'CONSULTING', eligibleCost: money(1), at: AT, priority: 'yes' });
    expect(!p.success && p.error.issues[0]?.code).toBe('policy.bad-priority');
    expect(() => computeSupport({ item: 'CONSULTING', eligibleCost: money(1), at: AT, units: 0 })).toThrow(KhuyenCongError);
    expect(support('CONSULTING', 10 * tr, { units: 1_000_000 }).support.dong).toBe(5 * tr);
  });
});

describe('TTLT 26/2014 Art. 6(3), 7 and 8(2)(b) as catalogue facts', () => {
  it('Art. 7: four conditions ("Nội dung phù hợp … Điều 4", "được cơ quan có thẩm quyền phê duyệt", "cam kết đầu tư đủ", "chưa được hỗ trợ")', () => {
    expect(SUPPORT_CONDITIONS_TTLT26.map((c) => [c.id, c.citation.article, c.citation.clause])).toEqual([
      ['CONTENT_AND_INDUSTRY_FIT', 7, 1],
      ['APPROVED_BY_COMPETENT_BODY', 7, 2],
      ['COUNTERPART_FUNDING', 7, 3],
      ['NO_DOUBLE_FUNDING', 7, 4],
    ]);
  });

  it('Art. 8(2)(b): advances "không quá 70% tổng kinh phí khuyến công hỗ trợ"', () => {
    expect(ADVANCE_CEILING_TTLT26.maxShare.ratio.toString()).toBe('0.7');
    expect(ADVANCE_CEILING_TTLT26.citation).toMatchObject({ instrument: 'TTLT-26-2014-BTC-BCT', article: 8, clause: 2, point: 'b', confidence: 'verified-from-text' });
    expect([ADVANCE_CEILING_TTLT26.validFrom, ADVANCE_CEILING_TTLT26.validTo]).toEqual(['2014-04-08', '2018-05-10']);
  });

  it('Art. 6(3): "Ủy ban nhân dân cấp tỉnh … quy định mức hỗ trợ" (a); "Hội đồng nhân dân … quy định các nội dung, hình thức hỗ trợ khác" (b)', () => {
    expect(LOCAL_LEVEL_FACTS_TTLT26.map((f) => [f.id, f.citation.clause, f.citation.point])).toEqual([
      ['PROVINCE_SETS_LOCAL_LEVELS', 3, 'a'],
      ['COUNCIL_MAY_ADD_CONTENTS', 3, 'b'],
    ]);
  });
});

describe('Decree 45/2012 Art. 6 and Circular 46/2012 (original wording)', () => {
  it('Art. 6(1) areas ("huyện vùng cao, hải đảo, biên giới đất liền; vùng đồng bào dân tộc thiểu số; các huyện nghèo") and 6(2) industries', () => {
    const areas = PRIORITY_FLAGS_2012.filter((f) => f.kind === 'area');
    expect(areas.map((a) => a.id).sort()).toEqual(
      ['DIFFICULT_OR_EXTREMELY_DIFFICULT_AREA', 'ETHNIC_MINORITY_AREA', 'HIGHLAND_ISLAND_BORDER_DISTRICT', 'NEW_RURAL_COMMUNE', 'POOR_DISTRICT'],
    );
    for (const a of areas) expect(a.citation).toMatchObject({ instrument: 'ND-45-2012', article: 6, clause: 1, confidence: 'verified-from-text' });
    // TT 46 Art. 6(3)(a): areas in order a → d, then industries "Điểm b, sau đó đến Điểm a".
    const ranks = Object.fromEntries(PRIORITY_FLAGS_2012.map((f) => [f.id, f.rank]));
    expect(ranks['HIGHLAND_ISLAND_BORDER_DISTRICT']).toBeLessThan(ranks['POOR_DISTRICT'] ?? 0);
    expect(ranks['POOR_DISTRICT']).toBeLessThan(ranks['NEW_RURAL_COMMUNE'] ?? 0);
    expect(ranks['NEW_RURAL_COMMUNE']).toBeLessThan(ranks['DIFFICULT_OR_EXTREMELY_DIFFICULT_AREA'] ?? 0);
    expect(ranks['DIFFICULT_OR_EXTREMELY_DIFFICULT_AREA']).toBeLessThan(ranks['TYPICAL_KEY_EXPORT_LOCAL_MATERIALS_LABOUR'] ?? 0);
    expect(PRIORITY_FLAGS_2012.find((f) => f.id === 'TYPICAL_KEY_EXPORT_LOCAL_MATERIALS_LABOUR')?.citation.point).toBe('b');
    expect(ranks['TYPICAL_KEY_EXPORT_LOCAL_MATERIALS_LABOUR']).toBeLessThan(ranks['MECHANICAL_AGRI_CHEMICALS_PROCESSING_SUPPORTING_CLEANER'] ?? 0);
  });

  it('funding is Chương IV, Art. 11–14: "Kinh phí khuyến công quốc gia" (11(1)), "… địa phương" (11(2)), "Tài trợ và đóng góp" (12(1)(b))', () => {
    const cite = (id: string) => FUND_SOURCES.find((f) => f.id === id)?.citation;
    expect(cite('NATIONAL')).toMatchObject({ instrument: 'ND-45-2012', article: 11, clause: 1, confidence: 'verified-from-text' });
    expect(cite('LOCAL')).toMatchObject({ instrument: 'ND-45-2012', article: 11, clause: 2, confidence: 'verified-from-text' });
    expect(cite('OTHER_LAWFUL')).toMatchObject({ instrument: 'ND-45-2012', article: 12, clause: 1 });
  });

  it('Art. 5 industries: Điều 5 khoản 1, verified from the text', () => {
    for (const i of INDUSTRIES.filter((x) => x.validTo !== null)) {
      expect(i.citation).toMatchObject({ instrument: 'ND-45-2012', article: 5, clause: 1, confidence: 'verified-from-text' });
      expect(i.citation.articleConfirmed).toBeUndefined();
    }
  });

  it('TT 46 Art. 5(1) "không hỗ trợ … gạch đất sét nung … lò thủ công cải tiến, lò vòng"; Art. 4(1)(b) "không quá 2 lần/năm"', () => {
    expect(TT46_LIMITS.find((l) => l.id === 'NO_CLAY_BRICK_KILNS')?.citation).toMatchObject({ instrument: 'TT-46-2012-BCT', article: 5, clause: 1 });
    const fairs = TT46_LIMITS.find((l) => l.id === 'FAIRS_ABROAD_TWICE_A_YEAR');
    expect(fairs?.maxPerYear).toBe(2);
    expect(fairs?.citation).toMatchObject({ article: 4, clause: 1, point: 'b' });
    expect(fairs?.validFrom).toBe('2013-02-10');
  });
});

describe('Circular 26/2014/TT-BCT, original wording (2014-10-21 → 2018-08-15)', () => {
  it('Art. 17(1) "điểm bình quân đạt từ 70 điểm trở lên"; Art. 14 every 2 years, "năm lẻ" / "năm chẵn"; Art. 20: 15 and 10 working days', () => {
    const r = TYPICAL_PRODUCT_RULES_TT26;
    expect(r.passMarkAverage).toBe(70);
    expect(r.citations.passMark).toMatchObject({ article: 17, clause: 1, confidence: 'verified-from-text' });
    expect(r.periodicity).toEqual({ everyYears: 2, districtAndProvince: 'odd', regionAndNational: 'even' });
    expect([r.complaintWorkingDays, r.settlementWorkingDays]).toEqual([15, 10]);
    expect([r.validFrom, r.validTo]).toEqual(['2014-10-21', '2018-08-15']);
  });

  it('Art. 17(3): valid "đến hết ngày 31 tháng 12 của năm thứ 3 (tính từ năm cơ sở được cấp …)"', () => {
    expect(certificateValidUntil('2015-11-20')).toBe('2017-12-31');
    expect(certificateValidUntil('2014-10-21')).toBe('2016-12-31');
    expect(certificateValidUntil('2018-08-15')).toBe('2020-12-31');
    expect(certificateValidUntil('2018-08-16')).toBeNull();
    expect(certificateValidUntil('2014-10-20')).toBeNull();
    expect(() => certificateValidUntil('2015-02-30')).toThrow(KhuyenCongError);
  });

  it('levels, regions and groups are read from Art. 3(1) and Art. 5', () => {
    expect(TYPICAL_PRODUCT_REGIONS.every((x) => x.citation.confidence === 'verified-from-text')).toBe(true);
    expect(TYPICAL_PRODUCT_GROUPS.every((x) => x.citation.article === 5)).toBe(true);
  });
});
