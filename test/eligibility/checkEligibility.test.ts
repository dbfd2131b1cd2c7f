/**
 * The eligibility decision table, written from the articles listed in docs/legal-sources.md ("Beneficiaries and
 * places"), not from the code: each case
 * gives the facts, the date, the expected outcome, the deciding rule and the clause that decides it.
 * Dates: 2025-10-14 is the last day of the 2012 text, 2025-10-15 the first day of NĐ 235/2025 (§2.1).
 */
import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { checkEligibility, checkEligibilityMany, type Applicant, type EligibilityOutcome, type RuleId } from '../../src/eligibility/index.js';
import type { Citation } from '../../src/policy/citation.js';

const OLD = '2025-10-14';
const NEW = '2025-10-15';
const A = 'RURAL_INDUSTRIAL_ESTABLISHMENT' as const;
const base: Applicant = { group: A, legalForm: 'BUSINESS_HOUSEHOLD', location: { unitKind: 'XA', centrallyRunCity: false }, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING' };
const at = (loc: NonNullable<Applicant['location']>): Applicant => ({ ...base, location: loc });

// Citations (docs/legal-sources.md, "Beneficiaries and places", "Support levels", "Pháp điển reproduction"):
// NĐ 45 Art. 1(2)(a) (verified), as amended by NĐ 235 (verified S10), Art. 5(1) industry points a–g (verified, S59),
// founding support (TTLT 26 Art. 6(2)(a); TT 28 Art. 8), selection (TT 26/2014), appraisal (TT 36/2013 Art. 9).
const P_A_2012: Partial<Citation> = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a' };
const P_A_2025: Partial<Citation> = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', asAmendedBy: 'ND-235-2025' };
const SUBJECTS_2012: Partial<Citation> = { instrument: 'ND-45-2012', article: 1, clause: 2 };
const P_B_2025: Partial<Citation> = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'b', asAmendedBy: 'ND-235-2025' };
// NĐ 45/2012 Điều 5 "Danh mục ngành, nghề được hưởng chính sách khuyến công" khoản 1, read in the text (S59).
const IND = (point: string): Partial<Citation> => ({ instrument: 'ND-45-2012', article: 5, clause: 1, point, confidence: 'verified-from-text' });
const ND235: Partial<Citation> = { instrument: 'ND-235-2025', confidence: 'secondary' };

type Case = readonly [name: string, applicant: Applicant, at: string, outcome: EligibilityOutcome, rule: RuleId, citation: Partial<Citation>];

const CASES: readonly Case[] = [
  // Legal form × regime (§1.3 a; §2.3 a adds unions of cooperatives; large enterprises are not CNNT establishments).
  ['SME (small enterprise), 2012', { ...base, legalForm: 'ENTERPRISE', sizeClass: 'SMALL' }, OLD, 'eligible', 'beneficiary.legal-form', P_A_2012],
  ['SME (medium enterprise), 2025', { ...base, legalForm: 'ENTERPRISE', sizeClass: 'MEDIUM' }, NEW, 'eligible', 'beneficiary.legal-form', P_A_2025],
  ['large enterprise, 2012', { ...base, legalForm: 'ENTERPRISE', sizeClass: 'LARGE' }, OLD, 'ineligible', 'beneficiary.legal-form', P_A_2012],
  ['large enterprise, 2025', { ...base, legalForm: 'ENTERPRISE', sizeClass: 'LARGE' }, NEW, 'ineligible', 'beneficiary.legal-form', P_A_2025],
  ['cooperative, 2012', { ...base, legalForm: 'COOPERATIVE' }, OLD, 'eligible', 'beneficiary.legal-form', P_A_2012],
  ['cooperative, 2025', { ...base, legalForm: 'COOPERATIVE' }, NEW, 'eligible', 'beneficiary.legal-form', P_A_2025],
  ['cooperative group, 2012', { ...base, legalForm: 'COOPERATIVE_GROUP' }, OLD, 'eligible', 'beneficiary.legal-form', P_A_2012],
  ['cooperative group, 2025', { ...base, legalForm: 'COOPERATIVE_GROUP' }, NEW, 'eligible', 'beneficiary.legal-form', P_A_2025],
  ['business household, 2012', base, OLD, 'eligible', 'beneficiary.legal-form', P_A_2012],
  ['business household, 2025', base, NEW, 'eligible', 'beneficiary.legal-form', P_A_2025],
  ['union of cooperatives, 2025-10-14: not yet', { ...base, legalForm: 'UNION_OF_COOPERATIVES' }, OLD, 'ineligible', 'beneficiary.legal-form', P_A_2012],
  ['union of cooperatives, 2025-10-15: added', { ...base, legalForm: 'UNION_OF_COOPERATIVES' }, NEW, 'eligible', 'beneficiary.legal-form', P_A_2025],
  ['other organisation, 2012', { ...base, legalForm: 'OTHER_ORGANISATION' }, OLD, 'ineligible', 'beneficiary.legal-form', P_A_2012],
  ['other organisation, 2025', { ...base, legalForm: 'OTHER_ORGANISATION' }, NEW, 'ineligible', 'beneficiary.legal-form', P_A_2025],
  ['individual, 2012', { ...base, legalForm: 'INDIVIDUAL' }, OLD, 'ineligible', 'beneficiary.legal-form', P_A_2012],
  ['individual, 2025', { ...base, legalForm: 'INDIVIDUAL' }, NEW, 'ineligible', 'beneficiary.legal-form', P_A_2025],
  ['enterprise of unknown size', { ...base, legalForm: 'ENTERPRISE' }, OLD, 'needs-review', 'beneficiary.legal-form', P_A_2012],
  // Location kind × regime (§1.3 a; §2.3 a; §8.2).
  ['huyện, 2012', at({ unitKind: 'HUYEN' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['thị xã, 2012', at({ unitKind: 'THI_XA' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['thị trấn, 2012', at({ unitKind: 'THI_TRAN' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['xã, 2012', at({ unitKind: 'XA' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['quận, 2012', at({ unitKind: 'QUAN' }), OLD, 'ineligible', 'beneficiary.location', P_A_2012],
  ['ward of a thị xã, 2012', at({ unitKind: 'PHUONG', wardParent: 'THI_XA' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a type-2 city, 2012', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_2' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a type-3 city, 2012', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_3' }), OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a special-class city, 2012', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'SPECIAL' }), OLD, 'ineligible', 'beneficiary.location', P_A_2012],
  // TT 46/2012 Art. 3(1)(đ): the five years run from the conversion decision's effect "đến ngày 31 tháng 12 của
  // năm trước liền kề với năm xây dựng kế hoạch" — to 31 December before the plan year, not to the evaluation date.
  ['ward of a type-1 city converted 2021-01-01, plan year 2026 (to 2025-12-31: < 5 years), 2012', { ...at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2021-01-01' }), planYear: 2026 }, OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a type-1 city converted 2020-12-31, plan year 2026 (exactly 5 years to 2025-12-31: "chưa quá 05 năm")', { ...at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2020-12-31' }), planYear: 2026 }, OLD, 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a type-1 city converted 2020-12-30, plan year 2026 (more than 5 years to 2025-12-31)', { ...at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2020-12-30' }), planYear: 2026 }, OLD, 'ineligible', 'beneficiary.location', P_A_2012],
  // The audit's example: converted 2015-03-01, plan built in 2020 → counted to 2019-12-31, 4 years 10 months,
  // eligible although the evaluation date (2020-06-01) is more than five years after the conversion.
  ['ward of a type-1 city converted 2015-03-01, plan year 2020, evaluated 2020-06-01', { ...at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2015-03-01' }), planYear: 2020 }, '2020-06-01', 'eligible', 'beneficiary.location', P_A_2012],
  ['ward of a type-1 city converted 2015-03-01, plan year missing', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2015-03-01' }), '2020-06-01', 'needs-review', 'beneficiary.location', P_A_2012],
  ['ward of a type-1 city, conversion date missing', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1' }), OLD, 'needs-review', 'beneficiary.location', P_A_2012],
  ['ward of a type-1 city converted after the date', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2025-12-01' }), OLD, 'needs-review', 'beneficiary.location', P_A_2012],
  ['special zone, 2012 (not a unit of the 2012 list)', at({ unitKind: 'DAC_KHU' }), OLD, 'needs-review', 'beneficiary.location', P_A_2012],
  ['commune of a province, 2025', at({ unitKind: 'XA', centrallyRunCity: false }), NEW, 'eligible', 'beneficiary.location', P_A_2025],
  ['commune of a centrally-run city, 2025', at({ unitKind: 'XA', centrallyRunCity: true }), NEW, 'eligible', 'beneficiary.location', P_A_2025],
  ['ward of a province, 2025', at({ unitKind: 'PHUONG', centrallyRunCity: false }), NEW, 'eligible', 'beneficiary.location', P_A_2025],
  ['ward of a centrally-run city, 2025', at({ unitKind: 'PHUONG', centrallyRunCity: true, inRecognisedCraftVillage: false }), NEW, 'ineligible', 'beneficiary.location', P_A_2025],
  ['ward of a centrally-run city in a recognised craft village, 2025', at({ unitKind: 'PHUONG', centrallyRunCity: true, inRecognisedCraftVillage: true }), NEW, 'eligible', 'beneficiary.location', P_A_2025],
  ['ward of a centrally-run city, craft village unknown, 2025', at({ unitKind: 'PHUONG', centrallyRunCity: true }), NEW, 'needs-review', 'beneficiary.location', P_A_2025],
  ['special zone of a province, 2025', at({ unitKind: 'DAC_KHU', centrallyRunCity: false }), NEW, 'eligible', 'beneficiary.location', P_A_2025],
  ['quận, 2025 (district level abolished)', at({ unitKind: 'QUAN', inRecognisedCraftVillage: false }), NEW, 'needs-review', 'beneficiary.location', P_A_2025],
  ['huyện, 2025 (district level abolished)', at({ unitKind: 'HUYEN', inRecognisedCraftVillage: false }), NEW, 'needs-review', 'beneficiary.location', P_A_2025],
  ['ward of a type-2 city on 2025-10-15 (old facts, new rules): province unknown', at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_2', inRecognisedCraftVillage: false }), NEW, 'needs-review', 'beneficiary.location', P_A_2025],
  // Groups (§1.3 b, c; §2.3 b; c not read).
  ['cluster-infrastructure investor, 2012', { group: 'CCN_INFRA_INVESTOR', legalForm: 'ENTERPRISE' }, OLD, 'ineligible', 'beneficiary.group', SUBJECTS_2012],
  ['cluster-infrastructure investor (large enterprise), 2025', { group: 'CCN_INFRA_INVESTOR', legalForm: 'ENTERPRISE', sizeClass: 'LARGE' }, NEW, 'eligible', 'beneficiary.group', P_B_2025],
  ['cluster-infrastructure investor as a household, 2025', { group: 'CCN_INFRA_INVESTOR', legalForm: 'BUSINESS_HOUSEHOLD' }, NEW, 'ineligible', 'beneficiary.legal-form', P_B_2025],
  ['cleaner-production establishment in a quận (no place limit), 2012', { group: 'CLEANER_PRODUCTION_ESTABLISHMENT', legalForm: 'ENTERPRISE', sizeClass: 'LARGE', location: { unitKind: 'QUAN' } }, OLD, 'eligible', 'industry', IND('g')],
  ['service provider, 2012', { group: 'KC_MANAGER_OR_SERVICE_PROVIDER' }, OLD, 'eligible', 'beneficiary.group', { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'c' }],
  ['service provider, 2025 (amended point c not read)', { group: 'KC_MANAGER_OR_SERVICE_PROVIDER' }, NEW, 'needs-review', 'beneficiary.group', { instrument: 'ND-45-2012', article: 1, clause: 2, asAmendedBy: 'ND-235-2025' }],
  ['artisan, 2012', { group: 'ARTISAN' }, OLD, 'ineligible', 'beneficiary.group', SUBJECTS_2012],
  ['artisan, 2025', { group: 'ARTISAN' }, NEW, 'eligible', 'beneficiary.group', ND235],
  // Industry (§1.6; §2.4).
  ['mining in a difficult area, 2012', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA', difficulty: 'DIFFICULT' } }, OLD, 'eligible', 'industry', IND('e')],
  ['mining in an extremely difficult area, 2012', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA', difficulty: 'EXTREMELY_DIFFICULT' } }, OLD, 'eligible', 'industry', IND('e')],
  ['mining outside difficult areas, 2012', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA', difficulty: 'NONE' } }, OLD, 'ineligible', 'industry', IND('e')],
  ['mining, area class missing, 2012', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA' } }, OLD, 'needs-review', 'industry', { instrument: 'ND-45-2012', article: 5, confidence: 'verified-from-text' }],
  ['mining in a difficult area, 2025 (amended list not read)', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA', centrallyRunCity: false, difficulty: 'DIFFICULT' } }, NEW, 'needs-review', 'industry', ND235],
  ['mining outside difficult areas, 2025 (amended list not read)', { ...base, industry: 'MINING_IN_DIFFICULT_AREAS', location: { unitKind: 'XA', centrallyRunCity: false, difficulty: 'NONE' } }, NEW, 'needs-review', 'industry', ND235],
  ['handicraft, 2012', { ...base, industry: 'HANDICRAFT' }, OLD, 'eligible', 'industry', IND('đ')],
  ['high-tech, 2012 (not named: which point?)', { ...base, industry: 'HIGH_TECH' }, OLD, 'needs-review', 'industry', { instrument: 'ND-45-2012' }],
  ['high-tech, 2025 (added)', { ...base, industry: 'HIGH_TECH' }, NEW, 'eligible', 'industry', ND235],
  ['an industry outside the list, 2012', { ...base, industry: 'OTHER' }, OLD, 'ineligible', 'industry', { instrument: 'ND-45-2012' }],
  ['an industry outside the list, 2025', { ...base, industry: 'OTHER' }, NEW, 'ineligible', 'industry', ND235],
  // Items (§3: founding support only in difficult areas; §6: selection levels; §4.2: appraisal).
  ['founding support in a difficult area, TT 28/2018, approved', { ...base, location: { unitKind: 'XA', difficulty: 'DIFFICULT' }, requestedItem: 'ENTERPRISE_FOUNDING', appraisal: { decision: 'approved' } }, '2019-03-01', 'eligible', 'item.enterprise-founding', { instrument: 'TT-28-2018-BTC', article: 8 }],
  ['founding support outside difficult areas, TT 28/2018', { ...base, location: { unitKind: 'XA', difficulty: 'NONE' }, requestedItem: 'ENTERPRISE_FOUNDING' }, '2019-03-01', 'ineligible', 'item.enterprise-founding', { instrument: 'TT-28-2018-BTC' }],
  ['founding support outside difficult areas, TTLT 26/2014', { ...base, location: { unitKind: 'XA', difficulty: 'NONE' }, requestedItem: 'ENTERPRISE_FOUNDING' }, '2016-01-01', 'ineligible', 'item.enterprise-founding', { instrument: 'TTLT-26-2014-BTC-BCT' }],
  ['founding support in a difficult area, TTLT 26/2014, approved', { ...base, location: { unitKind: 'XA', difficulty: 'EXTREMELY_DIFFICULT' }, requestedItem: 'ENTERPRISE_FOUNDING', appraisal: { decision: 'approved' } }, '2016-01-01', 'eligible', 'item.enterprise-founding', { instrument: 'TTLT-26-2014-BTC-BCT' }],
  ['founding support before TTLT 26/2014 (not modelled)', { ...base, location: { unitKind: 'XA', difficulty: 'DIFFICULT' }, requestedItem: 'ENTERPRISE_FOUNDING', appraisal: { decision: 'approved' } }, '2013-06-01', 'needs-review', 'item.enterprise-founding', { instrument: 'TTLT-26-2014-BTC-BCT' }],
  ['machinery đề án awaiting appraisal (discretionary)', { ...base, requestedItem: 'MACHINERY_APPLICATION' }, '2024-01-01', 'needs-review', 'item.appraisal', { instrument: 'TT-36-2013-BCT', article: 8 }],
  ['machinery đề án rejected by the council', { ...base, requestedItem: 'MACHINERY_APPLICATION', appraisal: { decision: 'rejected' } }, '2024-01-01', 'ineligible', 'item.appraisal', { instrument: 'TT-36-2013-BCT', article: 8 }],
  ['district-level selection entry, 2024 (entry level)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'DISTRICT', certificateLevel: 'NONE' } }, '2024-05-01', 'eligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
  ['district-level selection entry, 2025-08 (abolished)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'DISTRICT' } }, '2025-08-01', 'ineligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT', asAmendedBy: 'TT-38-2025-BCT' }],
  ['commune-level selection entry, 2025-08 (entry level)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'COMMUNE' } }, '2025-08-01', 'eligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT', asAmendedBy: 'TT-38-2025-BCT' }],
  ['provincial entry with a district certificate, 2024', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'DISTRICT' } }, '2024-05-01', 'eligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
  // TT 26/2014 Art. 12(2)(d): "Trong trường hợp không tổ chức bình chọn cấp huyện" the establishment enters the
  // provincial round through the district People's Committee: no district certificate is needed then.
  ['provincial entry without a certificate, a district round was held (Art. 12(2)(b))', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'NONE', lowerRoundHeld: true } }, '2024-05-01', 'ineligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT', article: 12, clause: 2, point: 'b' }],
  ['provincial entry without a certificate, no district round held (Art. 12(2)(d))', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'NONE', lowerRoundHeld: false } }, '2024-05-01', 'eligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT', article: 12, clause: 2, point: 'd', confidence: 'verified-from-text' }],
  ['provincial entry without a certificate, whether a district round was held unknown', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'NONE' } }, '2024-05-01', 'needs-review', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
  ['provincial entry without a certificate after 2025-07-01, no commune round (TT 38/2025 not read)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'NONE', lowerRoundHeld: false } }, '2025-08-01', 'needs-review', 'item.typical-product-entry', { asAmendedBy: 'TT-38-2025-BCT' }],
  ['provincial entry with a district certificate after 2025-07-01 (transition not stated)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'PROVINCE', certificateLevel: 'DISTRICT' } }, '2025-08-01', 'needs-review', 'item.typical-product-entry', { asAmendedBy: 'TT-38-2025-BCT' }],
  ['regional entry with a provincial certificate', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'REGION', certificateLevel: 'PROVINCE' } }, '2024-05-01', 'eligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
  ['national entry with only a provincial certificate', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'NATIONAL', certificateLevel: 'PROVINCE' } }, '2024-05-01', 'ineligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
  ['selection entry by a cleaner-production establishment (TT 26/2014 Art. 1 scope)', { group: 'CLEANER_PRODUCTION_ESTABLISHMENT', requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'DISTRICT' } }, '2024-05-01', 'ineligible', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT', article: 1 }],
  ['selection entry before TT 26/2014 (not modelled)', { ...base, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct: { level: 'DISTRICT' } }, '2014-01-01', 'needs-review', 'item.typical-product-entry', { instrument: 'TT-26-2014-BCT' }],
];

function deciding(outcome: EligibilityOutcome, reasons: ReturnType<typeof checkEligibility>['reasons'], rule: RuleId) {
  const wanted = outcome === 'ineligible' ? ['failed'] : outcome === 'needs-review' ? ['unknown', 'review'] : ['passed'];
  return reasons.find((r) => r.rule === rule && wanted.includes(r.status));
}

describe('checkEligibility: decision table from the texts (docs/legal-sources.md)', () => {
  it.each(CASES)('%s', (_name, applicant, date, outcome, rule, citation) => {
    const r = checkEligibility(applicant, { at: date });
    expect(r.outcome).toBe(outcome);
    const reason = deciding(outcome, r.reasons, rule);
    expect(reason, `deciding reason ${rule}`).toBeDefined();
    expect(reason?.citation).toMatchObject(citation);
  });
});

describe('checkEligibility: examples', () => {
  it('TSDoc example: a household in a commune on 2025-10-15', () => {
    const r = checkEligibility(
      { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'BUSINESS_HOUSEHOLD', location: { unitKind: 'XA' }, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING' },
      { at: '2025-10-15' },
    );
    expect(r.outcome).toBe('eligible');
    expect(r.regime).toBe('ND45-as-amended-ND235');
    expect(r.missing).toEqual([]);
    expect(checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' }).outcome).toBe('ineligible');
    // Handicrafts are named in the 2012 list; the 2025 list was not read (§2.4): the engine does not guess.
    const h = checkEligibility({ ...base, location: { unitKind: 'XA' }, industry: 'HANDICRAFT' }, { at: '2025-10-15' });
    expect(h.outcome).toBe('needs-review');
    expect(h.missing).toEqual([]);
    expect(h.reasons.find((x) => x.rule === 'industry')?.status).toBe('review');
  });

  it('the regime switches between 2025-10-14 and 2025-10-15', () => {
    expect(checkEligibility(base, { at: OLD }).regime).toBe('ND45-2012');
    expect(checkEligibility(base, { at: NEW }).regime).toBe('ND45-as-amended-ND235');
    expect(checkEligibility(base, { at: '2012-07-05' }).regime).toBe('ND45-2012');
  });

  it('before NĐ 45/2012 (2012-07-04): needs review, no regime', () => {
    const r = checkEligibility(base, { at: '2012-07-04' });
    expect(r).toMatchObject({ outcome: 'needs-review', regime: null, missing: [] });
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]?.message.en).toBe(
      'The date is before 2012-07-05: the rules before Decree 45/2012/ND-CP (Decree 134/2004/ND-CP) are not modelled.',
    );
  });

  it('missing facts are listed as field paths, never guessed', () => {
    const r = checkEligibility({}, { at: OLD });
    expect(r.outcome).toBe('needs-review');
    expect(r.missing).toEqual([
      'group', 'legalForm', 'sizeClass', 'location.unitKind', 'location.wardParent', 'location.cityClass',
      'location.convertedFromCommuneOn', 'planYear', 'industry', 'location.difficulty', 'clayBrickKiln',
    ]);
    const loc = checkEligibility(at({ unitKind: 'PHUONG', wardParent: 'CITY' }), { at: OLD });
    expect(loc.missing).toEqual(['location.cityClass', 'location.convertedFromCommuneOn', 'planYear']);
    const reason = loc.reasons.find((x) => x.rule === 'beneficiary.location');
    expect(reason).toMatchObject({ status: 'unknown', row: null, missing: ['location.cityClass', 'location.convertedFromCommuneOn', 'planYear'] });
    // With the conversion date known, only the plan year is missing (TT 46/2012 Art. 3(1)(đ) counts to its eve).
    const ward = checkEligibility(at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2015-03-01' }), { at: OLD });
    expect(ward.missing).toEqual(['planYear']);
    expect(reason?.message).toEqual({ vi: 'Chưa đủ thông tin để kết luận.', en: 'Not enough facts to decide.' });
  });

  it('a fact that does not matter is not asked for (all candidate rows agree)', () => {
    // 2025: a commune is eligible whether the province is a centrally-run city or not.
    const r = checkEligibility(at({ unitKind: 'XA' }), { at: NEW });
    expect(r.outcome).toBe('eligible');
    expect(r.reasons.find((x) => x.rule === 'beneficiary.location')?.facts).toEqual({ group: A, 'location.unitKind': 'XA' });
  });

  it('a failed rule decides even when other facts are missing', () => {
    const r = checkEligibility({ group: A, location: { unitKind: 'QUAN' } }, { at: OLD });
    expect(r.outcome).toBe('ineligible');
    expect(r.missing).toEqual(['legalForm', 'sizeClass', 'industry', 'location.difficulty', 'clayBrickKiln']);
  });

  it('reasons carry the facts used, the row, the citation and both languages', () => {
    const r = checkEligibility({ ...at({ unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2021-01-01' }), planYear: 2026 }, { at: OLD });
    const loc = r.reasons.find((x) => x.rule === 'beneficiary.location');
    expect(loc).toMatchObject({
      table: 'ND45-2012/beneficiary.location',
      row: 11,
      status: 'passed',
      facts: {
        group: A,
        'location.unitKind': 'PHUONG',
        'location.wardParent': 'CITY',
        'location.cityClass': 'TYPE_1',
        'location.convertedFromCommuneOn': '2021-01-01',
        planYear: 2026,
      },
      message: {
        vi: 'Phường của thành phố loại I chuyển từ xã chưa quá 5 năm là địa bàn được hưởng.',
        en: 'A ward of a type-1 city converted from a commune not more than 5 years before is an eligible place.',
      },
    });
    expect(r.reasons[0]).toMatchObject({ rule: 'regime', status: 'passed', facts: { at: OLD } });
  });

  it('priority flags from 2025-10-15 only, and they do not decide eligibility', () => {
    const owned: Applicant = { ...base, owner: { womenOwned: true, ethnicMinorityOwned: true } };
    // 2012: no owner flags; NĐ 45/2012 Art. 6(2)(a) "công nghiệp chế biến nông - lâm - thủy sản" is a priority industry.
    expect(checkEligibility(owned, { at: OLD }).priorities.map((p) => p.id)).toEqual(['industry-agro-processing']);
    const r = checkEligibility(owned, { at: NEW });
    expect(r.priorities.map((p) => p.id)).toEqual(['women-owned', 'ethnic-minority-owned']);
    expect(r.priorities[0]).toMatchObject({ fact: 'owner.womenOwned', citation: { instrument: 'ND-235-2025', confidence: 'secondary' } });
    expect(checkEligibility({ ...owned, location: { unitKind: 'PHUONG', centrallyRunCity: true, inRecognisedCraftVillage: false } }, { at: NEW })).toMatchObject({
      outcome: 'ineligible',
    });
    expect(checkEligibility({ ...base, owner: { womenOwned: false } }, { at: NEW }).priorities).toEqual([]);
  });

  it('a value outside the vocabulary (unvalidated input) counts as missing', () => {
    const r = checkEligibility({ ...base, location: { unitKind: 'tinh' as never, convertedFromCommuneOn: 'soon' } }, { at: OLD });
    expect(r.outcome).toBe('needs-review');
    expect(r.missing).toContain('location.unitKind');
  });

  it('item rules apply only when an item is requested', () => {
    expect(checkEligibility(base, { at: '2024-01-01' }).reasons.map((x) => x.rule)).toEqual([
      'regime', 'beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry',
    ]);
    expect(checkEligibility({ ...base, requestedItem: 'MACHINERY_APPLICATION' }, { at: '2024-01-01' }).reasons.map((x) => x.rule)).toEqual([
      'regime', 'beneficiary.group', 'beneficiary.legal-form', 'beneficiary.location', 'industry', 'item.appraisal',
    ]);
  });

  it('throws a bilingual error naming `at` for a bad date', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '15/10/2025', '1899-12-31', '']) {
      expect(() => checkEligibility(base, { at: bad })).toThrow(KhuyenCongError);
    }
    try {
      checkEligibility(base, { at: '2025-02-29' });
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]).toMatchObject({
        code: 'date.invalid',
        path: ['at'],
        message: { vi: 'Ngày "2025-02-29" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31.', en: 'Invalid date "2025-02-29": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.' },
      });
    }
    expect(checkEligibility(base, { at: '2024-02-29' }).outcome).toBe('eligible');
    expect(() => checkEligibility(base, { at: 20251015 as never })).toThrow(KhuyenCongError);
  });
});

describe('checkEligibilityMany', () => {
  it('TSDoc example', () => {
    expect(
      checkEligibilityMany([{ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { group: 'CCN_INFRA_INVESTOR' }], { at: '2024-01-01' }).map(
        (r) => r.outcome,
      ),
    ).toEqual(['ineligible', 'ineligible']);
  });
  it('gives the same answers as checkEligibility, and checks the date', () => {
    const apps = CASES.map((c) => c[1]);
    expect(checkEligibilityMany(apps, { at: NEW })).toEqual(apps.map((a) => checkEligibility(a, { at: NEW })));
    expect(() => checkEligibilityMany(apps, { at: 'x' })).toThrow(KhuyenCongError);
  });
});

describe('2012 priorities (NĐ 45/2012 Art. 6; TT 46/2012 Art. 6) and clay bricks (TT 46/2012 Art. 5(1))', () => {
  it('flags the areas a→d, then the TT 46 Art. 6(2) industries, then NĐ 45 Art. 6(2)(a), in the order of TT 46 Art. 6(3)(a)', () => {
    const a: Applicant = {
      ...base,
      location: { unitKind: 'XA', difficulty: 'EXTREMELY_DIFFICULT', highlandIslandBorderOrEthnicMinority: true, poorDistrict: true, newRuralCommune: true },
      typicalProduct: { certificateLevel: 'PROVINCE' },
      // TT 46 Art. 6(2)(c): "sử dụng từ 50 lao động trở lên".
      priority: { exportProduct: true, localMaterials: true, workers: 50, supportingIndustryProduct: true },
    };
    const r = checkEligibility(a, { at: '2020-01-01' });
    expect(r.outcome).toBe('eligible');
    expect(r.priorities.map((p) => p.id)).toEqual([
      'area-highland-island-border-ethnic', 'area-poor-district', 'area-new-rural-commune', 'area-difficult',
      'industry-certified-typical-product', 'industry-export', 'industry-local-materials', 'industry-labour-intensive',
      'industry-supporting', 'industry-agro-processing',
    ]);
    expect(r.priorities[3]?.citation).toMatchObject({ instrument: 'ND-45-2012', article: 6, clause: 1 });
    expect(r.priorities[7]?.citation).toMatchObject({ instrument: 'TT-46-2012-BCT', article: 6, clause: 2, point: 'c' });
    // 49 workers is not "từ 50 lao động"; before TT 46/2012 took effect (2013-02-10) its definitions do not apply.
    expect(checkEligibility({ ...a, priority: { workers: 49 } }, { at: '2020-01-01' }).priorities.map((p) => p.id)).not.toContain('industry-labour-intensive');
    expect(checkEligibility(a, { at: '2013-02-09' }).priorities.map((p) => p.id)).toEqual([
      'area-highland-island-border-ethnic', 'area-poor-district', 'area-new-rural-commune', 'area-difficult', 'industry-agro-processing',
    ]);
  });

  it('TT 46/2012 Art. 5(1): "không hỗ trợ các cơ sở sản xuất gạch đất sét nung … lò thủ công cải tiến, lò vòng"', () => {
    const bricks: Applicant = { ...base, industry: 'AGRI_CHEMICALS_AND_BUILDING_MATERIALS' };
    const r = checkEligibility({ ...bricks, clayBrickKiln: true }, { at: '2020-01-01' });
    expect(r.outcome).toBe('ineligible');
    expect(r.reasons.find((x) => x.rule === 'industry.clay-brick-kiln')).toMatchObject({ status: 'failed', citation: { instrument: 'TT-46-2012-BCT', article: 5, clause: 1 } });
    expect(checkEligibility({ ...bricks, clayBrickKiln: false }, { at: '2020-01-01' }).outcome).toBe('eligible');
    const open = checkEligibility(bricks, { at: '2020-01-01' });
    expect(open.missing).toEqual(['clayBrickKiln']);
    // Before 2013-02-10 (TT 46/2012 Art. 11(1)) the rule is not in force.
    expect(checkEligibility({ ...bricks, clayBrickKiln: true }, { at: '2013-02-09' }).outcome).toBe('eligible');
    // Other industries are not concerned.
    expect(checkEligibility({ ...base, clayBrickKiln: true }, { at: '2020-01-01' }).outcome).toBe('eligible');
  });
});
