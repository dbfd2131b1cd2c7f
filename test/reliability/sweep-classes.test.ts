/**
 * Issue 14, the sweep's last findings: one test per class closed when the allow-list was emptied (a revoked
 * Proxy at a parser's entry, a getter that throws inside a series, NaN or ±Infinity in a Result, arguments outside
 * the TypeScript type of the typed core). The sweep (sweep.test.ts) keeps them away for every export; these name
 * the class and check the answer given.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { firstIssue as issueOf, revoked } from './guards.js';
import {
  auditReport,
  auditReports,
  averagePerProvince,
  checkClaim,
  checkEligibility,
  checkPlanTotals,
  counterpartShare,
  entriesValidOn,
  explain,
  fundingTotals,
  groupTotals,
  issuesFromZod,
  LEGAL_FORMS,
  parseProgrammeReport,
  parseProvinceGroups,
  ratio,
  seedReport,
  toTrace,
  computeSupport,
  mapResult,
  money,
  ok,
  parseApplicant,
  parseQuantity,
  parseSupportRequest,
  parseTrace,
  restateToCurrentMap,
  restateToLegacyMap,
  safeParseApplicant,
  safeParseQuantity,
  safeParseSupportRequest,
  safeParseTrace,
  shares,
  yearOverYear,
} from '../../src/index.js';
import { isDeepFrozen } from '../../src/internal/deepFreeze.js';

/** An object whose property `key` throws when read. */
function throwing(key: string, extra: Record<string, unknown> = {}): object {
  return Object.defineProperty({ ...extra }, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

describe('a revoked Proxy at a parser entry is input.unreadable (issue 14, revoked Proxy)', () => {
  it.each([
    ['parseQuantity (text)', () => parseQuantity(revoked() as unknown as string)],
    ['parseQuantity (options)', () => parseQuantity('5 tỷ đồng', revoked())],
    ['parseApplicant', () => parseApplicant(revoked())],
    ['parseTrace', () => parseTrace(revoked())],
    ['parseSupportRequest', () => parseSupportRequest(revoked())],
    ['computeSupport', () => computeSupport(revoked() as never)],
  ])('%s', (_, f) => {
    const { code } = issueOf(f);
    // The text of parseQuantity is refused by type before anything is read from it.
    expect(['input.unreadable', 'quantity.not-string']).toContain(code);
  });

  it('parseQuantity names the option it could not read, and a text proxy is not a string', () => {
    expect(issueOf(() => parseQuantity('5 tỷ đồng', throwing('aboutTolerance')))).toEqual({ code: 'input.unreadable', path: ['aboutTolerance'] });
    expect(issueOf(() => parseQuantity(revoked() as unknown as string)).code).toBe('quantity.not-string');
    // options read once: a well-formed options object still works
    expect(parseQuantity('1,200 người', { ambiguousSeparator: 'whole' }).value.toString()).toBe('1200');
  });

  it('parseSupportRequest and computeSupport name the field that throws', () => {
    expect(issueOf(() => parseSupportRequest(throwing('eligibleCost', { item: 'DEMO_MODEL_NEW_TECH', at: '2019-06-01' })))).toEqual({
      code: 'input.unreadable',
      path: ['eligibleCost'],
    });
    expect(issueOf(() => computeSupport(throwing('funds') as never))).toEqual({ code: 'input.unreadable', path: ['funds'] });
  });

  it('the safe twins answer { success: false } with input.unreadable', () => {
    for (const r of [safeParseQuantity(revoked()), safeParseQuantity('5 tỷ', revoked()), safeParseApplicant(revoked()), safeParseTrace(revoked()), safeParseSupportRequest(revoked())]) {
      expect(r.success).toBe(false);
      if (!r.success) expect(['input.unreadable', 'quantity.not-string']).toContain(r.error.issues[0]?.code);
    }
    const a = safeParseApplicant(throwing('group'));
    expect(!a.success && a.error.issues[0]?.code).toBe('input.unreadable');
  });
});

describe('a getter that throws inside a series is input.unreadable with its path (issue 14, getters)', () => {
  it('restateToCurrentMap / restateToLegacyMap: at the province and at the period', () => {
    for (const f of [restateToCurrentMap, restateToLegacyMap]) {
      expect(issueOf(() => f(throwing('95') as never))).toEqual({ code: 'input.unreadable', path: ['95'] });
      expect(issueOf(() => f({ '95': throwing('2014-2018') } as never))).toEqual({ code: 'input.unreadable', path: ['95', '2014-2018'] });
    }
    // seed 000: Bạc Liêu 2014–2018 (6 979 triệu đồng) still restates to Cà Mau
    expect(restateToCurrentMap({ '95': { '2014-2018': money(6_979_000_000) } }).byProvince['96']?.['2014-2018']).toEqual(money(6_979_000_000));
  });

  it('shares, yearOverYear, averagePerProvince', () => {
    expect(issueOf(() => shares(throwing('local', { national: money(4_020_000_000) }) as never))).toEqual({ code: 'input.unreadable', path: ['parts', 'local'] });
    expect(issueOf(() => yearOverYear(throwing('2014', { 2013: money(1) }) as never))).toEqual({ code: 'input.unreadable', path: ['2014'] });
    expect(issueOf(() => averagePerProvince(throwing('B', { A: money(1) }) as never, { denominator: 'reported' }))).toEqual({
      code: 'input.unreadable',
      path: ['valuesByKey', 'B'],
    });
    // seed 000: national 4 020 and local 2 959 triệu đồng → 57.60% and 42.40%
    const s = shares({ national: money(4_020_000_000), local: money(2_959_000_000) }, { rounding: { method: 'largest-remainder', decimals: 2 } });
    expect(s.ok && s.rounded?.national.toString()).toBe('0.576');
  });
});

describe('a Result never carries NaN or ±Infinity (issue 14, ok)', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('ok(%s) is result.invalid-argument', (v) => {
    expect(issueOf(() => ok(v))).toEqual({ code: 'result.invalid-argument', path: ['value'] });
    expect(issueOf(() => mapResult(ok(1), () => v))).toEqual({ code: 'result.invalid-argument', path: ['value'] });
  });

  it('finite numbers and other values pass unchanged', () => {
    expect(ok(0)).toEqual({ ok: true, value: 0 });
    expect(ok(-1.5).ok).toBe(true);
    expect(ok('NaN')).toEqual({ ok: true, value: 'NaN' });
    expect(Object.isFrozen(ok(2))).toBe(true);
  });
});

describe('the typed core refuses a value outside its TypeScript type with a KhuyenCongError (issue 14, typed core)', () => {
  it('auditReport / auditReports: audit.invalid-report with the path of the wrong field', () => {
    const report = seedReport('seed-003/south-2014-plan');
    expect(issueOf(() => auditReport(undefined as never))).toEqual({ code: 'audit.invalid-report', path: [] });
    expect(issueOf(() => auditReport({ ...report, scope: 5 } as never))).toEqual({ code: 'audit.invalid-report', path: ['scope'] });
    expect(issueOf(() => auditReport({ ...report, total: { text: 5 } } as never))).toEqual({ code: 'audit.invalid-report', path: ['total', 'text'] });
    expect(issueOf(() => auditReport({ ...report, funding: [{ source: 'bank' }] } as never))).toEqual({ code: 'audit.invalid-report', path: ['funding', 0, 'source'] });
    expect(issueOf(() => auditReport({ ...report, derived: [{ kind: 'guess', stated: { text: '1' } }] } as never))).toEqual({ code: 'audit.invalid-report', path: ['derived', 0, 'kind'] });
    expect(issueOf(() => auditReport({ ...report, period: { kind: 'year' } } as never))).toEqual({ code: 'audit.invalid-report', path: ['period'] });
    expect(issueOf(() => auditReport(throwing('id') as never)).code).toBe('input.unreadable');
    expect(issueOf(() => auditReports(undefined as never))).toEqual({ code: 'audit.invalid-report', path: [] });
    // the report's index first in the path
    expect(issueOf(() => auditReports([report, { id: 'x' }] as never)).path).toEqual([1, 'scope']);
    // seed 003: the 2014 plan's components exceed its stated total: as seed data, parsed, or a thawed copy
    const parsed = parseProgrammeReport(report);
    for (const r of [report, parsed, structuredClone(report)]) expect(auditReport(r).findings.map((f) => `${f.check}: ${f.status}`)).toContain('funding-sum: inconsistent');
    expect(auditReports([parsed, report]).findings.length).toBe(2 * auditReport(parsed).findings.length);
  });

  it('checkClaim: a claim is never refused, a value that is not one is (claim.* codes), never a TypeError', () => {
    expect(issueOf(() => checkClaim(undefined as never)).code).toBe('claim.not-object');
    expect(issueOf(() => checkClaim({ kind: 'guess' } as never))).toEqual({ code: 'claim.unknown-kind', path: ['kind'] });
    expect(issueOf(() => checkClaim({ kind: 'sum', parts: 'a', stated: '1' } as never))).toEqual({ code: 'claim.bad-parts', path: ['parts'] });
    expect(issueOf(() => checkClaim({ kind: 'sum', parts: [5], stated: '5 tỷ đồng' } as never))).toEqual({ code: 'claim.bad-number', path: ['parts', 0] });
    expect(issueOf(() => checkClaim({ kind: 'share', part: '1 tỷ đồng', stated: '10%' } as never))).toEqual({ code: 'claim.missing-field', path: ['whole'] });
    expect(issueOf(() => checkClaim({ kind: 'cagr', first: '1', last: '2', stated: '10%', years: '4' } as never))).toEqual({ code: 'claim.bad-years', path: ['years'] });
    expect(issueOf(() => checkClaim(throwing('kind') as never))).toEqual({ code: 'input.unreadable', path: ['kind'] });
    // seed 003: 7,73 + 46,33 = 54,06 tỷ đồng, as text, as parsed quantities and as exact Money
    expect(checkClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' }).status).toBe('consistent');
    expect(checkClaim({ kind: 'sum', parts: [parseQuantity('7,73 tỷ đồng'), parseQuantity('46,33 tỷ đồng')], stated: parseQuantity('54,06 tỷ đồng') }).status).toBe('consistent');
    expect(checkClaim({ kind: 'sum', parts: [money(7_730_000_000), money(46_330_000_000)], stated: money(54_060_000_000) }).status).toBe('consistent');
    // a claim whose text cannot be read is still an answer, not an error
    expect(checkClaim({ kind: 'sum', parts: ['abc'], stated: '1 tỷ đồng' })).toMatchObject({ status: 'cannot-check', reason: 'unreadable-number', field: 'parts.0' });
  });

  it('fundingTotals / counterpartShare / checkPlanTotals: project.invalid-de-an and project.invalid-plan with the path', () => {
    expect(issueOf(() => fundingTotals(undefined as never))).toEqual({ code: 'project.invalid-de-an', path: [] });
    expect(issueOf(() => counterpartShare({ budget: 'none' } as never))).toEqual({ code: 'project.invalid-de-an', path: ['budget'] });
    expect(issueOf(() => fundingTotals({ budget: [{ source: 'NATIONAL', approved: 5 }] } as never))).toEqual({ code: 'project.invalid-de-an', path: ['budget', 0] });
    expect(issueOf(() => checkPlanTotals(undefined as never))).toEqual({ code: 'project.invalid-plan', path: [] });
    expect(issueOf(() => checkPlanTotals({ deAn: [{}], totals: [] } as never))).toEqual({ code: 'project.invalid-de-an', path: ['deAn', 0, 'budget'] });
    expect(issueOf(() => checkPlanTotals({ deAn: [], totals: [{ source: 'NATIONAL', amount: 1 }] } as never))).toEqual({ code: 'project.invalid-plan', path: ['totals', 0] });
    // seed 003, 2014 plan: national 13,877 tỷ + counterpart share of a line of 49,49 tỷ (as amounts of one đề án)
    const line = (source: string, dong: number) => ({ source, approved: money(dong), advanced: money(0), disbursed: money(0), settled: money(0) });
    const deAn = { budget: [line('NATIONAL', 13_877_000_000), line('COUNTERPART', 49_490_000_000)] } as never;
    expect(fundingTotals(deAn).total.approved).toEqual(money(63_367_000_000));
    const share = counterpartShare(deAn);
    expect(share.ok && share.value.share.toString()).toBe(ratio(49_490, 63_367).toString());
    const plan = { deAn: [deAn], totals: [{ source: 'NATIONAL', amount: money(13_877_000_000) }, { source: 'COUNTERPART', amount: money(49_490_000_000) }] } as never;
    expect(checkPlanTotals(plan).ok).toBe(true);
  });

  it('entriesValidOn: policy.bad-catalogue and date.invalid', () => {
    expect(issueOf(() => entriesValidOn(undefined as never, '2025-10-15'))).toEqual({ code: 'policy.bad-catalogue', path: ['entries'] });
    expect(issueOf(() => entriesValidOn([{ validFrom: 1, validTo: null }] as never, '2025-10-15'))).toEqual({ code: 'policy.bad-catalogue', path: ['entries', 0] });
    expect(issueOf(() => entriesValidOn([throwing('validFrom')] as never, '2025-10-15'))).toEqual({ code: 'policy.bad-catalogue', path: ['entries', 0] });
    expect(issueOf(() => entriesValidOn(LEGAL_FORMS, ' 2025-10-15'))).toEqual({ code: 'date.invalid', path: ['date'] });
    // NĐ 235/2025 (in force 2025-10-15) added unions of cooperatives
    expect(entriesValidOn(LEGAL_FORMS, '2025-10-15').map((f) => f.id)).toContain('UNION_OF_COOPERATIVES');
    expect(entriesValidOn(LEGAL_FORMS, '2025-10-14').map((f) => f.id)).not.toContain('UNION_OF_COOPERATIVES');
  });

  it('explain / toTrace: eligibility.invalid-trace with the path of the wrong field', () => {
    const result = checkEligibility({ group: 'CCN_INFRA_INVESTOR' }, { at: '2020-01-01' });
    expect(issueOf(() => toTrace(undefined as never))).toEqual({ code: 'eligibility.invalid-trace', path: [] });
    expect(issueOf(() => toTrace({ ...result, outcome: 'maybe' } as never))).toEqual({ code: 'eligibility.invalid-trace', path: ['outcome'] });
    expect(issueOf(() => explain({ ...result, reasons: [{}] } as never, { locale: 'en' })).path).toEqual(['reasons', 0, 'rule']);
    expect(issueOf(() => explain(revoked() as never, { locale: 'en' })).code).toBe('input.unreadable');
    expect(issueOf(() => explain(result, revoked() as never)).code).toBe('input.unreadable');
    // the stored form reads back, and explain reads both
    const trace = toTrace(result);
    expect(parseTrace(JSON.stringify(trace))).toEqual(trace);
    expect(explain(trace, { locale: 'en' })).toBe(explain(result, { locale: 'en' }));
    expect(explain(result, { locale: 'en' })).toMatch(/^\*\*Result: NOT ELIGIBLE\*\*/);
  });

  it('groupTotals: input.not-record, geo.value-not-exact, geo.group-shape', () => {
    const south = parseProvinceGroups([{ id: 'south', label: { vi: 'Phía Nam', en: 'South' }, members: ['95', '77'] }], { era: 'legacy' });
    expect(issueOf(() => groupTotals(undefined as never, south)).code).toBe('input.not-record');
    expect(issueOf(() => groupTotals({ '95': 5 } as never, south))).toEqual({ code: 'geo.value-not-exact', path: ['values', '95'] });
    expect(issueOf(() => groupTotals({ '95': null } as never, south))).toEqual({ code: 'geo.value-not-exact', path: ['values', '95'] });
    expect(issueOf(() => groupTotals({}, undefined as never))).toEqual({ code: 'geo.group-shape', path: ['groups'] });
    expect(issueOf(() => groupTotals({}, [{ id: 'x', label: { vi: 'x', en: 'x' }, members: [95] }] as never))).toEqual({ code: 'geo.group-shape', path: ['groups', 0] });
    // seed 000: Bạc Liêu 2 959 triệu (local funds 2014–2018) + 1 triệu
    expect(groupTotals({ '95': money(2_959_000_000), '77': money(1_000_000) }, south).groups[0]?.total).toEqual({ ok: true, value: money(2_960_000_000) });
  });

  it('issuesFromZod: schema.not-zod-issues for a list that is not zod issues; real issues still convert', () => {
    expect(issueOf(() => issuesFromZod(undefined as never))).toEqual({ code: 'schema.not-zod-issues', path: ['issues'] });
    expect(issueOf(() => issuesFromZod([{ code: 'unrecognized_keys', path: [], message: 'x' }] as never))).toEqual({ code: 'schema.not-zod-issues', path: ['issues', 0] });
    expect(issueOf(() => issuesFromZod([revoked()] as never))).toEqual({ code: 'schema.not-zod-issues', path: ['issues', 0] });
    const issues = z.strictObject({ a: z.int() }).safeParse({ b: 1 }, { reportInput: true }).error?.issues ?? [];
    expect(issueOf(() => issuesFromZod(issues, { messages: { x: 'not a text' } } as never))).toEqual({ code: 'schema.not-zod-issues', path: ['options', 'messages', 'x'] });
    expect(issuesFromZod(issues).map((i) => i.code).sort()).toEqual(['schema.missing', 'schema.unknown-key']);
  });
});

/** An array whose element reads throw (iteration too). */
function throwingArray(): unknown[] {
  return new Proxy([1], {
    get(t, k): unknown {
      if (k === 'length') return 1;
      if (typeof k === 'string' && /^\d+$/.test(k)) throw new Error('element that throws');
      return Reflect.get(t, k) as unknown;
    },
  });
}

describe('entry checks read hostile parts of an argument inside a guard (issue 14, typed core)', () => {
  it('arrays whose elements throw, records whose fields throw', () => {
    expect(issueOf(() => fundingTotals({ budget: throwingArray() } as never))).toEqual({ code: 'project.invalid-de-an', path: ['budget'] });
    expect(issueOf(() => fundingTotals(throwing('budget') as never))).toEqual({ code: 'project.invalid-de-an', path: [] });
    expect(issueOf(() => checkPlanTotals({ deAn: 'x', totals: [] } as never))).toEqual({ code: 'project.invalid-plan', path: ['deAn'] });
    expect(issueOf(() => checkPlanTotals({ deAn: [], totals: null } as never))).toEqual({ code: 'project.invalid-plan', path: ['totals'] });
    expect(issueOf(() => checkClaim({ kind: 'sum', parts: throwingArray(), stated: '1' } as never))).toEqual({ code: 'input.unreadable', path: ['parts', 0] });
    expect(issueOf(() => checkClaim({ kind: 'sum', parts: [], stated: '1' } as never))).toEqual({ code: 'claim.bad-parts', path: ['parts'] });
    expect(issueOf(() => checkClaim({ kind: 'ratio', numerator: throwing('interval', { kind: 'number' }), denominator: '2', stated: '2' } as never))).toEqual({
      code: 'claim.bad-number',
      path: ['numerator'],
    });
    const q = parseQuantity('gấp 2,5 lần');
    expect(issueOf(() => checkClaim({ kind: 'ratio', numerator: { ...q, interval: { lo: 1, hi: null } }, denominator: '2', stated: '2' } as never)).code).toBe('claim.bad-number');
    expect(issueOf(() => checkClaim({ kind: 'ratio', numerator: { ...q, interval: null }, denominator: '2', stated: '2' } as never)).code).toBe('claim.bad-number');
    expect(checkClaim({ kind: 'ratio', numerator: '25 tỷ đồng', denominator: '10 tỷ đồng', stated: q }).status).toBe('consistent');
    expect(issueOf(() => groupTotals({}, [throwing('members', { id: 'x' })] as never))).toEqual({ code: 'geo.group-shape', path: ['groups', 0] });
    expect(issueOf(() => auditReports(throwingArray() as never)).code).toBe('input.unreadable');
  });

  it('issuesFromZod: each code needs its fields', () => {
    const base = { path: ['a'], message: 'm' };
    for (const code of ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_value']) {
      expect(issueOf(() => issuesFromZod([{ ...base, code }] as never))).toEqual({ code: 'schema.not-zod-issues', path: ['issues', 0] });
    }
    expect(issueOf(() => issuesFromZod([{ ...base, code: 'invalid_union', options: [{}] }] as never)).code).toBe('schema.not-zod-issues');
    expect(issueOf(() => issuesFromZod([{ code: 'custom', path: [{}], message: 'm' }] as never)).code).toBe('schema.not-zod-issues');
    expect(issueOf(() => issuesFromZod([{ code: 'custom', path: [], message: 'm' }], { messages: 'x' } as never)).code).toBe('input.not-record');
    const schema = z.strictObject({
      n: z.number().min(1).max(5).multipleOf(2),
      s: z.string().regex(/^a$/),
      e: z.enum(['x', 'y']),
      u: z.union([z.string(), z.number()]),
      d: z.string().date(),
      c: z.string().refine(() => false),
    });
    const issues = schema.safeParse({ n: 7, s: 'b', e: 'z', u: true, d: '2025-02-30', c: '', extra: 1 }, { reportInput: true }).error?.issues ?? [];
    const codes = issuesFromZod(issues, { messages: {} }).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['schema.too-big', 'schema.not-multiple-of', 'schema.invalid-format', 'schema.invalid-value', 'schema.invalid-union', 'schema.invalid', 'schema.unknown-key']));
    const small = z.number().min(1).safeParse(0).error?.issues ?? [];
    expect(issuesFromZod(small)[0]?.code).toBe('schema.too-small');
  });

  it('isDeepFrozen: only frozen data all the way down', () => {
    expect(isDeepFrozen(1)).toBe(true);
    expect(isDeepFrozen(() => 1)).toBe(false);
    const shared = Object.freeze({ a: 1 });
    expect(isDeepFrozen(Object.freeze({ x: shared, y: shared, z: Object.freeze([shared]) }))).toBe(true);
    expect(isDeepFrozen(Object.freeze({ x: { a: 1 } }))).toBe(false);
    expect(isDeepFrozen(Object.freeze(Object.defineProperty({}, 'g', { get: () => 1, enumerable: true })))).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(isDeepFrozen(Object.freeze(cyclic))).toBe(false);
    let deep: unknown = Object.freeze({});
    for (let i = 0; i < 70; i++) deep = Object.freeze({ deep });
    expect(isDeepFrozen(deep)).toBe(false);
    expect(isDeepFrozen(revoked())).toBe(false);
    // seed reports are deep-frozen data: the audit checks them once
    expect(isDeepFrozen(seedReport('seed-003/south-2014-plan'))).toBe(true);
  });
});
