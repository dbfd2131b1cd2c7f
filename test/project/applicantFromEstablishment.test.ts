/**
 * A portal's establishment record (projects area) → applicant → checkEligibility (eligibility area), end to
 * end. Legal sources: NĐ 45/2012/NĐ-CP Art. 1(2)(a) (S01, S02) and as amended by NĐ 235/2025/NĐ-CP from
 * 2025-10-15 (S10: unions of cooperatives added; communes of centrally-run cities; wards of centrally-run
 * cities only inside a recognised craft village; priority for women-owned establishments, S11–S13).
 */
import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../src/eligibility/Applicant.js';
import { checkEligibility } from '../../src/eligibility/checkEligibility.js';
import type { EligibilityResult } from '../../src/eligibility/engine.js';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { applicantFromEstablishment } from '../../src/project/applicantFromEstablishment.js';
import { parseEstablishment, type Establishment, type EstablishmentJson } from '../../src/project/Establishment.js';

const A = 'RURAL_INDUSTRIAL_ESTABLISHMENT';

/** A women-owned union of cooperatives in a commune of Hà Nội (a centrally-run city), recorded on the 34-unit map. */
const unionJson: EstablishmentJson = {
  name: 'Liên hiệp HTX Nông sản Sóc Sơn',
  legalForm: 'UNION_OF_COOPERATIVES',
  location: { province: { code: '01', asOf: '2025-08-01' }, unitKind: 'XA', inRecognisedCraftVillage: false, difficulty: 'NONE' },
  industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
  owner: { womenOwned: true, ethnicMinorityOwned: false },
};

const reason = (r: EligibilityResult, rule: string) => r.reasons.find((x) => x.rule === rule);
const decide = (e: Establishment, at: string, extra: Omit<Parameters<typeof applicantFromEstablishment>[1], 'at'> = { group: A }) =>
  checkEligibility(applicantFromEstablishment(e, { at, ...extra }), { at });

describe('applicantFromEstablishment: parseEstablishment → applicant → checkEligibility', () => {
  const union = parseEstablishment(unionJson);

  it('copies every shared fact and derives centrallyRunCity from the geo registry (Hà Nội is a centrally-run city)', () => {
    expect(applicantFromEstablishment(union, { at: '2025-10-15', group: A })).toEqual({
      group: A,
      legalForm: 'UNION_OF_COOPERATIVES',
      location: { unitKind: 'XA', difficulty: 'NONE', centrallyRunCity: true, inRecognisedCraftVillage: false },
      industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
      owner: { womenOwned: true, ethnicMinorityOwned: false },
    } satisfies Applicant);
  });

  it('2025-10-14: a union of cooperatives is not a legal form of point a in the 2012 text → ineligible, cited', () => {
    const r = decide(union, '2025-10-14');
    expect(r.outcome).toBe('ineligible');
    const legal = reason(r, 'beneficiary.legal-form');
    expect(legal?.status).toBe('failed');
    expect(legal?.citation).toMatchObject({ instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a' });
    expect(legal?.citation.asAmendedBy).toBeUndefined();
    // No owner flags in the 2012 text; agro-processing is an NĐ 45/2012 Art. 6(2)(a) priority industry.
    expect(r.priorities.map((p) => p.id)).toEqual(['industry-agro-processing']);
  });

  it('2025-10-15: added by NĐ 235/2025 → eligible, cited, with the women-owned priority flag', () => {
    const r = decide(union, '2025-10-15');
    expect(r.outcome).toBe('eligible');
    expect(r.regime).toBe('ND45-as-amended-ND235');
    const legal = reason(r, 'beneficiary.legal-form');
    expect(legal?.status).toBe('passed');
    expect(legal?.citation).toMatchObject({ instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', asAmendedBy: 'ND-235-2025' });
    const place = reason(r, 'beneficiary.location');
    expect(place?.status).toBe('passed');
    // Communes of provinces and of centrally-run cities are both listed: the row does not read the province fact.
    expect(place?.facts).toMatchObject({ 'location.unitKind': 'XA' });
    expect(place?.message.en).toBe('Communes (of provinces or of centrally-run cities) are eligible places.');
    expect(r.priorities.map((p) => p.id)).toEqual(['women-owned']);
  });

  it('a ward of Hà Nội: 2025-10-15 ineligible outside a craft village; 2025-10-14 the 2012 ward facts are not in the record → missing', () => {
    const ward = parseEstablishment({ ...unionJson, legalForm: 'BUSINESS_HOUSEHOLD', location: { ...unionJson.location, unitKind: 'PHUONG' } });
    const after = decide(ward, '2025-10-15');
    expect(after.outcome).toBe('ineligible');
    expect(reason(after, 'beneficiary.location')?.message.en).toBe('A ward of a centrally-run city is eligible only inside a recognised craft village.');
    const before = decide(ward, '2025-10-14');
    expect(before.outcome).toBe('needs-review');
    expect(before.missing).toContain('location.wardParent');
  });

  it('an SME (ENTERPRISE + SMALL) passes the legal-form rule on both sides of 2025-10-15; a LARGE one fails', () => {
    const sme = parseEstablishment({ ...unionJson, legalForm: 'ENTERPRISE', sizeClass: 'SMALL' });
    expect(decide(sme, '2025-10-14').outcome).toBe('eligible');
    expect(decide(sme, '2025-10-15').outcome).toBe('eligible');
    const large = parseEstablishment({ ...unionJson, legalForm: 'ENTERPRISE', sizeClass: 'LARGE' });
    expect(reason(decide(large, '2025-10-15'), 'beneficiary.legal-form')?.message.en).toBe('A large enterprise is not a rural industrial establishment.');
  });

  it('absent facts stay absent: no size class, no group → the engine reports them missing', () => {
    const enterprise = parseEstablishment({ ...unionJson, legalForm: 'ENTERPRISE' });
    const a = applicantFromEstablishment(enterprise, { at: '2025-10-15' });
    expect('sizeClass' in a).toBe(false);
    expect('group' in a).toBe(false);
    expect(checkEligibility(a, { at: '2025-10-15' }).missing).toContain('group');
    const r = decide(enterprise, '2025-10-15');
    expect(r.outcome).toBe('needs-review');
    expect(r.missing).toEqual(['sizeClass']);
  });

  it('a record on the 63-unit map evaluated after 2025-07-01: the commune-level facts are left out, the province kind follows the successor', () => {
    // Bình Dương (74, a province) became part of Hồ Chí Minh City (79, centrally-run) on 2025-07-01.
    const old = parseEstablishment({ ...unionJson, location: { ...unionJson.location, province: { code: '74', asOf: '2024-03-01' } } });
    const a = applicantFromEstablishment(old, { at: '2025-10-15', group: A });
    expect(a.location).toEqual({ centrallyRunCity: true, inRecognisedCraftVillage: false });
    const r = checkEligibility(a, { at: '2025-10-15' });
    expect(r.outcome).toBe('needs-review');
    expect(r.missing).toContain('location.unitKind');
    // The same record on a date of its own map keeps everything; Bình Dương was a province.
    expect(applicantFromEstablishment(old, { at: '2024-03-01' }).location).toEqual({
      unitKind: 'XA',
      difficulty: 'NONE',
      centrallyRunCity: false,
      inRecognisedCraftVillage: false,
    });
  });

  it('a record on the 34-unit map evaluated before 2025-07-01: the province kind of the predecessors, when they agree', () => {
    const at = '2024-06-01';
    const on = (code: string) => applicantFromEstablishment(parseEstablishment({ ...unionJson, location: { ...unionJson.location, province: { code, asOf: '2025-08-01' } } }), { at }).location;
    expect(on('01')?.centrallyRunCity).toBe(true); // Hà Nội
    expect(on('46')?.centrallyRunCity).toBe(false); // Thừa Thiên Huế was a province until 2024-12-31
    expect(on('79')).not.toHaveProperty('centrallyRunCity'); // Bà Rịa - Vũng Tàu, Bình Dương (provinces) + Hồ Chí Minh (city)
    expect(on('79')).not.toHaveProperty('unitKind');
    // Before the registry's coverage (2008-08-01) the kind is not known.
    expect(applicantFromEstablishment(union, { at: '2008-01-01' }).location).toEqual({ inRecognisedCraftVillage: false });
  });

  it("copies the application's own facts from the options, as new objects", () => {
    const typicalProduct = { level: 'COMMUNE', certificateLevel: 'NONE' } as const;
    const appraisal = { decision: 'approved' } as const;
    const a = applicantFromEstablishment(union, { at: '2025-10-15', group: A, requestedItem: 'TYPICAL_PRODUCT_ENTRY', typicalProduct, appraisal });
    expect(a.requestedItem).toBe('TYPICAL_PRODUCT_ENTRY');
    expect(a.typicalProduct).toEqual(typicalProduct);
    expect(a.typicalProduct).not.toBe(typicalProduct);
    expect(a.appraisal).toEqual(appraisal);
    expect(a.appraisal).not.toBe(appraisal);
  });

  it('throws date.invalid (the one date check) for a date that does not exist', () => {
    expect(() => applicantFromEstablishment(union, { at: '2025-02-29' })).toThrow(KhuyenCongError);
    try {
      applicantFromEstablishment(union, { at: '2025-02-29' });
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]?.code).toBe('date.invalid');
      expect((e as KhuyenCongError).issues[0]?.path).toEqual(['at']);
    }
    expect(() => applicantFromEstablishment(union, null as never)).toThrow(KhuyenCongError);
  });

  it('refuses a value that is not a parsed establishment, never a TypeError; passes the plan year on', () => {
    for (const bad of [null, 5, 'x', {}, { location: {} }, { location: { province: { asOf: '2025-01-01' } } }]) {
      try {
        applicantFromEstablishment(bad as never, { at: '2025-10-15' });
        expect.fail('expected a KhuyenCongError');
      } catch (e) {
        expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'project.invalid-establishment', path: ['establishment'] });
      }
    }
    expect(applicantFromEstablishment(union, { at: '2025-10-15', planYear: 2026 }).planYear).toBe(2026);
  });

  it('the TSDoc example: the same record is ineligible on 2025-10-14 and eligible on 2025-10-15', () => {
    const at = '2025-10-15';
    expect(checkEligibility(applicantFromEstablishment(union, { at, group: A }), { at }).outcome).toBe('eligible');
    expect(decide(union, '2025-10-14').outcome).toBe('ineligible');
  });

  it('an unparsed record with a province code unknown to its map: the province kind is left absent, nothing is guessed', () => {
    const bad = (code: string, asOf: string) =>
      ({ ...union, location: { ...union.location, province: { code, asOf } } }) as unknown as Establishment;
    expect(applicantFromEstablishment(bad('99', '2024-03-01'), { at: '2025-10-15' }).location).not.toHaveProperty('centrallyRunCity');
    expect(applicantFromEstablishment(bad('99', '2025-08-01'), { at: '2024-03-01' }).location).not.toHaveProperty('centrallyRunCity');
  });
});
