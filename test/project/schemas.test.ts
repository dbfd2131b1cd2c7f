import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { parseDeAn, safeParseDeAn, serializeDeAn } from '../../src/project/DeAn.js';
import { parseDeAnEvent, safeParseDeAnEvent } from '../../src/project/DeAnEvent.js';
import { parseEstablishment, safeParseEstablishment } from '../../src/project/Establishment.js';
import { parseProgrammeTargets, safeParseProgrammeTargets } from '../../src/project/ProgrammeTargets.js';
import { checkTaxCode } from '../../src/project/taxCode.js';
import { parseWith, safeParseWith } from '../../src/schema/parseWith.js';
import { MoneySchema, RatioSchema } from '../../src/schema/primitives.js';
import { issuesFromZod } from '../../src/schema/zodIssues.js';
import { cooperative, deepFrozen, localCluster, nationalTraining } from './fixtures.js';

function issuesOf(f: () => unknown): { code: string; path: string; en: string; vi: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof KhuyenCongError) return e.issues.map((i) => ({ code: i.code, path: i.path.join('.'), en: i.message.en, vi: i.message.vi }));
    throw e;
  }
  return expect.fail('expected a KhuyenCongError');
}

describe('issuesFromZod: one converter for zod issues, bilingual, with field paths', () => {
  it('converts a missing field (the TSDoc example)', () => {
    const r = z.strictObject({ a: z.int() }).safeParse({}, { reportInput: true });
    expect(issuesFromZod(r.error?.issues ?? [])).toEqual([
      { code: 'schema.missing', path: ['a'], message: { vi: 'Thiếu trường bắt buộc (cần số).', en: 'Required field is missing (expected a number).' } },
    ]);
  });

  it('names sizes and bounds for strings, arrays and numbers', () => {
    const s = z.strictObject({ s: z.string().min(2), a: z.array(z.int()).max(1), n: z.number().lt(5), m: z.number().multipleOf(3) });
    const r = s.safeParse({ s: 'x', a: [1, 2], n: 5, m: 4 }, { reportInput: true });
    expect(issuesFromZod(r.error?.issues ?? []).map((i) => i.message.en)).toEqual([
      'Needs at least 2 characters.',
      'Allows at most 1 items.',
      'The value must be < 5.',
      'The value must be a multiple of 3.',
    ]);
    const t = z.number().gt(0).max(9).safeParse(0, { reportInput: true });
    expect(issuesFromZod(t.error?.issues ?? [])[0]?.message.vi).toBe('Giá trị phải > 0.');
    expect(issuesFromZod(z.array(z.int()).min(1).safeParse([]).error?.issues ?? [])[0]?.message.vi).toBe('Cần ít nhất 1 phần tử.');
    expect(issuesFromZod(z.string().max(1).safeParse('ab').error?.issues ?? [])[0]?.message.vi).toBe('Chỉ được tối đa 1 ký tự.');
    expect(issuesFromZod(z.number().max(1).safeParse(2).error?.issues ?? [])[0]?.message.vi).toBe('Giá trị phải ≤ 1.');
  });

  it('handles unions, formats, values, map keys, custom issues and the root', () => {
    const u = z.union([z.string(), z.int()]).safeParse(true, { reportInput: true });
    expect(issuesFromZod(u.error?.issues ?? [])[0]).toEqual({
      code: 'schema.invalid-union',
      path: [],
      message: { vi: 'Giá trị không khớp với dạng nào được phép.', en: 'The value matches none of the allowed shapes.' },
    });
    const f = z.email().safeParse('x', { reportInput: true });
    expect(issuesFromZod(f.error?.issues ?? [])[0]?.message.en).toBe('"x" does not have the required format (email).');
    const v = z.enum(['A', 'B']).safeParse('C', { reportInput: true });
    expect(issuesFromZod(v.error?.issues ?? [])[0]?.message.vi).toBe('Giá trị không hợp lệ; cho phép: "A", "B".');
    const many = z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm']).safeParse('z');
    expect(issuesFromZod(many.error?.issues ?? [])[0]?.message.en).toMatch(/"l", …\.$/);
    const k = z.record(z.string().max(1), z.int()).safeParse({ bb: 1 });
    expect(issuesFromZod(k.error?.issues ?? [])[0]?.code).toBe('schema.invalid-entry');
    const c = z.int().refine((n) => n > 1).safeParse(0);
    expect(issuesFromZod(c.error?.issues ?? [])[0]).toEqual({ code: 'schema.invalid', path: [], message: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' } });
    const root = z.int().safeParse(undefined, { reportInput: true });
    expect(issuesFromZod(root.error?.issues ?? [])[0]?.message.en).toBe('Wrong type: expected a number, received nothing.');
    const inf = z.number().safeParse(Infinity, { reportInput: true });
    expect(issuesFromZod(inf.error?.issues ?? [])[0]?.message.en).toBe('Wrong type: expected a number, received Infinity.');
    const arr = z.string().safeParse([1], { reportInput: true });
    expect(issuesFromZod(arr.error?.issues ?? [])[0]?.message.vi).toBe('Sai kiểu: cần chuỗi ký tự, nhận được danh sách.');
    const sym = z.strictObject({}).safeParse({ [Symbol('s')]: 1 });
    expect(sym.success).toBe(true);
    const big = z.string().safeParse(5n, { reportInput: true });
    expect(issuesFromZod(big.error?.issues ?? [])[0]?.message.en).toBe('Wrong type: expected a string, received a bigint.');
    const weird = z.custom<string>(() => false).safeParse(1, { reportInput: true });
    expect(issuesFromZod(weird.error?.issues ?? [])[0]?.code).toBe('schema.invalid');
    const sp = z.int().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'x', path: [Symbol.for('s')] })).safeParse(1);
    expect(issuesFromZod(sp.error?.issues ?? [])[0]?.path).toEqual(['Symbol(s)']);
    const bi = z.bigint().min(5n).safeParse(1n);
    expect(issuesFromZod(bi.error?.issues ?? [])[0]?.message.en).toBe('The value must be ≥ 5.');
    const lit = z.literal(5).safeParse(4);
    expect(issuesFromZod(lit.error?.issues ?? [])[0]?.message.en).toBe('Invalid value; allowed: 5.');
    const map = z.map(z.string(), z.string()).safeParse('x', { reportInput: true });
    expect(issuesFromZod(map.error?.issues ?? [])[0]?.message.en).toBe('Wrong type: expected map, received a string.');
    const typed = z.date().safeParse('x', { reportInput: true });
    expect(issuesFromZod(typed.error?.issues ?? [])[0]?.message.en).toBe('Wrong type: expected a date, received a string.');
  });

  it('parseWith freezes deeply and safeParseWith never throws', () => {
    const v = parseWith(z.strictObject({ a: z.array(z.int()) }), { a: [1] });
    expect(Object.isFrozen(v) && Object.isFrozen(v.a)).toBe(true);
    expect(safeParseWith(z.int(), 'x').success).toBe(false);
    expect(safeParseWith(z.int(), 1)).toEqual({ success: true, data: 1 });
  });
});

describe('primitives: the serialised forms', () => {
  it('money is a JSON integer of whole đồng', () => {
    expect(MoneySchema.parse(1_500_000_000)).toEqual({ kind: 'money', dong: 1_500_000_000 });
    expect(z.encode(MoneySchema, MoneySchema.parse(7))).toBe(7);
    expect(MoneySchema.safeParse(Number.MAX_SAFE_INTEGER + 2).success).toBe(false);
  });

  it('ratios are exact decimals or fractions, written back exactly', () => {
    expect(RatioSchema.parse('0.55').toString()).toBe('0.55');
    expect(RatioSchema.parse('1/3').denominator).toBe(3n);
    expect(z.encode(RatioSchema, RatioSchema.parse('2/6'))).toBe('1/3');
    expect(z.encode(RatioSchema, RatioSchema.parse('1/4'))).toBe('0.25');
    const bad = RatioSchema.safeParse('-0.5', { reportInput: true });
    expect(issuesFromZod(bad.error?.issues ?? [])[0]?.message.en).toBe('A ratio must be a non-negative decimal written with "." (e.g. "0.3") or a fraction "n/d".');
  });
});

describe('tax codes (mã số thuế): format and check digit', () => {
  it('accepts codes from python-stdnum’s list of valid codes (TSDoc example)', () => {
    for (const c of ['0100233488', '0314409058-002', '0100112437', '3500748818', '8463763902', '2000102580-005']) expect(checkTaxCode(c)).toEqual({ ok: true, value: c });
  });

  it('refuses a wrong check digit, an all-zero sequence or branch, and other formats', () => {
    expect(checkTaxCode('0100233480')).toMatchObject({ ok: false, reason: { code: 'checksum' } });
    expect(checkTaxCode('0100000008')).toMatchObject({ ok: false, reason: { code: 'sequence' } });
    expect(checkTaxCode('0314409058-000')).toMatchObject({ ok: false, reason: { code: 'branch' } });
    expect(checkTaxCode('01002334881')).toMatchObject({ ok: false, reason: { code: 'format' } });
    expect(checkTaxCode('0100233488002')).toMatchObject({ ok: false, reason: { code: 'format' } });
  });

  it('reports each as a bilingual issue on taxCode', () => {
    expect(issuesOf(() => parseEstablishment({ ...cooperative, taxCode: '0100233480' }))).toEqual([
      {
        code: 'project.tax-code-checksum',
        path: 'taxCode',
        vi: 'Mã số thuế "0100233480" sai chữ số kiểm tra (chữ số thứ 10).',
        en: 'Tax code "0100233480" has a wrong check digit (10th digit).',
      },
    ]);
    expect(issuesOf(() => parseEstablishment({ ...cooperative, taxCode: '12345' }))[0]?.code).toBe('project.tax-code-format');
    expect(issuesOf(() => parseEstablishment({ ...cooperative, taxCode: '0100000008' }))[0]?.code).toBe('project.tax-code-sequence');
    expect(issuesOf(() => parseEstablishment({ ...cooperative, taxCode: '0100000008' }))[0]?.en).toBe(
      'Tax code "0100000008" has an all-zero sequence or branch number.',
    );
    expect(issuesOf(() => parseEstablishment({ ...cooperative, taxCode: '0314409058-000' }))[0]?.code).toBe('project.tax-code-branch');
  });
});

describe('Establishment', () => {
  it('parses a cơ sở CNNT and freezes it', () => {
    const e = parseEstablishment(cooperative);
    expect(e.owner.womenOwned).toBe(true);
    expect(Object.isFrozen(e.location.province)).toBe(true);
    expect(safeParseEstablishment({}).success).toBe(false);
  });

  it('checks the province code against the map of its date (geo registry)', () => {
    // Bạc Liêu (95) exists on the 63-unit map, not on the 34-unit map from 2025-07-01.
    const at = (code: string, asOf: string) => ({ ...cooperative, location: { ...cooperative.location, province: { code, asOf } } });
    expect(safeParseEstablishment(at('95', '2024-01-01')).success).toBe(true);
    expect(issuesOf(() => parseEstablishment(at('95', '2025-08-01')))).toEqual([
      {
        code: 'project.unknown-province',
        path: 'location.province.code',
        vi: 'Mã tỉnh "95" không có trong danh mục tỉnh, thành phố tại ngày 2025-08-01.',
        en: 'Province code "95" is not in the province register on 2025-08-01.',
      },
    ]);
    expect(safeParseEstablishment(at('96', '2025-08-01')).success).toBe(true);
    expect(safeParseEstablishment(at('01', '2000-01-01')).success).toBe(false);
    expect(issuesOf(() => parseEstablishment(at('1', '2024-01-01')))[0]?.en).toBe('A province code must be 2 digits.');
  });
});

describe('DeAn: invalid input gets a clear bilingual error with the field path', () => {
  it('missing fields', () => {
    const { title: _t, ...noTitle } = nationalTraining;
    expect(issuesOf(() => parseDeAn(noTitle))).toEqual([
      { code: 'schema.missing', path: 'title', vi: 'Thiếu trường bắt buộc (cần chuỗi ký tự).', en: 'Required field is missing (expected a string).' },
    ]);
  });

  it('negative money, NaN, fractions and wrong types', () => {
    const budget = [{ source: 'NATIONAL', approved: -1, advanced: Number.NaN, disbursed: 1.5, settled: '3' }];
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, budget }))).toEqual([
      { code: 'schema.too-small', path: 'budget.0.approved', vi: 'Giá trị phải ≥ 0.', en: 'The value must be ≥ 0.' },
      { code: 'schema.invalid-type', path: 'budget.0.advanced', vi: 'Sai kiểu: cần số, nhận được NaN (không phải số).', en: 'Wrong type: expected a number, received NaN (not a number).' },
      { code: 'schema.invalid-type', path: 'budget.0.disbursed', vi: 'Sai kiểu: cần số nguyên, nhận được số không nguyên.', en: 'Wrong type: expected an integer, received a number with a fraction.' },
      { code: 'schema.invalid-type', path: 'budget.0.settled', vi: 'Sai kiểu: cần số, nhận được chuỗi ký tự.', en: 'Wrong type: expected a number, received a string.' },
    ]);
  });

  it('unknown ids', () => {
    const i = issuesOf(() => parseDeAn({ ...nationalTraining, scope: 'REGIONAL', supportItems: [{ item: 'FREE_LUNCH', eligibleCost: 1 }] }));
    expect(i.map((x) => [x.code, x.path])).toEqual([
      ['schema.invalid-value', 'scope'],
      ['schema.invalid-value', 'supportItems.0.item'],
    ]);
    expect(i[0]?.en).toBe('Invalid value; allowed: "NATIONAL", "NATIONAL_FLAGSHIP", "LOCAL".');
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, id: '-bad id' }))[0]?.en).toBe(
      'An id must be 1–64 characters of letters, digits and . _ / -, starting with a letter or digit.',
    );
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, title: '   ' }))[0]?.vi).toBe('Không được để trống (chỉ có khoảng trắng).');
  });

  it('dates out of order, impossible dates and steps off the diagram', () => {
    const history = [
      { state: 'DRAFTED', event: 'CREATE', at: '2019-03-01' },
      { state: 'REGISTERED', event: 'REGISTER', at: '2019-02-01' },
      { state: 'ACCEPTED', event: 'ACCEPT', at: '2019-02-02' },
    ];
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, history }))).toEqual([
      {
        code: 'project.history-order',
        path: 'history.1.at',
        vi: 'Ngày 2019-02-01 trước ngày của bước trước (2019-03-01): lịch sử phải theo thứ tự thời gian.',
        en: "Date 2019-02-01 is before the previous step's date (2019-03-01): the history must be in date order.",
      },
      {
        code: 'project.history-step',
        path: 'history.2.state',
        vi: 'Bước ACCEPT không thể đưa đề án từ trạng thái REGISTERED sang ACCEPTED.',
        en: 'Step ACCEPT cannot take a đề án from state REGISTERED to ACCEPTED.',
      },
    ]);
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, history: [{ state: 'REGISTERED', event: 'REGISTER', at: '2019-03-01' }] }))[0]?.code).toBe(
      'project.history-start',
    );
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-02-29' }] }))[0]).toEqual({
      code: 'date.invalid',
      path: 'history.0.at',
      vi: 'Ngày "2019-02-29" không hợp lệ: cần một ngày có thật dạng YYYY-MM-DD, từ 1900-01-01 đến 2999-12-31.',
      en: 'Invalid date "2019-02-29": expected a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.',
    });
    expect(issuesOf(() => parseDeAn({ ...nationalTraining, period: { startYear: 2021, endYear: 2020 } }))[0]?.en).toBe(
      'The end year 2020 is before the start year 2021.',
    );
  });

  it('a local đề án history cannot pass through ministry appraisal', () => {
    const history = [
      { state: 'DRAFTED', event: 'CREATE', at: '2024-08-01' },
      { state: 'REGISTERED', event: 'REGISTER', at: '2024-08-02' },
      { state: 'GRASSROOTS_APPRAISAL', event: 'START_GRASSROOTS_APPRAISAL', at: '2024-08-03' },
      { state: 'MINISTRY_APPRAISAL', event: 'SUBMIT_TO_MINISTRY', at: '2024-08-04' },
    ];
    expect(issuesOf(() => parseDeAn({ ...localCluster, history }))[0]?.path).toBe('history.3.state');
  });

  it('budget invariants and duplicates', () => {
    const budget = [
      { source: 'NATIONAL', approved: 10, advanced: 6, disbursed: 5, settled: 0 },
      { source: 'NATIONAL', approved: 10, advanced: 0, disbursed: 11, settled: 0 },
    ];
    const i = issuesOf(() => parseDeAn({ ...nationalTraining, budget, indicators: [...nationalTraining.indicators, ...nationalTraining.indicators] }));
    expect(i.map((x) => [x.code, x.path])).toEqual([
      ['project.advanced-above-disbursed', 'budget.0.advanced'],
      ['project.disbursed-above-approved', 'budget.1.disbursed'],
      ['project.duplicate', 'budget.1.source'],
      ['project.duplicate', 'indicators.1.id'],
    ]);
    expect(i[1]?.en).toBe('The disbursed amount (11 đồng) exceeds the approved amount (10 đồng).');
    const dup = issuesOf(() => parseDeAn({ ...nationalTraining, budget: [budget[0], budget[0]].map((b) => ({ ...b, advanced: 0 })), indicators: [...nationalTraining.indicators, ...nationalTraining.indicators] }));
    expect(dup.map((x) => x.path)).toEqual(['budget.1.source', 'indicators.1.id']);
    expect(dup[0]?.vi).toBe('Nguồn vốn / Funding source "NATIONAL" bị lặp lại.');
  });

  it('extra keys are rejected, one issue per key; __proto__ and constructor never pollute', () => {
    const json = JSON.parse(JSON.stringify(nationalTraining).replace('{"id"', '{"__proto__":{"polluted":true},"constructor":{"x":1},"extra":1,"id"'));
    expect(issuesOf(() => parseDeAn(json))).toEqual(
      ['__proto__', 'constructor', 'extra'].map((k) => ({
        code: 'schema.unknown-key',
        path: k,
        vi: `Trường "${k}" không được phép ở đây (đối tượng chặt chẽ: không nhận trường lạ).`,
        en: `Field "${k}" is not allowed here (strict object: unknown fields are rejected).`,
      })),
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const nested = { ...nationalTraining, implementingUnit: { ...nationalTraining.implementingUnit, note: 'x' } };
    expect(issuesOf(() => parseDeAn(nested))[0]?.path).toBe('implementingUnit.note');
  });

  it('wrong top-level types, and safeParse never throws', () => {
    expect(issuesOf(() => parseDeAn(null))[0]?.en).toBe('Wrong type: expected an object, received null.');
    expect(safeParseDeAn([]).success).toBe(false);
    const ok = safeParseDeAn(nationalTraining);
    expect(ok.success && ok.data.id).toBe('KCQG-2020-01');
  });

  it('deep-frozen inputs parse, and the parsed value is frozen and serialises back', () => {
    const input = deepFrozen(structuredClone(nationalTraining));
    const d = parseDeAn(input);
    expect(Object.isFrozen(d.beneficiaries[0]?.owner)).toBe(true);
    expect(serializeDeAn(d)).toEqual(nationalTraining);
    expect(d.province.code).toBe('01');
  });
});

describe('DeAnEvent and ProgrammeTargets', () => {
  it('parses events (TSDoc example) and refuses unknown types', () => {
    expect(parseDeAnEvent({ type: 'ADVANCE', source: 'NATIONAL', amount: 210_000_000 })).toMatchObject({ amount: { dong: 210_000_000 } });
    expect(safeParseDeAnEvent({ type: 'PAY' }).success).toBe(false);
    expect(safeParseDeAnEvent({ type: 'REGISTER', extra: 1 }).success).toBe(false);
  });

  it('parses the 2021–2025 programme’s secondary targets (S37) and checks the period against the programme', () => {
    const t = parseProgrammeTargets({
      programme: 'KC-2021-2025',
      level: 'NATIONAL',
      period: { startYear: 2021, endYear: 2025 },
      indicators: [{ id: 'models', label: { vi: 'Mô hình trình diễn', en: 'Demonstration models' }, unit: 'model', target: 340 }],
    });
    expect(t.indicators[0]?.target).toBe(340);
    expect(issuesOf(() => parseProgrammeTargets({ ...t, period: { startYear: 2020, endYear: 2025 } }))[0]).toEqual({
      code: 'project.programme-period',
      path: 'period',
      vi: 'Giai đoạn phải nằm trong giai đoạn 2021–2025 của chương trình KC-2021-2025.',
      en: 'The period must lie within the 2021–2025 period of programme KC-2021-2025.',
    });
    expect(safeParseProgrammeTargets({}).success).toBe(false);
    const dup = safeParseProgrammeTargets({ ...t, indicators: [...t.indicators, ...t.indicators] });
    expect(dup.success || dup.error.issues.map((i) => i.path.join('.'))).toEqual(['indicators.1.id']);
    expect(safeParseProgrammeTargets({ ...t, level: 'PROVINCIAL' }).success).toBe(false);
  });
});
