import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';

const report = buildReport();

describe('buildReport: structure', () => {
  it('is plain JSON data: a JSON round trip gives the same value', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.schema).toBe('khuyen-cong/report@1');
  });
  it('is deterministic', () => {
    expect(buildReport()).toEqual(report);
  });
});

describe('buildReport: support examples (computeSupport)', () => {
  it('machinery, 2019: 50% of 800 triệu = 400 triệu, above the 300 triệu cap of TT 28/2018 Art. 8(4): 300 triệu', () => {
    const s = report.support[0];
    expect(s).toMatchObject({
      item: 'MACHINERY_APPLICATION',
      at: '2019-06-01',
      eligibleCost: { kind: 'money', dong: 800_000_000 },
      support: { kind: 'money', dong: 300_000_000 },
      binding: 'absolute-cap',
      citation: { vi: 'khoản 4 Điều 8 Thông tư 28/2018/TT-BTC', en: 'Circular 28/2018/TT-BTC, Art. 8(4)' },
      confidence: 'secondary',
      text: { support: { vi: '300 triệu đồng', en: 'VND 300 million' }, eligibleCost: { vi: '800 triệu đồng', en: 'VND 800 million' } },
    });
  });
  it('demonstration model, 2017 (seed 002 kind of đề án): 30% of 1,5 tỷ = 450 triệu, within the 500 triệu cap of TTLT 26/2014', () => {
    expect(report.support[1]).toMatchObject({
      item: 'DEMO_MODEL_NEW_TECH',
      support: { dong: 450_000_000 },
      binding: 'percent-cap',
      // TTLT 26/2014 Art. 6(2)(b): "tối đa 30% nhưng không quá 500 triệu đồng/mô hình" (read in the text, S59).
      citation: { vi: 'điểm b khoản 2 Điều 6 Thông tư liên tịch 26/2014/TTLT-BTC-BCT', en: 'Joint Circular 26/2014/TTLT-BTC-BCT, Art. 6(2)(b)' },
    });
    expect(report.support[1]?.explanation.en).toContain('so the 30% cap binds');
  });
});

describe('buildReport: provinces on the current map (NQ 202/2025/QH15)', () => {
  it('Bạc Liêu → Cà Mau, Bình Dương and Bà Rịa – Vũng Tàu → Hồ Chí Minh City, Lạng Sơn unchanged', () => {
    expect(report.provinces.map.map((r) => [r.seed, r.published, r.legacyCode, r.currentCode, r.currentName.vi, r.merged])).toEqual([
      ['000', 'Bạc Liêu', '95', '96', 'Tỉnh Cà Mau', true],
      ['001', 'Bình Dương', '74', '79', 'Thành phố Hồ Chí Minh', true],
      ['002', 'Lạng Sơn', '20', '20', 'Tỉnh Lạng Sơn', false],
      ['004', 'Bà Rịa – Vũng Tàu', '77', '79', 'Thành phố Hồ Chí Minh', true],
    ]);
  });
  it('restates the stated funding: Bạc Liêu 2014–2018 6,979 tỷ under Cà Mau (seed 000), Lạng Sơn 2016 1,42 tỷ and 2017 600 triệu (seed 002)', () => {
    expect(report.provinces.restated.map((r) => [r.currentCode, r.period, r.status, r.value.dong, r.from])).toEqual([
      ['20', '2016', 'executed', 1_420_000_000, ['20']],
      ['20', '2017', 'plan', 600_000_000, ['20']],
      ['96', '2014-2018', 'approved', 6_979_000_000, ['95']],
    ]);
    expect(report.provinces.notRestated).toBe(0);
    // Bạc Liêu alone is only part of today's Cà Mau: the old Cà Mau (96) reported nothing for 2014–2018
    expect(report.provinces.warnings.map((w) => w.en)).toEqual([
      'The value of 96 for 2014-2018 sums 95 Bạc Liêu only; 96 Cà Mau did not report: a partial total, not comparable with other periods.',
    ]);
  });
});

describe('buildReport: the seed articles as ProgrammeReport values (seed-figures.md)', () => {
  it('lists the five sources with publication and date', () => {
    expect(report.sources.map((s) => [s.seed, s.publication, s.date ?? null, s.scope])).toEqual([
      ['000', 'Báo Công Thương', '2019-03-28', 'Bạc Liêu'],
      ['001', 'Báo Bình Dương', '2021-11-25', 'Bình Dương'],
      ['002', 'Báo Công Thương', null, 'Lạng Sơn'],
      ['003', 'Báo Công Thương', '2014-05-29', 'các tỉnh, thành phố khu vực phía Nam'],
      ['004', 'Cổng thông tin tỉnh Bà Rịa – Vũng Tàu', '2023', 'Bà Rịa – Vũng Tàu'],
    ]);
  });
  it('keeps the funding figures as published, with their exact values in đồng', () => {
    const plan2014 = report.figures.find((f) => f.report === 'seed-003/south-2014-plan');
    expect(plan2014).toMatchObject({
      seed: '003',
      period: { vi: '2014', en: '2014' },
      status: 'plan',
      national: { published: '13,877 tỷ đồng', value: '13877000000', text: { en: 'VND 13.877 billion' } },
      nationalProjects: { value: '68' },
      local: { published: '49,49 tỷ đồng', value: '49490000000' },
      localProjects: { value: '259' },
      total: { published: '63,335 tỷ đồng', value: '63335000000' },
    });
    const bacLieu = report.figures.find((f) => f.report === 'seed-000/bac-lieu-2014-2018-approved');
    expect([bacLieu?.national?.value, bacLieu?.local?.value, bacLieu?.total?.value, bacLieu?.period.vi]).toEqual([
      '4020000000',
      '2959000000',
      '6979000000',
      '2014–2018',
    ]);
    expect(report.figures.map((f) => f.report)).toEqual([
      'seed-000/bac-lieu-2014-2018-approved',
      'seed-002/lang-son-2016-executed',
      'seed-002/lang-son-2017-plan',
      'seed-003/south-2013-executed',
      'seed-003/south-2014-plan',
      'seed-004/ba-ria-vung-tau-2023-plan',
    ]);
  });
  it('lists the outputs with their qualifiers (seed 001: "hơn 75 cơ sở", "khoảng 800 người")', () => {
    const bd = report.outputs.filter((o) => o.seed === '001').map((o) => o.value?.text.en);
    expect(bd).toContain('more than 75 establishments');
    expect(bd).toContain('about 800 people');
    expect(report.outputs.find((o) => o.indicator === 'workers-trained' && o.seed === '003')?.value?.value).toBe('3324');
    expect(report.outputs.find((o) => o.indicator === 'typical-product-selection')?.value).toBeUndefined();
  });
});

describe('buildReport: statistics (hand-computed from seed-figures.md)', () => {
  const stat = (id: string, report: string, subject?: string) =>
    report_.statistics.find((s) => s.id === id && s.report === report && (subject === undefined || s.subject === subject));
  const report_ = report;
  it('seed 003: growth by source 2013 → 2014, national +79,52% (6,147 / 7,73), local +6,82% (3,16 / 46,33), đề án +13,94% (40 / 287)', () => {
    expect(stat('source-change', 'seed-003/south-2014-plan', 'national')?.value.startsWith('0.79521345407')).toBe(true);
    expect(stat('source-change', 'seed-003/south-2014-plan', 'national')?.text).toEqual({ vi: '+79,52%', en: '+79.52%' });
    expect(stat('source-change', 'seed-003/south-2014-plan', 'local')?.text.vi).toBe('+6,82%');
    expect(stat('projects-change', 'seed-003/south-2014-plan')?.value.startsWith('0.13937282229')).toBe(true);
    expect(stat('projects-change', 'seed-003/south-2014-plan')?.text.vi).toBe('+13,94%');
  });
  it('seed 003: national share 2013 = 7,73 / 54,06 = 14,30%; 2012 implied by +2,1% = 54,06 / 1,021 = 52,948… tỷ', () => {
    expect(stat('source-share', 'seed-003/south-2013-executed', 'national')?.text).toEqual({ vi: '14,30%', en: '14.30%' });
    const base = stat('implied-base', 'seed-003/south-2013-executed');
    expect(base?.value.startsWith('52948090107.737')).toBe(true);
    expect(base?.text).toEqual({ vi: '52,9481 tỷ đồng', en: 'VND 52.9481 billion' });
    expect(base?.interval.lo?.value.startsWith('52917')).toBe(true);
    expect(base?.interval.hi?.value.startsWith('52978')).toBe(true);
  });
  it('seed 003: 63,335 / 3,17 = 19,98 provinces implied', () => {
    expect(stat('implied-count', 'seed-003/south-2014-plan')?.text.vi).toBe('19,98');
  });
  it('seed 000: shares national 57,60%, local 42,40%; 1,3958 tỷ a year over 2014–2018', () => {
    expect(stat('source-share', 'seed-000/bac-lieu-2014-2018-approved', 'national')?.text.vi).toBe('57,60%');
    expect(stat('source-share', 'seed-000/bac-lieu-2014-2018-approved', 'local')?.text.vi).toBe('42,40%');
    expect(stat('average-per-year', 'seed-000/bac-lieu-2014-2018-approved')).toMatchObject({
      value: '1395800000',
      unit: 'money',
      text: { vi: '1,3958 tỷ đồng', en: 'VND 1.3958 billion' },
    });
  });
  it('seed 002: 2016 against the 2007–2015 yearly average, 1,42 / 0,70 − 1 = +102,86%; 9 years × 700 triệu = 6,3 tỷ', () => {
    expect(stat('versus-period-average', 'seed-002/lang-son-2016-executed')?.text.vi).toBe('+102,86%');
    expect(stat('implied-total', 'seed-002/lang-son-2007-2015-approved')?.text.vi).toBe('6,3 tỷ đồng');
  });
  it('seed 001: 1.600 / 20 = 80 and 800 / 20 = 40 people per class', () => {
    expect(stat('average-per-class', 'seed-001/binh-duong-by-2025-target', 'officials-and-establishments')?.text.vi).toBe('80');
    expect(stat('average-per-class', 'seed-001/binh-duong-by-2025-target', 'startup-management')?.text.vi).toBe('40');
  });
  it('groups the statistics by seed', () => {
    const seeds = report.statistics.map((s) => s.seed);
    expect(seeds).toEqual([...seeds].sort());
  });
  it('says why no completion rate can be computed from the seed data', () => {
    expect(report.completion.rows).toEqual([]);
    expect(report.completion.note.en).toContain('no target in the data set has an executed result');
  });
});

describe('buildReport: audit (auditReports)', () => {
  it('flags seed 003 2014 and only it: 13,877 + 49,49 = 63,367 tỷ ≠ 63,335 tỷ, +32 triệu, 26 triệu beyond rounding', () => {
    expect(report.audit.counts).toEqual({ consistent: 4, inconsistent: 1, cannotCheck: 0 });
    const bad = report.audit.findings.filter((f) => f.status === 'inconsistent');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ check: 'funding-sum', report: 'seed-003/south-2014-plan', seed: '003', unit: 'money', difference: '32000000', gap: '26000000' });
    expect(bad[0]?.message.vi).toContain('13,877 tỷ đồng + 49,49 tỷ đồng = 63,367 tỷ đồng');
  });
  it('finds the other published derived figures consistent: sums of 000 and 003/2013, +17,16%, 3,17 tỷ per province', () => {
    expect(report.audit.findings.map((f) => [f.check, f.report, f.status])).toEqual([
      ['funding-sum', 'seed-000/bac-lieu-2014-2018-approved', 'consistent'],
      ['funding-sum', 'seed-003/south-2013-executed', 'consistent'],
      ['funding-sum', 'seed-003/south-2014-plan', 'inconsistent'],
      ['change', 'seed-003/south-2014-plan', 'consistent'],
      ['average-per-member', 'seed-003/south-2014-plan', 'consistent'],
    ]);
    expect(report.audit.findings[3]?.against).toBe('seed-003/south-2013-executed');
    expect(report.audit.findings[4]?.note?.en).toContain('20 is the only whole number');
  });
});

describe('buildReport: eligibility examples (checkEligibility, explain)', () => {
  it('a business household in a xã, 2017: eligible under Decree 45/2012 as issued, each step cited (Art. 1(2)(a))', () => {
    const e = report.eligibility[0];
    expect(e).toMatchObject({ at: '2017-06-01', outcome: 'eligible', regime: 'ND45-2012', missing: [] });
    expect(e?.reasons.every((r) => r.status === 'passed')).toBe(true);
    expect(e?.reasons.find((r) => r.message.en === 'Communes (xã) are eligible places.')?.citation).toEqual({
      vi: 'điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP',
      en: 'Decree 45/2012/ND-CP, Art. 1(2)(a)',
    });
    expect(e?.explanation.vi.startsWith('**Kết quả: ĐỦ ĐIỀU KIỆN**')).toBe(true);
  });
  it('an establishment in a quận, 2024: not eligible, the failed rule cited, the missing facts listed', () => {
    const e = report.eligibility[1];
    expect(e?.outcome).toBe('ineligible');
    const failed = e?.reasons.filter((r) => r.status === 'failed');
    expect(failed?.map((r) => [r.message.en, r.citation.en, r.confidence])).toEqual([
      ['Urban districts (quận) are not eligible places.', 'Decree 45/2012/ND-CP, Art. 1(2)(a)', 'verified-from-text'],
    ]);
    expect(e?.missing).toEqual(['legalForm', 'sizeClass', 'industry', 'location.difficulty', 'clayBrickKiln']);
  });
});
