/**
 * Cross-cutting invariants not already covered by the areas' own properties:
 * - no entry point that takes objects mutates them: its inputs are deep-frozen (library modules are strict, so
 *   any write would throw) and compared before/after;
 * - determinism: the same input gives deep-equal outputs (or the same rejection), twice.
 * Already covered elsewhere (not repeated): checkEligibility determinism, key order and no mutation
 * (test/eligibility), claim monotonicity in the intervals (test/claims), transition no mutation
 * (test/project), restating keeps totals (test/geo).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kc from '../../src/index.js';
import { deepFreeze, snapshot } from './hostile.js';

const RUNS = 150;

const dong = fc.integer({ min: 0, max: 10 ** 13 });
const money = dong.map((d) => kc.money(d));
const signedMoney = fc.integer({ min: -(10 ** 13), max: 10 ** 13 }).map((d) => kc.money(d));
const day = fc.date({ min: new Date(Date.UTC(2008, 7, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const legacyCode = fc.constantFrom(...kc.LEGACY_PROVINCE_CODES);
const anyCode = fc.constantFrom(...kc.LEGACY_PROVINCE_CODES, ...kc.CURRENT_PROVINCE_CODES, 'xx');
const period = fc.oneof(fc.integer({ min: 2008, max: 2030 }).map(String), fc.constant('2025-H1'), fc.constant('yesterday'));
const year = fc.integer({ min: 2010, max: 2030 });
const statValue = fc.oneof(money, signedMoney, fc.constant(null));

/** Frozen inputs pass, are unchanged, and two runs give deep-equal outputs (or the same rejection). */
function pure<A extends unknown[]>(arbitrary: fc.Arbitrary<A>, fn: (...args: A) => unknown): void {
  fc.assert(
    fc.property(arbitrary, (args) => {
      const before = snapshot(args);
      deepFreeze(args);
      const run = (): { ok: true; value: unknown } | { ok: false; error: unknown } => {
        try {
          return { ok: true, value: fn(...args) };
        } catch (error) {
          // Rejections are allowed here (the catalogue checks them); only a KhuyenCongError.
          expect(error).toBeInstanceOf(kc.KhuyenCongError);
          return { ok: false, error: (error as kc.KhuyenCongError).issues };
        }
      };
      const first = run();
      const second = run();
      expect(snapshot(args)).toEqual(before);
      expect(snapshot(second)).toEqual(snapshot(first));
    }),
    { numRuns: RUNS },
  );
}

describe('no entry point mutates its inputs, and each is deterministic', () => {
  it('parseSupportRequest and computeSupport', () => {
    const request = fc.record({ item: fc.constantFrom(...kc.SUPPORT_ITEMS.map((i) => i.id), 'NOPE'), eligibleCost: money, at: day });
    pure(fc.tuple(request), (r) => kc.parseSupportRequest(r));
    pure(fc.tuple(request), (r) => kc.computeSupport(r as kc.ComputeSupportInput));
  });

  it('parseProvinceGroups and groupTotals', () => {
    const groups = fc.array(
      fc.record({ id: fc.constantFrom('north', 'centre', 'south', 'x'), label: fc.constant({ vi: 'Nhóm', en: 'Group' }), members: fc.uniqueArray(legacyCode, { minLength: 1, maxLength: 6 }) }),
      { minLength: 1, maxLength: 4 },
    );
    pure(fc.tuple(groups), (g) => kc.parseProvinceGroups(g, { era: 'legacy' }));
    const values = fc.dictionary(legacyCode, money, { maxKeys: 10 });
    pure(fc.tuple(values, groups.map((g) => kc.safeParseProvinceGroups(g, { era: 'legacy' }))), (v, parsed) =>
      parsed.success ? kc.groupTotals(v, parsed.data) : null,
    );
  });

  it('restateToCurrentMap and restateToLegacyMap', () => {
    const series = fc.dictionary(anyCode, fc.dictionary(period, money, { maxKeys: 3 }), { maxKeys: 8 });
    pure(fc.tuple(series), (s) => kc.restateToCurrentMap(s));
    pure(fc.tuple(series), (s) => kc.restateToLegacyMap(s));
  });

  it('statistics over series and records: shares, yearOverYear, periodTotal, periodAverage, averagePerProvince, sumMoney', () => {
    const series = fc.dictionary(year.map(String), statValue, { maxKeys: 8 });
    const p = fc.record({ from: year, to: year });
    pure(fc.tuple(fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), statValue, { maxKeys: 5 })), (parts) => kc.shares(parts));
    pure(fc.tuple(series), (s) => kc.yearOverYear(s));
    pure(fc.tuple(series, p), (s, per) => kc.periodTotal(s, per));
    pure(fc.tuple(series, p), (s, per) => kc.periodAverage(s, per, { denominator: 'reported' }));
    pure(fc.tuple(fc.dictionary(legacyCode, statValue, { maxKeys: 6 })), (v) => kc.averagePerProvince(v, { denominator: 'reported' }));
    pure(fc.tuple(fc.array(signedMoney, { maxLength: 6 })), (list) => kc.sumMoney(list));
  });

  it('parseQuantity with options objects, and the format functions with their options', () => {
    const options = fc.record({ aboutTolerance: fc.constantFrom('0.05', '0.1', '0.2'), nearlyTolerance: fc.constantFrom('0.05', '0.1') }, { requiredKeys: [] });
    const text = fc.constantFrom('khoảng 54,06 tỷ đồng', 'gần 5.000 lao động', 'hơn 75 cơ sở', 'tăng 17,16%', '63,335 tỷ đồng');
    pure(fc.tuple(text, options), (t, o) => kc.parseQuantity(t, o));
    const fmt = fc.record({ locale: fc.constantFrom('vi' as const, 'en' as const), maxDecimals: fc.integer({ min: 0, max: 6 }) }, { requiredKeys: [] });
    pure(fc.tuple(money, fmt), (m, o) => kc.formatMoney(m, o));
  });

  it('claims: parseClaim then checkClaim (seed 003 figures as operands)', () => {
    const amount = fc.constantFrom('7,73 tỷ đồng', '46,33 tỷ đồng', '54,06 tỷ đồng', 'khoảng 13,8 tỷ đồng', 'hơn 2,9 tỷ đồng');
    const claim = fc.oneof(
      fc.record({ kind: fc.constant('sum'), parts: fc.array(amount, { minLength: 1, maxLength: 3 }), stated: amount }),
      fc.record({ kind: fc.constant('share'), part: amount, whole: amount, stated: fc.constantFrom('14,30%', '50%', 'gần 86%') }),
      fc.record({ kind: fc.constant('change'), previous: amount, current: amount, stated: fc.constantFrom('tăng 17,16%', 'giảm 4%') }),
    );
    pure(fc.tuple(claim), (c) => kc.parseClaim(c));
    pure(fc.tuple(claim.map((c) => kc.safeParseClaim(c))), (parsed) => (parsed.success ? kc.checkClaim(parsed.data) : null));
  });

  it('audit: auditReport over every seed report (frozen data) and over thawed copies', () => {
    pure(fc.tuple(fc.constantFrom(...kc.SEED_REPORTS)), (r) => kc.auditReport(r));
    pure(fc.tuple(fc.constantFrom(...kc.SEED_REPORTS).map((r) => structuredClone(r))), (r) => kc.auditReport(r));
    pure(fc.tuple(fc.subarray([...kc.SEED_REPORTS])), (list) => kc.auditReports(list));
  });

  it('eligibility outputs: explain and toTrace do not mutate a result (checkEligibility itself is covered in test/eligibility)', () => {
    const applicant = fc.record(
      {
        group: fc.constantFrom('RURAL_INDUSTRIAL_ESTABLISHMENT', 'CCN_INFRA_INVESTOR'),
        location: fc.record({ unitKind: fc.constantFrom('XA', 'PHUONG', 'QUAN', 'HUYEN') }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const result = fc.tuple(applicant, fc.constantFrom('2019-01-01', '2024-06-30', '2025-10-15')).map(([a, at]) => kc.checkEligibility(kc.parseApplicant(a), { at }));
    pure(fc.tuple(result, fc.constantFrom('vi' as const, 'en' as const)), (r, locale) => kc.explain(r, { locale }));
    pure(fc.tuple(result), (r) => kc.toTrace(r));
    pure(fc.tuple(result.map((r) => JSON.stringify(kc.toTrace(r)))), (t) => kc.parseTrace(t));
  });

  it('projects: parseDeAn/parseEstablishment of frozen JSON, fundingTotals, counterpartShare, computeDeAnSupport', () => {
    const est = {
      name: 'HTX Mây tre đan Phú Vinh',
      legalForm: 'COOPERATIVE',
      sizeClass: 'SMALL',
      taxCode: '0100233488',
      location: { province: { code: '01', asOf: '2019-03-01' }, unitKind: 'XA', inRecognisedCraftVillage: true, difficulty: 'NONE' },
      industry: 'HANDICRAFT',
      owner: { womenOwned: true, ethnicMinorityOwned: false },
    };
    const deAn = fc.record({ approved: dong, counterpart: dong, cost: fc.integer({ min: 1, max: 10 ** 10 }) }).map(({ approved, counterpart, cost }) => ({
      id: 'KCQG-2020-01',
      title: 'Đào tạo nghề mây tre đan cho lao động nông thôn',
      scope: 'NATIONAL',
      group: false,
      period: { startYear: 2020, endYear: 2020 },
      province: { code: '01', asOf: '2019-03-01' },
      implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', kind: 'PROVINCIAL_KC_CENTRE' },
      beneficiaries: [structuredClone(est)],
      activity: 'VOCATIONAL_TRAINING',
      advanceType: 'VOCATIONAL_TRAINING',
      supportItems: [{ item: 'VOCATIONAL_TRAINING_COURSE', eligibleCost: cost }],
      budget: [
        { source: 'NATIONAL', approved, advanced: 0, disbursed: 0, settled: 0 },
        { source: 'COUNTERPART', approved: counterpart, advanced: 0, disbursed: 0, settled: 0 },
      ],
      indicators: [{ id: 'trainees', label: { vi: 'Học viên', en: 'Trainees' }, unit: 'trainee', target: 35 }],
      history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-03-01' }],
    }));
    pure(fc.tuple(fc.constant(est)), (e) => kc.parseEstablishment(e));
    pure(fc.tuple(deAn), (d) => kc.parseDeAn(d));
    const parsed = deAn.map((d) => kc.parseDeAn(d));
    pure(fc.tuple(parsed), (d) => kc.fundingTotals(d));
    pure(fc.tuple(parsed), (d) => kc.counterpartShare(d));
    pure(fc.tuple(parsed, fc.constantFrom('2019-06-01', '2020-01-01')), (d, at) => kc.computeDeAnSupport(d, at));
  });
});

describe('Ratio and Money values are immutable and canonical', () => {
  it('equal values made in different ways serialise identically', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 1000n }), (n, d, k) => {
        const a = kc.ratio(n, d);
        const b = kc.ratio(n * k, d * k);
        expect(b.toString()).toBe(a.toString());
        expect(kc.compareRatio(a, b)).toBe(0);
        expect(Object.isFrozen(a)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
