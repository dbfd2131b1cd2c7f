import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/claims/index.js';
import { auditReports, INDICATORS, type ProgrammeReport, type PublishedFigure } from '../../src/audit/index.js';
import { SEED_REPORTS, seedReport, type SeedReportId } from '../../src/data/index.js';
import { ratio, ratioToFixed, type Ratio } from '../../src/quantity/index.js';
import { parseQuantity, safeParseQuantity } from '../../src/quantity/parseQuantity.js';

function figures(r: ProgrammeReport): PublishedFigure[] {
  const out: PublishedFigure[] = [];
  if (r.total) out.push(r.total);
  if (r.projects) out.push(r.projects);
  if (r.scope.kind === 'group' && r.scope.members) out.push(r.scope.members);
  for (const l of r.funding ?? []) for (const f of [l.amount, l.projects, l.tasks]) if (f) out.push(f);
  for (const o of r.outputs ?? []) if (o.value) out.push(o.value);
  for (const d of r.derived ?? []) {
    out.push(d.stated);
    if (d.kind === 'change' && d.base.value) out.push(d.base.value);
    if (d.kind === 'average-per-member' && d.count) out.push(d.count);
  }
  return out;
}

function isDeepFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}

const pct2 = (r: Ratio): string => ratioToFixed(ratio(r.numerator * 100n, r.denominator), 2);
const amount = (id: SeedReportId, source: 'national' | 'local'): string => {
  const a = (seedReport(id) as ProgrammeReport).funding?.find((l) => l.source === source)?.amount;
  if (a === undefined) throw new Error('missing amount');
  return a.text;
};

describe('SEED_REPORTS: the data set', () => {
  it('docstring examples: the 2014 plan total and Lạng Sơn 2016 (seeds 003, 002)', () => {
    expect(SEED_REPORTS.find((r) => r.id === 'seed-003/south-2014-plan')?.total?.text).toBe('63,335 tỷ đồng');
    expect(seedReport('seed-002/lang-son-2016-executed').funding[0].amount.text).toBe('1,42 tỷ đồng');
  });

  it('is deeply frozen, with unique ids in seed order', () => {
    expect(isDeepFrozen(SEED_REPORTS)).toBe(true);
    const ids = SEED_REPORTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seeds = ids.map((id) => id.slice(5, 8));
    expect(seeds).toEqual([...seeds].sort());
    expect(ids.length).toBe(11);
  });

  it('gives every figure its seed, publication and date, matching the report it is in', () => {
    const dates: Record<string, string | undefined> = { '000': '2019-03-28', '001': '2021-11-25', '002': undefined, '003': '2014-05-29', '004': '2023' };
    for (const r of SEED_REPORTS) {
      const seed = r.id.slice(5, 8);
      expect(r.source.seed).toBe(seed);
      for (const f of figures(r)) {
        expect(f.source.seed).toBe(seed);
        expect(f.source.publication.length).toBeGreaterThan(0);
        expect(f.source.date).toBe(dates[seed]);
      }
    }
  });

  it('keeps every figure as published text that the quantity parser reads', () => {
    const unread: string[] = [];
    for (const r of SEED_REPORTS) for (const f of figures(r)) if (!safeParseQuantity(f.text).success) unread.push(f.text);
    expect(unread).toEqual([]);
  });

  it('uses only catalogue indicators, and covers what the seeds report', () => {
    const used = new Set((SEED_REPORTS as readonly ProgrammeReport[]).flatMap((r) => (r.outputs ?? []).map((o) => o.indicator)));
    for (const i of used) expect(Object.keys(INDICATORS)).toContain(i);
    expect(used.size).toBe(24);
  });

  it('writes province names as they were, with their pre-2025 codes (seed 000, 001, 002, 004)', () => {
    const scopes = SEED_REPORTS.map((r) => (r.scope.kind === 'province' ? `${r.scope.name} ${String(r.scope.code)}` : r.scope.name));
    expect(new Set(scopes)).toEqual(new Set(['Bạc Liêu 95', 'Bình Dương 74', 'Lạng Sơn 20', 'các tỉnh, thành phố khu vực phía Nam', 'Bà Rịa – Vũng Tàu 77']));
  });

  it('seed 004: the 2023 plan names Decision 2948/QĐ-BCT (29/12/2022, 2 đề án) and letter 4262/UBND-VP (13/04/2023, 23 tasks)', () => {
    const [national, local] = seedReport('seed-004/ba-ria-vung-tau-2023-plan').funding;
    expect([national.approvedBy.number, national.approvedBy.date, parseQuantity(national.projects.text).value]).toEqual(['2948/QĐ-BCT', '2022-12-29', ratio(2)]);
    expect([local.approvedBy.number, local.approvedBy.date, parseQuantity(local.tasks.text).value]).toEqual(['4262/UBND-VP', '2023-04-13', ratio(23)]);
  });

  it('seed 001: qualifiers are part of the targets (hơn 75 → above 75; ít nhất 4 → 4 or more; khoảng 800 → 720 to 880)', () => {
    const outs = seedReport('seed-001/binh-duong-by-2025-target').outputs;
    const q = (text: string) => parseQuantity(outs.find((o) => o.value.text === text)?.value.text ?? '');
    expect(q('hơn 75 cơ sở').interval.lo).toEqual({ value: ratio(75), open: true });
    expect(q('hơn 75 cơ sở').interval.hi).toBeNull();
    expect(q('ít nhất 4 cơ sở').interval.lo).toEqual({ value: ratio(4), open: false });
    expect(q('ít nhất là 2 mô hình').qualifiers).toEqual(['at-least']);
    expect([q('khoảng 800 người').interval.lo?.value, q('khoảng 800 người').interval.hi?.value]).toEqual([ratio(720), ratio(880)]);
  });
});

describe('every derivation of seed-figures.md, reproduced from the data (expected values by hand / Python fractions)', () => {
  const S13 = 'seed-003/south-2013-executed' as const;
  const S14 = 'seed-003/south-2014-plan' as const;

  it('seed 003: 7,73 + 46,33 = 54,06 tỷ → consistent', () => {
    const r = checkClaim({ kind: 'sum', parts: [amount(S13, 'national'), amount(S13, 'local')], stated: seedReport(S13).total.text });
    expect(r.status).toBe('consistent');
    expect(r.status !== 'cannot-check' && r.value).toEqual(ratio(54_060_000_000));
  });

  it('seed 003: 63,335 / 54,06 − 1 = 17,15686…% → published 17,16% → consistent', () => {
    const r = checkClaim({ kind: 'change', current: seedReport(S14).total.text, previous: seedReport(S13).total.text, stated: seedReport(S14).derived[0].stated.text });
    expect(r.status).toBe('consistent');
    if (r.status === 'cannot-check') return;
    expect(r.value).toEqual(ratio(9275, 54060));
    expect(r.value.toString().startsWith('0.1715686274509803921568627')).toBe(true);
  });

  it('seed 003: 2012 implied by "+2,1%" is 54,06 / 1,021 = 52,948… tỷ, with the interval the 1-decimal percentage allows', () => {
    const e = auditReports([seedReport(S13)]).estimates.find((x) => x.id === 'implied-base');
    expect(e?.value).toEqual(ratio(54_060_000_000_000n, 1021n));
    expect(ratioToFixed(e?.value ?? ratio(0), 0)).toBe('52948090108');
    // [54,055 / 1,0215; 54,065 / 1,0205] tỷ
    expect(e?.interval.lo?.value).toEqual(ratio(540_550_000_000_000n, 10215n));
    expect(e?.interval.hi?.value).toEqual(ratio(540_650_000_000_000n, 10205n));
  });

  it('seed 003: 63,335 / 3,17 ≈ 19,98 → 20 provinces; 63,335 / 20 = 3,16675 → published 3,17 → consistent', () => {
    const f = auditReports([seedReport(S14)]).findings.find((x) => x.check === 'average-per-member');
    expect(f?.status).toBe('consistent');
    // 63,335 / 20 = 12667 / 4000 tỷ = 3,16675 tỷ
    expect(f?.result.status === 'consistent' && f.result.value).toEqual(ratio(12667n * 1_000_000_000n, 4000n));
    const implied = auditReports([seedReport(S14)]).estimates.find((x) => x.id === 'implied-count');
    expect(ratioToFixed(implied?.value ?? ratio(0), 2)).toBe('19.98');
  });

  it('seed 003: 13,877 + 49,49 = 63,367 ≠ 63,335 → inconsistent by 0,032 tỷ (32 triệu), far beyond rounding', () => {
    const r = checkClaim({ kind: 'sum', parts: [amount(S14, 'national'), amount(S14, 'local')], stated: seedReport(S14).total.text });
    expect(r.status).toBe('inconsistent');
    if (r.status === 'cannot-check') return;
    expect(r.difference).toEqual(ratio(32_000_000));
    expect(r.gap).toEqual(ratio(26_000_000));
  });

  it('seed 003: growth by source 2013→2014 KCQG +79,52%, KCĐP +6,82%; đề án 287 → 327 (+13,94%); national share 2013 14,30%', () => {
    const { estimates } = auditReports([seedReport(S13), seedReport(S14)]);
    const get = (id: string, subject?: string, report?: string) =>
      estimates.find((e) => e.id === id && (subject === undefined || e.subject === subject) && (report === undefined || e.report === report))?.value ?? ratio(0);
    expect(pct2(get('source-change', 'national'))).toBe('79.52');
    expect(pct2(get('source-change', 'local'))).toBe('6.82');
    expect(get('projects-change')).toEqual(ratio(40, 287));
    expect(pct2(get('projects-change'))).toBe('13.94');
    expect(pct2(get('source-share', 'national', S13))).toBe('14.30');
  });

  it('seed 000: 2,959 + 4,020 = 6,979 → consistent; national 57,60%, local 42,40%; 1,3958 tỷ a year over 2014–2018', () => {
    const id = 'seed-000/bac-lieu-2014-2018-approved' as const;
    const { findings, estimates } = auditReports([seedReport(id)]);
    expect(findings.map((f) => `${f.check}: ${f.status}`)).toEqual(['funding-sum: consistent']);
    expect(pct2(estimates.find((e) => e.subject === 'national')?.value ?? ratio(0))).toBe('57.60');
    expect(pct2(estimates.find((e) => e.subject === 'local')?.value ?? ratio(0))).toBe('42.40');
    expect(estimates.find((e) => e.id === 'average-per-year')?.value).toEqual(ratio(6_979_000_000, 5));
  });

  it('seed 002: 2016 against the 2007–2015 yearly average: 1,42 / 0,70 − 1 = +102,86% (an approximate base: "khoảng")', () => {
    const e = auditReports(SEED_REPORTS).estimates.find((x) => x.id === 'versus-period-average');
    expect(e?.value).toEqual(ratio(72, 70));
    expect(pct2(e?.value ?? ratio(0))).toBe('102.86');
  });

  it('seed 001: 1.600 / 20 = 80 people per class; about 800 / 20 = about 40 per class', () => {
    const { estimates } = auditReports([seedReport('seed-001/binh-duong-by-2025-target')]);
    expect(estimates.map((e) => [e.subject, e.value])).toEqual([
      ['officials-and-establishments', ratio(80)],
      ['startup-management', ratio(40)],
    ]);
  });

  it('the whole data set: only the 2014 plan of seed 003 is inconsistent', () => {
    expect(auditReports(SEED_REPORTS).findings.filter((f) => f.status !== 'consistent').map((f) => f.report)).toEqual([S14]);
  });
});
