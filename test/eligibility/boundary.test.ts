import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { conversionCountEnd } from '../../src/eligibility/inputs.js';
import {
  ApplicantSchema,
  checkEligibility,
  checkEligibilityMany,
  eligibleItems,
  explain,
  parseApplicant,
  parseTrace,
  safeParseApplicant,
  safeParseTrace,
  toTrace,
  TRACE_SCHEMA_VERSION,
  traceJsonSchema,
  type Applicant,
} from '../../src/eligibility/index.js';

const base: Applicant = {
  group: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
  legalForm: 'COOPERATIVE',
  location: { unitKind: 'XA', difficulty: 'NONE' },
  industry: 'HANDICRAFT',
};

describe('parseApplicant / safeParseApplicant', () => {
  it('TSDoc examples', () => {
    expect(parseApplicant({ location: { unitKind: 'XA' } }).location?.unitKind).toBe('XA');
    // The shared converter's code and message (src/schema), the field in the path.
    expect(() => parseApplicant({ location: { unitKind: 'tinh' } })).toThrow(
      'location.unitKind: Giá trị không hợp lệ; cho phép: "XA", "PHUONG", "THI_TRAN", "DAC_KHU", "HUYEN", "THI_XA", "QUAN". / Invalid value; allowed: "XA", "PHUONG", "THI_TRAN", "DAC_KHU", "HUYEN", "THI_XA", "QUAN".',
    );
    expect(safeParseApplicant({ sizeClass: 'huge' }).success).toBe(false);
  });

  it('accepts a full applicant and returns a new object', () => {
    const input = {
      group: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
      legalForm: 'ENTERPRISE',
      sizeClass: 'SMALL',
      location: {
        unitKind: 'PHUONG',
        wardParent: 'CITY',
        cityClass: 'TYPE_1',
        convertedFromCommuneOn: '2021-01-01',
        centrallyRunCity: false,
        inRecognisedCraftVillage: false,
        difficulty: 'NONE',
      },
      industry: 'HANDICRAFT',
      owner: { womenOwned: true, ethnicMinorityOwned: false },
      requestedItem: 'TYPICAL_PRODUCT_ENTRY',
      typicalProduct: { level: 'PROVINCE', certificateLevel: 'DISTRICT' },
      appraisal: { decision: 'approved' },
    };
    const r = safeParseApplicant(input);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data).toEqual(input);
      expect(r.data).not.toBe(input);
    }
  });

  it('names every bad field in both languages', () => {
    const r = safeParseApplicant({ group: 'SME', location: { unitKind: 'XA', foo: 1, convertedFromCommuneOn: '2023-02-29', centrallyRunCity: 'yes' }, extra: true, owner: 3 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i]));
    expect(Object.keys(byPath).sort()).toEqual(['extra', 'group', 'location.centrallyRunCity', 'location.convertedFromCommuneOn', 'location.foo', 'owner']);
    expect(byPath['group']?.code).toBe('schema.invalid-value');
    expect(byPath['group']?.message.vi).toBe(
      'Giá trị không hợp lệ; cho phép: "RURAL_INDUSTRIAL_ESTABLISHMENT", "CLEANER_PRODUCTION_ESTABLISHMENT", "KC_MANAGER_OR_SERVICE_PROVIDER", "CCN_INFRA_INVESTOR", "ARTISAN".',
    );
    expect(byPath['location.foo']?.code).toBe('schema.unknown-key');
    expect(byPath['location.foo']?.message).toEqual({
      vi: 'Trường "foo" không được phép ở đây (đối tượng chặt chẽ: không nhận trường lạ).',
      en: 'Field "foo" is not allowed here (strict object: unknown fields are rejected).',
    });
    expect(byPath['extra']?.code).toBe('schema.unknown-key');
    expect(byPath['location.convertedFromCommuneOn']?.code).toBe('date.invalid');
    expect(byPath['location.convertedFromCommuneOn']?.message).toEqual({
      vi: 'Ngày "2023-02-29" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31.',
      en: 'Invalid date "2023-02-29": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
    });
    expect(byPath['location.centrallyRunCity']?.code).toBe('schema.invalid-type');
    expect(byPath['location.centrallyRunCity']?.message).toEqual({
      vi: 'Sai kiểu: cần giá trị đúng/sai, nhận được chuỗi ký tự.',
      en: 'Wrong type: expected a boolean, received a string.',
    });
    expect(byPath['owner']?.message.en).toBe('Wrong type: expected an object, received a number.');
  });

  it('rejects a non-object at the root and an unusual type', () => {
    const r = safeParseApplicant(null);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]).toMatchObject({ code: 'schema.invalid-type', path: [], message: { en: 'Wrong type: expected an object, received null.' } });
    const n = safeParseApplicant({ location: { convertedFromCommuneOn: 20210101 } });
    expect(n.success).toBe(false);
    if (!n.success) expect(n.error.issues[0]?.message.en).toBe('Wrong type: expected a string, received a number.');
    const big = safeParseApplicant({ owner: { womenOwned: 10n } });
    if (!big.success) expect(big.error.issues[0]?.message.en).toBe('Wrong type: expected a boolean, received a bigint.');
    expect(() => parseApplicant([])).toThrow(KhuyenCongError);
  });

  it('the schema is strict', () => {
    expect(ApplicantSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });
});

describe('trace v1', () => {
  const result = checkEligibility({ ...base, owner: { womenOwned: true } }, { at: '2025-10-15' });

  it('TSDoc examples', () => {
    const t = toTrace(checkEligibility({ group: 'CCN_INFRA_INVESTOR' }, { at: '2020-01-01' }));
    expect(t.schemaVersion).toBe('khuyencong.trace.v1');
    expect(t.outcome).toBe('ineligible');
    const stored = JSON.stringify(t);
    expect(parseTrace(stored).outcome).toBe('ineligible');
    expect(safeParseTrace('{"schemaVersion":"khuyencong.trace.v0"}').success).toBe(false);
    expect(traceJsonSchema()['type']).toBe('object');
  });

  it('round-trips through JSON and is a fresh plain object', () => {
    const t = toTrace(result);
    expect(TRACE_SCHEMA_VERSION).toBe('khuyencong.trace.v1');
    expect(parseTrace(JSON.parse(JSON.stringify(t)))).toEqual(t);
    expect(t.reasons[0]?.citation).not.toBe(result.reasons[0]?.citation);
    expect(t.priorities[0]).toMatchObject({ id: 'women-owned', fact: 'owner.womenOwned' });
    expect(explain(parseTrace(JSON.stringify(t)), { locale: 'en' })).toBe(explain(result, { locale: 'en' }));
  });

  it('rejects bad JSON and bad fields with bilingual messages', () => {
    const bad = safeParseTrace('{not json');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toEqual({ vi: 'Bản ghi giải trình không phải JSON hợp lệ.', en: 'The decision trace is not valid JSON.' });
    const t = toTrace(result);
    const wrong = safeParseTrace({ ...t, outcome: 'maybe' });
    expect(wrong.success).toBe(false);
    if (!wrong.success) {
      expect(wrong.error.issues[0]).toMatchObject({ code: 'eligibility.invalid-trace', path: ['outcome'] });
      expect(wrong.error.issues[0]?.message.en).toBe('Invalid value; allowed: "eligible", "ineligible", "needs-review".');
    }
    expect(() => parseTrace({ ...t, reasons: [{ ...t.reasons[0], facts: { 'owner.name': 'x' } }] })).toThrow(KhuyenCongError);
    expect(() => parseTrace({ ...t, at: '2025-02-30' })).toThrow(KhuyenCongError);
    const r0 = t.reasons[0];
    if (r0 === undefined) return expect.fail('no reason');
    const shortPoint = safeParseTrace({ ...t, reasons: [{ ...r0, citation: { ...r0.citation, point: '' } }] });
    if (!shortPoint.success) expect(shortPoint.error.issues[0]?.path).toEqual(['reasons', 0, 'citation', 'point']);
    else expect.fail('accepted an empty point');
    const badRow = safeParseTrace({ ...t, reasons: [{ ...r0, row: 'x' }] });
    if (!badRow.success) expect(badRow.error.issues[0]).toMatchObject({ code: 'eligibility.invalid-trace', path: ['reasons', 0, 'row'], message: { en: 'Wrong type: expected a number, received a string.' } });
    else expect.fail('accepted a string row');
  });

  it('copies citations with or without sources', () => {
    const bare = { ...result, reasons: [{ ...result.reasons[0], citation: { instrument: 'ND-45-2012', confidence: 'secondary' } }] } as typeof result;
    expect(toTrace(bare).reasons[0]?.citation).toEqual({ instrument: 'ND-45-2012', confidence: 'secondary' });
  });
});

describe('explain', () => {
  it('TSDoc example (English) and the same decision in Vietnamese', () => {
    const r = checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' });
    expect(explain(r, { locale: 'en' })).toBe(
      [
        '**Result: NOT ELIGIBLE** (as of 2024-01-01; rules in force: Decree 45/2012/ND-CP (2012 text))',
        '',
        'Deciding rules:',
        '- [failed] Urban districts (quận) are not eligible places. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.location, row 6',
        '',
        'Other conditions:',
        '- [passed] Rural industrial establishment: a beneficiary group. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.group, row 1',
        '- [unknown] Not enough facts to decide. [legalForm, sizeClass] — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.legal-form',
        '- [unknown] Not enough facts to decide. [industry, location.difficulty] — Decree 45/2012/ND-CP, Art. 5 (verified from the text) · industry',
        '- [unknown] Not enough facts to decide. [industry, clayBrickKiln] — Circular 46/2012/TT-BCT, Art. 5(1) (verified from the text) · industry.clay-brick-kiln',
        '',
        'Facts not given (they cannot change this outcome): legalForm, sizeClass, industry, location.difficulty, clayBrickKiln',
      ].join('\n'),
    );
    expect(explain(r, { locale: 'vi' }).split('\n').slice(0, 4)).toEqual([
      '**Kết quả: KHÔNG ĐỦ ĐIỀU KIỆN** (ngày xét 2024-01-01; quy định áp dụng: Nghị định 45/2012/NĐ-CP (bản gốc 2012))',
      '',
      'Căn cứ quyết định:',
      '- [không đạt] Quận không thuộc địa bàn được hưởng. — điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP (đã đối chiếu văn bản) · beneficiary.location, dòng 6',
    ]);
  });

  it('eligible with priorities (2025), and before 2012', () => {
    const r = checkEligibility({ ...base, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING', owner: { ethnicMinorityOwned: true } }, { at: '2025-10-15' });
    const text = explain(r, { locale: 'vi' });
    expect(text.split('\n')[0]).toBe(
      '**Kết quả: ĐỦ ĐIỀU KIỆN** (ngày xét 2025-10-15; quy định áp dụng: Nghị định 45/2012/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP)',
    );
    expect(text).toContain('Diện ưu tiên:\n- Cơ sở do người dân tộc thiểu số làm chủ — Nghị định 235/2025/NĐ-CP (nguồn thứ cấp)');
    expect(text).not.toContain('Các điều kiện khác');
    const old = explain(checkEligibility(base, { at: '2010-01-01' }), { locale: 'en' });
    expect(old.split('\n')[0]).toBe('**Result: NEEDS REVIEW** (as of 2010-01-01; rules in force: no rules modelled)');
    expect(old).toContain('- [review] The date is before 2012-07-05');
  });
});

describe('eligibleItems', () => {
  it('TSDoc example: founding support needs a difficult area; machinery has a level', () => {
    const items = eligibleItems(base, { at: '2024-06-01' });
    expect(items.some((i) => i.item === 'ENTERPRISE_FOUNDING')).toBe(false);
    const m = items.find((i) => i.item === 'MACHINERY_APPLICATION');
    expect(m?.outcome).toBe('eligible');
    expect(m?.level.ok).toBe(true);
    if (m?.level.ok) {
      // TT 28/2018 Art. 8.4: ≤ 50% of cost, ≤ 300 million đồng per establishment (docs/legal-sources.md, "Support levels").
      expect(m.level.value.level.absoluteCap?.dong).toBe(300_000_000);
      expect(m.level.value.level.percentCap?.ratio.toString()).toBe('0.5');
    }
  });

  it('founding support in a difficult area: 10 million đồng per enterprise (TT 28/2018; docs/legal-sources.md, "Support levels")', () => {
    const items = eligibleItems({ ...base, location: { unitKind: 'XA', difficulty: 'DIFFICULT' } }, { at: '2024-06-01' });
    const f = items.find((i) => i.item === 'ENTERPRISE_FOUNDING');
    expect(f?.reasons.map((r) => `${r.rule}:${r.status}`)).toEqual(['item.enterprise-founding:passed']);
    if (f?.level.ok) expect(f.level.value.level.absoluteCap?.dong).toBe(10_000_000);
    else expect.fail('founding level not found');
    // An item whose level is not known is still listed, as not modelled.
    expect(items.find((i) => i.item === 'SHOWROOM')?.level.ok).toBe(false);
    // The organiser's selection-round items are not applicant items.
    expect(items.some((i) => i.item.startsWith('TYPICAL_PRODUCT_SELECTION'))).toBe(false);
  });

  it('nothing is open to an ineligible applicant; missing facts give needs-review items', () => {
    expect(eligibleItems({ ...base, location: { unitKind: 'QUAN' } }, { at: '2024-06-01' })).toEqual([]);
    const open = eligibleItems({ ...base, location: { unitKind: 'XA' } }, { at: '2024-06-01' });
    const f = open.find((i) => i.item === 'ENTERPRISE_FOUNDING');
    expect(f).toMatchObject({ outcome: 'needs-review', missing: ['location.difficulty'] });
    expect(() => eligibleItems(base, { at: 'today' })).toThrow(KhuyenCongError);
  });
});

describe('plan year (TT 46/2012 Art. 3(1)(đ)) and the district-round fact (TT 26/2014 Art. 12(2)(d))', () => {
  it('parseApplicant accepts a plan year 1900–2999 and names the field otherwise', () => {
    expect(parseApplicant({ planYear: 2026, typicalProduct: { lowerRoundHeld: false } })).toEqual({ planYear: 2026, typicalProduct: { lowerRoundHeld: false } });
    const cases: readonly (readonly [unknown, string, string])[] = [
      [2026.5, 'schema.invalid-type', 'Wrong type: expected an integer, received a number with a fraction.'],
      ['2026', 'schema.invalid-type', 'Wrong type: expected a number, received a string.'],
      [1899, 'schema.too-small', 'The value must be ≥ 1900.'],
      [3000, 'schema.too-big', 'The value must be ≤ 2999.'],
    ];
    for (const [bad, code, en] of cases) {
      const r = safeParseApplicant({ planYear: bad });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => [i.code, i.path, i.message.en])).toEqual([[code, ['planYear'], en]]);
    }
  });

  it('the count ends on 31 December of the year before the plan year', () => {
    expect(conversionCountEnd(2020)).toBe('2019-12-31');
    expect(conversionCountEnd(1900)).toBe('1899-12-31');
  });

  it('a trace with a plan year round-trips through JSON', () => {
    const r = checkEligibility(
      { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'PHUONG', wardParent: 'CITY', cityClass: 'TYPE_1', convertedFromCommuneOn: '2015-03-01' }, planYear: 2020 },
      { at: '2020-06-01' },
    );
    const loc = r.reasons.find((x) => x.rule === 'beneficiary.location');
    expect(loc).toMatchObject({ status: 'passed', facts: { planYear: 2020 } });
    const t = toTrace(r);
    expect(parseTrace(JSON.stringify(t))).toEqual(t);
  });
});

describe('any JSON value as the applicant: a result or a KhuyenCongError, never a TypeError (issue 14)', () => {
  const at = { at: '2024-01-01' };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = Object.defineProperty({}, 'group', { get: () => { throw new Error('boom'); } });

  it('a non-object applicant is refused with eligibility.invalid-applicant, in both languages', () => {
    for (const bad of [null, undefined, 0, 'x', true, [], [{}], revoked.proxy, throwing]) {
      for (const call of [() => checkEligibility(bad as never, at), () => eligibleItems(bad as never, at)]) {
        try {
          call();
          expect.fail('expected a KhuyenCongError');
        } catch (e) {
          expect(e).toBeInstanceOf(KhuyenCongError);
          expect((e as KhuyenCongError).issues[0]?.code).toBe('eligibility.invalid-applicant');
          expect((e as KhuyenCongError).messagesIn('en')[0]).toMatch(/^The applicant must be an object of facts; received /);
        }
      }
    }
    expect(() => checkEligibilityMany({} as never, at)).toThrow('The applicants must be an array');
    expect(() => checkEligibilityMany(revoked.proxy as never, at)).toThrow('The applicants must be an array; received [object]');
    try {
      checkEligibilityMany([{}, null] as never, at);
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'eligibility.invalid-applicant', path: [1] });
    }
  });

  it('any JSON value inside the applicant counts as a missing fact; the options argument may be anything', () => {
    const odd = { group: 5, location: 'XA', owner: [], typicalProduct: null, appraisal: { decision: {} }, planYear: 'soon', legalForm: { x: 1 } };
    const r = checkEligibility(odd as never, at);
    expect(r.outcome).toBe('needs-review');
    expect(r.missing).toContain('group');
    expect(() => checkEligibility({}, null as never)).toThrow(KhuyenCongError);
    expect(() => checkEligibility({}, revoked.proxy as never)).toThrow(KhuyenCongError);
  });
});

describe('error lists are capped (issue 14): the first 100 issues and a count of the rest', () => {
  it('parseApplicant with 10 000 unknown fields reports 100 and "at least 9 900 more"', () => {
    const input = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`x${String(i)}`, i]));
    const r = safeParseApplicant(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(101);
      expect(r.error.issues[100]).toMatchObject({ code: 'input.more-issues', path: [] });
      expect(r.error.issues[100]?.message.en).toBe('… and at least 9900 more problems (only the first 100 are listed).');
      expect(r.error.message.length).toBeLessThan(40_000);
    }
  });
});
