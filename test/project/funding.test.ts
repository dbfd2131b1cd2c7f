import { describe, expect, it } from 'vitest';
import { checkPlanTotals } from '../../src/project/checkPlanTotals.js';
import { parseDeAn, type DeAnJson } from '../../src/project/DeAn.js';
import { computeDeAnSupport, counterpartShare, fundingTotals } from '../../src/project/funding.js';
import { parsePlan, safeParsePlan, serializePlan, type PlanJson } from '../../src/project/Plan.js';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { localCluster, nationalTraining } from './fixtures.js';

const budget = (national: number, counterpart: number): DeAnJson['budget'] => [
  { source: 'NATIONAL', approved: national, advanced: 0, disbursed: 0, settled: 0 },
  { source: 'COUNTERPART', approved: counterpart, advanced: 0, disbursed: 0, settled: 0 },
];
const approved = parseDeAn({ ...nationalTraining, budget: budget(400_000_000, 100_000_000) });

describe('funding totals and counterpart share', () => {
  it('totals per source and over sources, exact (TSDoc example)', () => {
    const t = fundingTotals(approved);
    expect(t.total.approved.dong).toBe(500_000_000);
    expect(t.bySource.map((l) => [l.source, l.approved.dong])).toEqual([
      ['NATIONAL', 400_000_000],
      ['LOCAL', 0],
      ['COUNTERPART', 100_000_000],
      ['OTHER_LAWFUL', 0],
    ]);
  });

  it('the counterpart share is an exact ratio: 100 / 500 = 0.2', () => {
    const s = counterpartShare(approved);
    expect(s.ok && [s.value.share.toString(), s.value.counterpart.dong, s.value.total.dong]).toEqual(['0.2', 100_000_000, 500_000_000]);
    const third = counterpartShare(parseDeAn({ ...nationalTraining, budget: budget(200, 100) }));
    expect(third.ok && [third.value.share.numerator, third.value.share.denominator]).toEqual([1n, 3n]);
  });

  it('is 0 when only public funds are approved', () => {
    const s = counterpartShare(parseDeAn({ ...localCluster, budget: [{ source: 'LOCAL', approved: 5, advanced: 0, disbursed: 0, settled: 0 }] }));
    expect(s.ok && s.value.share.toString()).toBe('0');
  });

  it('is undefined before anything is approved', () => {
    expect(counterpartShare(parseDeAn(nationalTraining))).toEqual({
      ok: false,
      reason: {
        code: 'nothing-approved',
        message: {
          vi: 'Chưa có số kinh phí được duyệt nên không tính được tỷ lệ vốn đối ứng.',
          en: 'Nothing is approved yet, so the counterpart share is undefined.',
        },
      },
    });
  });
});

describe('computeDeAnSupport: dated support levels via policy computeSupport (docs/legal-sources.md, "Support levels")', () => {
  it('machinery: 50 % of 1 tỷ is 500 triệu, the 300 triệu cap of TT 28/2018 binds (S21, S23)', () => {
    const d = parseDeAn({ ...nationalTraining, supportItems: [{ item: 'MACHINERY_APPLICATION', eligibleCost: 1_000_000_000 }] });
    const s = computeDeAnSupport(d, '2019-06-01');
    const line = s.lines[0];
    expect(line?.ok === true && [line.value.support.dong, line.value.binding]).toEqual([300_000_000, 'absolute-cap']);
    expect([s.total.dong, s.complete]).toEqual([300_000_000, true]);
  });

  it('demonstration model: 30 % of 2 tỷ = 600 triệu, below the 1 000 triệu cap (S20); before 2018-05-11 the 500 triệu cap binds', () => {
    const d = parseDeAn({
      ...nationalTraining,
      supportItems: [
        { item: 'DEMO_MODEL_NEW_TECH', eligibleCost: 2_000_000_000 },
        { item: 'MACHINERY_APPLICATION', eligibleCost: 100_000_000 },
      ],
    });
    const now = computeDeAnSupport(d, '2019-06-01');
    expect(now.lines.map((l) => (l.ok ? [l.value.support.dong, l.value.binding] : l.reason.code))).toEqual([
      [600_000_000, 'percent-cap'],
      [50_000_000, 'percent-cap'],
    ]);
    expect(now.total.dong).toBe(650_000_000);
    const before = computeDeAnSupport(d, '2015-03-01');
    expect(before.lines[0]?.ok === true && before.lines[0].value.support.dong).toBe(500_000_000);
  });

  it('lines the policy catalogue does not model add nothing and make the result incomplete', () => {
    const s = computeDeAnSupport(parseDeAn(nationalTraining), '2019-06-01');
    expect(s.lines[0]?.ok).toBe(false);
    expect([s.total.dong, s.complete]).toEqual([0, false]);
  });

  it('throws a bilingual error for a malformed date', () => {
    expect(() => computeDeAnSupport(approved, '2019-13-01')).toThrow(KhuyenCongError);
    try {
      computeDeAnSupport(approved, '2019-13-01');
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'date.invalid', path: ['at'] });
    }
  });
});

describe('plans and checkPlanTotals', () => {
  const d1: DeAnJson = { ...nationalTraining, budget: budget(13_000_000_000, 2_000_000_000) };
  const d2: DeAnJson = { ...nationalTraining, id: 'KCQG-2020-02', budget: budget(909_000_000, 0) };
  const plan: PlanJson = {
    id: 'KH-KCQG-2020',
    level: 'NATIONAL',
    year: 2020,
    approval: { decision: 'Quyết định phê duyệt kế hoạch khuyến công quốc gia năm 2020', date: '2019-12-20' },
    deAn: [d1, d2],
    totals: [
      { source: 'NATIONAL', amount: 13_877_000_000 },
      { source: 'COUNTERPART', amount: 2_000_000_000 },
    ],
  };

  it('reports a 32 triệu gap between the stated total and the đề án, with both amounts (cf. seed 003)', () => {
    const c = checkPlanTotals(parsePlan(plan));
    expect(c.ok).toBe(false);
    expect(c.computed.map((x) => [x.source, x.amount.dong])).toEqual([
      ['NATIONAL', 13_909_000_000],
      ['LOCAL', 0],
      ['COUNTERPART', 2_000_000_000],
      ['OTHER_LAWFUL', 0],
    ]);
    expect(c.mismatches).toEqual([
      {
        source: 'NATIONAL',
        declared: { kind: 'money', dong: 13_877_000_000 },
        computed: { kind: 'money', dong: 13_909_000_000 },
        difference: { kind: 'money', dong: 32_000_000 },
        message: {
          vi: 'Nguồn NATIONAL: tổng kế hoạch 13.877.000.000 đồng, tổng các đề án 13.909.000.000 đồng, chênh lệch 32.000.000 đồng.',
          en: 'Source NATIONAL: the plan states 13,877,000,000 đồng, its đề án add up to 13,909,000,000 đồng, a difference of 32,000,000 đồng.',
        },
      },
    ]);
  });

  it('passes when the đề án add up exactly, and flags a source the plan does not state', () => {
    const ok = checkPlanTotals(parsePlan({ ...plan, totals: [{ source: 'NATIONAL', amount: 13_909_000_000 }, { source: 'COUNTERPART', amount: 2_000_000_000 }] }));
    expect([ok.ok, ok.mismatches]).toEqual([true, []]);
    const missing = checkPlanTotals(parsePlan({ ...plan, totals: [{ source: 'NATIONAL', amount: 13_909_000_000 }] }));
    expect(missing.mismatches.map((m) => [m.source, m.declared, m.difference.dong])).toEqual([['COUNTERPART', null, 2_000_000_000]]);
    expect(missing.mismatches[0]?.message.en).toBe(
      'Source COUNTERPART: the plan states not stated, its đề án add up to 2,000,000,000 đồng, a difference of 2,000,000,000 đồng.',
    );
  });

  it('serialises back to the same JSON', () => {
    expect(serializePlan(parsePlan(plan))).toEqual(plan);
  });

  it('refuses inconsistent plans with field paths', () => {
    const issues = (p: unknown) => {
      const r = safeParsePlan(p);
      return r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(issues({ ...plan, level: 'PROVINCIAL' })).toEqual([['project.plan-province', 'province']]);
    expect(issues({ ...plan, deAn: [localCluster] })).toEqual([
      ['project.plan-scope', 'deAn.0.scope'],
      ['project.plan-year', 'deAn.0.period'],
    ]);
    expect(issues({ ...plan, deAn: [d1, d1] })).toEqual([['project.duplicate', 'deAn.1.id']]);
    expect(issues({ ...plan, totals: [...plan.totals, plan.totals[0]] })).toEqual([['project.duplicate', 'totals.2.source']]);
    expect(issues({ ...plan, level: 'PROVINCIAL', province: { code: '79', asOf: '2019-12-20' } })).toEqual([
      ['project.plan-province-mismatch', 'deAn.0.province.code'],
      ['project.plan-province-mismatch', 'deAn.1.province.code'],
    ]);
    const r = safeParsePlan({ ...plan, deAn: [localCluster] });
    if (!r.success) expect(r.error.issues[0]?.message.en).toBe('Đề án "KCDP-BL-2025-03" is a local đề án and cannot be in the national plan.');
  });
});
