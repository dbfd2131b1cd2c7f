import { describe, expect, it } from 'vitest';
import { auditReport, auditReports, type Finding, type ProgrammeReport } from '../../src/audit/index.js';
import { seedReport, SEED_REPORTS } from '../../src/data/index.js';
import { ratio } from '../../src/quantity/index.js';

const S = { seed: 'test', publication: 'test' } as const;
const fig = (text: string) => ({ text, source: S });
const summary = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.report} ${f.check}: ${f.status}`);

describe('auditReport: seed 003 (southern region, Báo Công Thương 29/05/2014)', () => {
  const y2013 = seedReport('seed-003/south-2013-executed');
  const y2014 = seedReport('seed-003/south-2014-plan');

  it('the docstring example: the 2014 plan has one inconsistency, its components against its total', () => {
    const { findings } = auditReport(y2014);
    expect(findings.map((f) => `${f.check}: ${f.status}`)).toEqual(['funding-sum: inconsistent', 'average-per-member: consistent']);
  });

  it('flags 13,877 + 49,49 = 63,367 ≠ 63,335 tỷ: 32 triệu over the total, 26 triệu beyond any rounding', () => {
    const f = auditReport(y2014).findings[0];
    expect(f?.check).toBe('funding-sum');
    expect(f?.result.status).toBe('inconsistent');
    if (f?.result.status !== 'inconsistent') return;
    expect(f.result.value).toEqual(ratio(63_367_000_000));
    expect(f.result.difference).toEqual(ratio(32_000_000));
    expect(f.result.gap).toEqual(ratio(26_000_000));
    expect(f.message.vi).toBe(
      'Tổng kinh phí các nguồn so với tổng công bố: 13,877 tỷ đồng + 49,49 tỷ đồng = 63,367 tỷ đồng: không khớp với con số công bố “63,335 tỷ đồng” (chênh lệch +0,032 tỷ đồng (+32 triệu đồng)); kể cả sai số làm tròn của mọi con số, hai bên vẫn cách nhau 0,026 tỷ đồng (26 triệu đồng).',
    );
    expect(f.message.en).toBe(
      'Funding by source against the stated total: VND 13.877 billion + VND 49.49 billion = VND 63.367 billion: inconsistent with the stated “63,335 tỷ đồng” (a difference of +VND 0.032 billion (+VND 32 million)); even allowing for the rounding of every figure, they miss each other by VND 0.026 billion (VND 26 million).',
    );
  });

  it('3,17 tỷ per province is consistent with 20 provinces, the only whole number that fits (63,335 / 20 = 3,16675)', () => {
    const f = auditReport(y2014).findings[1];
    expect(f?.result.status).toBe('consistent');
    if (f?.result.status !== 'consistent') return;
    expect(f.result.value).toEqual(ratio(3_166_750_000));
    expect(f.note?.en).toBe(
      'the number of provinces is not stated; 20 is the only whole number that fits the published total and average (total / average = 19.9795)',
    );
    expect(f.message.vi).toBe(
      'Bình quân mỗi tỉnh, thành phố: 63,335 tỷ đồng / 20 = 3,16675 tỷ đồng: khớp với con số công bố “3,17 tỷ đồng/1 tỉnh, thành phố” ở độ chính xác đã công bố. (số tỉnh, thành phố không được nêu; 20 là số nguyên duy nhất phù hợp với tổng và bình quân đã công bố (tổng / bình quân = 19,9795))',
    );
    const implied = auditReport(y2014).estimates.find((e) => e.id === 'implied-count');
    // 63,335 / 3,17 = 63335 / 3170; over the published precision [63,3345/3,175; 63,3355/3,165]
    expect(implied?.value).toEqual(ratio(63335, 3170));
    expect(implied?.interval.lo?.value).toEqual(ratio(633345, 31750));
    expect(implied?.interval.hi?.value).toEqual(ratio(633355, 31650));
  });

  it('2013: 7,73 + 46,33 = 54,06 tỷ is consistent; 2012 implied by "tăng 2,1%" is an estimate, not a finding', () => {
    const { findings, estimates } = auditReport(y2013);
    expect(summary(findings)).toEqual(['seed-003/south-2013-executed funding-sum: consistent']);
    const e = estimates.find((x) => x.id === 'implied-base');
    // 54,06 / 1,021 = 52,948090107737… tỷ; "2,1%" stands for [2,05%; 2,15%]
    expect(e?.value).toEqual(ratio(54_060_000_000_000n, 1021n));
    expect(e?.interval.lo?.value).toEqual(ratio(54_055_000_000_0000n, 10215n));
    expect(e?.interval.hi?.value).toEqual(ratio(54_065_000_000_0000n, 10205n));
    expect(e?.message.vi).toBe('Giá trị năm 2012 suy ra từ mức tăng, giảm đã công bố: 52,9481 tỷ đồng (từ 52,9173 tỷ đồng đến 52,9789 tỷ đồng)');
    expect(e?.message.en).toBe('Value for 2012 implied by the stated change: VND 52.9481 billion (from VND 52.9173 billion to VND 52.9789 billion)');
  });

  it('across years: +17,16% against 2013 is consistent, and the whole article has exactly one inconsistency', () => {
    const { findings, estimates } = auditReports([y2013, y2014]);
    expect(summary(findings)).toEqual([
      'seed-003/south-2013-executed funding-sum: consistent',
      'seed-003/south-2014-plan funding-sum: inconsistent',
      'seed-003/south-2014-plan change: consistent',
      'seed-003/south-2014-plan average-per-member: consistent',
    ]);
    const change = findings[2];
    expect(change?.against).toBe('seed-003/south-2013-executed');
    if (change?.result.status !== 'consistent') throw new Error('expected consistent');
    expect(change.result.value).toEqual(ratio(63335 - 54060, 54060));
    expect(change.message.en).toBe(
      'Change against 2013: VND 63.335 billion / VND 54.06 billion − 1 = 17.1569%: consistent with the stated “tăng 17,16%” at the published precision.',
    );
    const by = (id: string, subject?: string) => estimates.find((e) => e.id === id && (subject === undefined || e.subject === subject));
    // KCQG 7,73 → 13,877 tỷ: +79,52%; KCĐP 46,33 → 49,49 tỷ: +6,82%; đề án 287 → 327: +13,94%
    expect(by('source-change', 'national')?.value).toEqual(ratio(13877 - 7730, 7730));
    expect(by('source-change', 'local')?.value).toEqual(ratio(49490 - 46330, 46330));
    expect(by('projects-change')?.value).toEqual(ratio(327 - 287, 287));
    expect(by('source-change', 'national')?.message.vi).toBe('Kinh phí khuyến công quốc gia so với năm 2013: 79,5213% (từ 79,3988% đến 79,6440%)');
    expect(by('projects-change')?.message.en).toBe('Đề án 287 → 327 against 2013: 13.9373% (exactly 13.9373%)');
    // share of national funds 2013: 7,73 / 54,06 = 14,30%
    expect(estimates.find((e) => e.id === 'source-share' && e.report === y2013.id && e.subject === 'national')?.value).toEqual(ratio(7730, 54060));
    // the change is a finding now, so no implied 2013 estimate and no separate total-change estimate
    expect(estimates.filter((e) => e.report === y2014.id && (e.id === 'implied-base' || e.id === 'total-change'))).toEqual([]);
  });
});

describe('auditReports over every seed', () => {
  it('finds exactly one inconsistency in the five seed articles: seed 003, 2014 plan', () => {
    const { findings } = auditReports(SEED_REPORTS);
    expect(findings.filter((f) => f.status !== 'consistent').map((f) => `${f.report} ${f.check}`)).toEqual(['seed-003/south-2014-plan funding-sum']);
    expect(summary(findings)).toContain('seed-000/bac-lieu-2014-2018-approved funding-sum: consistent');
  });

  it('Lạng Sơn (seed 002): 1,42 tỷ in 2016 against "khoảng 700 triệu" a year in 2007–2015 is +102,86% on an approximate base', () => {
    const { estimates } = auditReports(SEED_REPORTS);
    const e = estimates.find((x) => x.id === 'versus-period-average');
    expect(e?.report).toBe('seed-002/lang-son-2016-executed');
    expect(e?.against).toBe('seed-002/lang-son-2007-2015-approved');
    expect(e?.value).toEqual(ratio(1420 - 700, 700));
    expect(e?.message.en).toBe(
      'Local khuyến công funding against the yearly average of 2007–2015: 102.8571% (from 83.7662% to 126.1905%; an approximate base)',
    );
    const total = estimates.find((x) => x.id === 'implied-total');
    // about 700 triệu × 9 years = 6,3 tỷ
    expect(total?.value).toEqual(ratio(6_300_000_000));
  });

  it('an implied total is an exact Ratio in lowest terms (2,5 a year over 2 years is 5, numerator 5n, denominator 1n)', () => {
    const report = {
      id: 'test/implied-total',
      scope: { kind: 'province', name: 'Lạng Sơn', code: '20' },
      period: { kind: 'period', from: 2016, to: 2017 },
      status: 'approved',
      funding: [{ source: 'local' }],
      derived: [{ kind: 'average-per-year', of: { kind: 'source', source: 'local' }, stated: fig('2,5') }],
      source: S,
    } as unknown as ProgrammeReport;
    const total = auditReport(report).estimates.find((x) => x.id === 'implied-total');
    expect(total?.value.numerator).toBe(5n);
    expect(total?.value.denominator).toBe(1n);
  });

  it('Bạc Liêu (seed 000): national 57,60%, local 42,40%, 1,3958 tỷ a year over 2014–2018', () => {
    const { estimates } = auditReport(seedReport('seed-000/bac-lieu-2014-2018-approved'));
    expect(estimates.find((e) => e.subject === 'national')?.value).toEqual(ratio(4020, 6979));
    expect(estimates.find((e) => e.subject === 'local')?.value).toEqual(ratio(2959, 6979));
    const y = estimates.find((e) => e.id === 'average-per-year');
    expect(y?.value).toEqual(ratio(1_395_800_000));
    expect(y?.message.vi).toBe('Bình quân mỗi năm của giai đoạn: 1,3958 tỷ đồng (từ 1,3957 tỷ đồng đến 1,3959 tỷ đồng)');
  });

  it('Bình Dương (seed 001): 80 people per class, about 40 per class', () => {
    const { estimates } = auditReport(seedReport('seed-001/binh-duong-by-2025-target'));
    const per = Object.fromEntries(estimates.map((e) => [e.subject, e]));
    expect(per['officials-and-establishments']?.value).toEqual(ratio(80));
    expect(per['startup-management']?.value).toEqual(ratio(40));
    // "khoảng 800" is 720 to 880 by the default ±10%
    expect(per['startup-management']?.interval.lo?.value).toEqual(ratio(36));
    expect(per['startup-management']?.message.en).toBe('Average people per class (startup-management): 40 (from 36 to 44)');
    expect(per['officials-and-establishments']?.message.vi).toBe('Số người bình quân mỗi lớp (officials-and-establishments): 80 (đúng 80)');
  });
});

describe('auditReport: every check on constructed reports', () => {
  const base: ProgrammeReport = {
    id: 'r',
    scope: { kind: 'group', name: 'g', members: fig('4 tỉnh') },
    period: { kind: 'year', year: 2020 },
    status: 'executed',
    source: S,
  };

  it('projects-sum, share, average with members, change with a stated base, average-per-year', () => {
    const r: ProgrammeReport = {
      ...base,
      period: { kind: 'period', from: 2016, to: 2020 },
      funding: [
        { source: 'national', amount: fig('2 tỷ đồng'), projects: fig('3 đề án') },
        { source: 'local', amount: fig('8 tỷ đồng'), projects: fig('5 đề án') },
      ],
      total: fig('10 tỷ đồng'),
      projects: fig('9 đề án'),
      derived: [
        { kind: 'share', source: 'national', stated: fig('20%') },
        { kind: 'share', source: 'other', stated: fig('1%') },
        { kind: 'average-per-member', of: { kind: 'total' }, stated: fig('2,5 tỷ đồng'), per: 'province' },
        { kind: 'change', of: { kind: 'source', source: 'local' }, stated: fig('tăng 60%'), base: { period: { kind: 'year', year: 2015 }, value: fig('5 tỷ đồng') } },
        { kind: 'average-per-year', of: { kind: 'total' }, stated: fig('2 tỷ đồng') },
      ],
    };
    const { findings, estimates } = auditReport(r);
    expect(findings.map((f) => `${f.check}: ${f.status}`)).toEqual([
      'funding-sum: consistent',
      'projects-sum: inconsistent',
      'share: consistent',
      'average-per-member: consistent',
      'change: consistent',
      'average-per-year: consistent',
    ]);
    expect(findings[1]?.message.en).toBe(
      'Đề án by source against the stated number of đề án: 3 + 5 = 8: inconsistent with the stated “9 đề án” (a difference of -1); even allowing for the rounding of every figure, they miss each other by 1.',
    );
    expect(findings[2]?.message.vi.startsWith('Tỷ trọng kinh phí khuyến công quốc gia: ')).toBe(true);
    expect(findings[4]?.message.en.startsWith('Change against 2015: ')).toBe(true);
    expect(findings[5]?.message.en.startsWith('Yearly average over the period: VND 10 billion / 5 = ')).toBe(true);
    // a stated yearly average is a finding, so it is not estimated again
    expect(estimates.map((e) => e.id)).toEqual(['source-share', 'source-share']);
    expect(Object.isFrozen(findings)).toBe(true);
  });

  it('implied members: several whole numbers fit, or none does', () => {
    const several = auditReport({
      ...base,
      scope: { kind: 'group', name: 'g' },
      total: fig('10 tỷ đồng'),
      derived: [{ kind: 'average-per-member', of: { kind: 'total' }, stated: fig('khoảng 3 tỷ đồng'), per: 'province' }],
    });
    expect(several.findings[0]?.status).toBe('consistent');
    expect(several.findings[0]?.note?.en).toBe(
      'the number of provinces is not stated; every whole number from 3 to 4 fits, the check uses the nearest, 3 (total / average = 3.3333)',
    );
    const none = auditReport({
      ...base,
      scope: { kind: 'province', name: 'p' },
      total: fig('10,00 tỷ đồng'),
      derived: [{ kind: 'average-per-member', of: { kind: 'total' }, stated: fig('3,00 tỷ đồng'), per: 'province' }],
    });
    expect(none.findings[0]?.status).toBe('inconsistent');
    expect(none.findings[0]?.note?.vi).toBe(
      'số tỉnh, thành phố không được nêu và không số nguyên nào phù hợp; phép kiểm tra dùng số gần nhất 3 (tổng / bình quân = 3,3333)',
    );
  });

  it('unreadable or undefined figures give cannot-check findings, never a throw', () => {
    const r = auditReport({
      ...base,
      scope: { kind: 'province', name: 'p', code: '01' },
      funding: [{ source: 'national', amount: fig('mười tỷ') }],
      total: fig('10 tỷ đồng'),
      derived: [
        { kind: 'average-per-member', of: { kind: 'total' }, stated: fig('lots'), per: 'province' },
        { kind: 'change', of: { kind: 'total' }, stated: fig('lots'), base: { period: { kind: 'year', year: 2019 } } },
        { kind: 'change', of: { kind: 'source', source: 'local' }, stated: fig('tăng 5%'), base: { period: { kind: 'year', year: 2019 } } },
        { kind: 'average-per-member', of: { kind: 'source', source: 'local' }, stated: fig('1 tỷ đồng'), per: 'province' },
      ],
    });
    expect(r.findings.map((f) => `${f.check}: ${f.status}`)).toEqual(['funding-sum: cannot-check', 'average-per-member: cannot-check']);
    const zero = auditReport({
      ...base,
      scope: { kind: 'province', name: 'p' },
      total: fig('10 tỷ đồng'),
      derived: [{ kind: 'average-per-member', of: { kind: 'total' }, stated: { text: '0 đồng', source: S }, per: 'province' }],
    });
    expect(zero.findings[0]?.status).toBe('cannot-check');
    expect(zero.estimates).toEqual([]);
  });

  it('a yearly average without a total implies the total; targets "by" a year have no yearly average', () => {
    const r = auditReport({
      ...base,
      period: { kind: 'by', year: 2025 },
      derived: [{ kind: 'average-per-year', of: { kind: 'total' }, stated: fig('1 tỷ đồng') }],
    });
    expect(r).toEqual({ findings: [], estimates: [] });
    const unreadable = auditReport({ ...base, period: { kind: 'period', from: 2001, to: 2002 }, derived: [{ kind: 'average-per-year', of: { kind: 'total' }, stated: fig('??') }] });
    expect(unreadable.estimates).toEqual([]);
  });

  it('does not change its input', () => {
    const r = seedReport('seed-003/south-2014-plan');
    const before = JSON.stringify(r);
    auditReports([r, r]);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('auditReports: matching base reports', () => {
  const mk = (id: string, year: number, total: string, extra: Partial<ProgrammeReport> = {}): ProgrammeReport => ({
    id,
    scope: { kind: 'province', name: 'Bạc Liêu', code: '95' },
    period: { kind: 'year', year },
    status: 'executed',
    total: fig(total),
    funding: [{ source: 'local', amount: fig(total), projects: fig('2 đề án') }],
    source: S,
    ...extra,
  });

  it('checks a change against the base year of the same province and status, else estimates the base', () => {
    const a = mk('a', 2019, '1 tỷ đồng');
    const b = mk('b', 2020, '1,5 tỷ đồng', {
      derived: [{ kind: 'change', of: { kind: 'total' }, stated: fig('tăng 40%'), base: { period: { kind: 'year', year: 2019 }, status: 'plan' } }],
    });
    const other = { ...a, id: 'c', scope: { kind: 'province', name: 'Bạc Liêu', code: '96' } } as const;
    const r = auditReports([a, b, other]);
    // no 2019 *plan* report: the base is estimated, the year-on-year total change is estimated too
    expect(r.findings.filter((f) => f.check === 'change')).toEqual([]);
    expect(r.estimates.map((e) => `${e.report} ${e.id}`)).toContain('b implied-base');
    expect(r.estimates.map((e) => `${e.report} ${e.id}`)).toContain('b total-change');
    const withStatus = auditReports([a, { ...b, derived: [{ kind: 'change', of: { kind: 'total' }, stated: fig('tăng 250%'), base: { period: { kind: 'year', year: 2019 } } }] }]);
    expect(withStatus.findings.find((f) => f.check === 'change')?.status).toBe('inconsistent');
  });

  it('compares scopes by name when a code is missing, and periods by kind', () => {
    const a = mk('a', 2019, '1 tỷ đồng', { scope: { kind: 'province', name: 'X' } });
    const b = mk('b', 2020, '2 tỷ đồng', { scope: { kind: 'province', name: 'X' }, total: fig('??') });
    const g = mk('g', 2020, '2 tỷ đồng', { scope: { kind: 'group', name: 'X' } });
    const p = mk('p', 2019, '1 tỷ đồng', { scope: { kind: 'province', name: 'X' }, period: { kind: 'period', from: 2015, to: 2019 } });
    const r = auditReports([a, b, g, p]);
    expect(r.estimates.filter((e) => e.id === 'source-change').map((e) => `${e.report}<${String(e.against)}`)).toEqual(['b<a']);
    expect(r.estimates.filter((e) => e.id === 'total-change')).toEqual([]);
    // a "by" period never matches a year
    const by = mk('by', 2019, '1 tỷ đồng', { period: { kind: 'by', year: 2019 } });
    const c = mk('c', 2020, '1 tỷ đồng', { derived: [{ kind: 'change', of: { kind: 'total' }, stated: fig('0%'), base: { period: { kind: 'year', year: 2019 } } }] });
    expect(auditReports([by, c]).findings.filter((f) => f.check === 'change')).toEqual([]);
    expect(auditReports([p, c]).findings.filter((f) => f.check === 'change')).toEqual([]);
  });

  it('projects from a stated total or not at all, and a yearly average of the total', () => {
    const a = mk('a', 2019, '1 tỷ đồng', { projects: fig('4 đề án') });
    const b = mk('b', 2020, '1 tỷ đồng', { funding: [{ source: 'local', amount: fig('1 tỷ đồng') }] });
    expect(auditReports([a, b]).estimates.filter((e) => e.id === 'projects-change')).toEqual([]);
    const c = mk('c', 2020, '1 tỷ đồng', { projects: fig('??') });
    expect(auditReports([a, c]).estimates.filter((e) => e.id === 'projects-change')).toEqual([]);
    const d = mk('d', 2020, '1 tỷ đồng', { projects: fig('5 đề án') });
    expect(auditReports([a, d]).estimates.find((e) => e.id === 'projects-change')?.value).toEqual(ratio(1, 4));
    const period = mk('p', 2019, '1 tỷ đồng', {
      period: { kind: 'period', from: 2015, to: 2019 },
      total: undefined as never,
      derived: [
        { kind: 'average-per-year', of: { kind: 'total' }, stated: fig('500 triệu đồng') },
        { kind: 'average-per-year', of: { kind: 'source', source: 'other' }, stated: fig('1 triệu đồng') },
        { kind: 'share', source: 'local', stated: fig('100%') },
      ],
    });
    const e = auditReports([period, d]).estimates.find((x) => x.id === 'versus-period-average');
    expect(e?.value).toEqual(ratio(1));
    expect(e?.subject).toBeUndefined();
    expect(e?.message.vi.startsWith('Kinh phí tổng so với bình quân mỗi năm giai đoạn 2015–2019: 100%')).toBe(true);
    const noTotal = auditReports([period, { ...d, total: undefined as never }]);
    expect(noTotal.estimates.filter((x) => x.id === 'versus-period-average')).toEqual([]);
  });
});
