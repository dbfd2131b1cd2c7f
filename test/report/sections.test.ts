import { describe, expect, it } from 'vitest';
import { money, ratio, type Estimate, type Finding, type ProgrammeReport } from '../../src/index.js';
import { auditSection } from '../../src/report/auditSection.js';
import { buildReport } from '../../src/report/buildReport.js';
import { figureRows, outputRows, sourceRows } from '../../src/report/figuresSection.js';
import { referenceDate } from '../../src/report/provinceSection.js';
import { intervalJson, publishedValue } from '../../src/report/published.js';
import { renderReport } from '../../src/report/renderReport.js';
import { completionRows, statisticRows } from '../../src/report/statisticsSection.js';
import { supportExamples } from '../../src/report/supportExamples.js';

// Constructed inputs (not from the sources) for the paths the seed data do not take.
const src = { publication: 'test' } as const;
const base: ProgrammeReport = {
  id: 'test/a',
  scope: { kind: 'province', name: 'Lạng Sơn', code: '20' },
  period: { kind: 'year', year: 2016 },
  status: 'executed',
  source: src,
};

describe('report sections on constructed data', () => {
  it('referenceDate: the publication day, 31 December of a year alone, else the end of the period', () => {
    expect(referenceDate({ ...base, source: { ...src, date: '2019-03-28' } })).toBe('2019-03-28');
    expect(referenceDate({ ...base, source: { ...src, date: '2023' } })).toBe('2023-12-31');
    expect(referenceDate({ ...base, source: { ...src, date: '2023-04' } })).toBe('2016-12-31');
    expect(referenceDate({ ...base, period: { kind: 'period', from: 2014, to: 2018 } })).toBe('2018-12-31');
    expect(referenceDate({ ...base, period: { kind: 'by', year: 2020 } })).toBe('2020-12-31');
  });
  it('a report without a seed id gets the seed of its id, or none', () => {
    const r: ProgrammeReport = { ...base, id: 'seed-009/x', total: { text: '1 tỷ đồng', source: src } };
    expect(figureRows([r])[0]?.seed).toBe('009');
    expect(sourceRows([r, { ...base, id: 'other' }]).map((s) => s.seed)).toEqual(['009', '']);
    expect(outputRows([{ ...r, outputs: [{ indicator: 'fairs', value: { text: '2 hội chợ', source: src } }] }])[0]).toMatchObject({
      seed: '009',
      period: { vi: '2016' },
      statusLabel: { en: 'executed' },
    });
  });
  it('shows a figure the parser cannot read as published', () => {
    expect(publishedValue({ text: 'nhiều tỷ đồng', source: src })).toEqual({ published: 'nhiều tỷ đồng', text: { vi: 'nhiều tỷ đồng', en: 'nhiều tỷ đồng' } });
  });
  it('writes an unbounded interval side as null', () => {
    expect(intervalJson({ lo: { value: ratio(75), open: true }, hi: null })).toEqual({ lo: { value: '75', open: true }, hi: null });
  });
  it('labels an estimate of an unknown subject with the subject itself, and groups thousands of a count', () => {
    const e: Estimate = {
      id: 'average-per-class',
      report: 'test/a',
      subject: 'welding',
      value: ratio('1234.5'),
      interval: { lo: { value: ratio('1234.5'), open: false }, hi: { value: ratio('1234.5'), open: false } },
      unit: 'count',
      message: { vi: 'x', en: 'x' },
    };
    expect(statisticRows([e], [base])[0]).toMatchObject({ label: { en: 'People per class (welding)' }, text: { vi: '1.234,5', en: '1,234.5' } });
    expect(statisticRows([{ ...e, value: ratio(2000) }], [base])[0]?.text).toEqual({ vi: '2.000', en: '2,000' });
  });
  it('keeps a check that cannot be decided without a difference', () => {
    const f: Finding = {
      check: 'change',
      report: 'test/a',
      status: 'cannot-check',
      result: { kind: 'change', status: 'cannot-check', consistent: null, reason: 'zero-base', field: 'previous', message: { vi: 'a', en: 'b' } },
      message: { vi: 'a', en: 'b' },
    };
    expect(auditSection([f])).toEqual({
      findings: [{ check: 'change', report: 'test/a', seed: '', status: 'cannot-check', message: { vi: 'a', en: 'b' } }],
      counts: { consistent: 0, inconsistent: 0, cannotCheck: 1 },
    });
  });
  it('skips a target it cannot rate: no number, a zero target, an unreadable figure', () => {
    const target: ProgrammeReport = {
      ...base,
      id: 'test/t',
      status: 'target',
      period: { kind: 'by', year: 2020 },
      outputs: [
        { indicator: 'fairs', value: { text: '0 hội chợ', source: src } },
        { indicator: 'study-tours', value: { text: 'nhiều đoàn', source: src } },
        { indicator: 'collaborators' },
      ],
    };
    const result: ProgrammeReport = {
      ...base,
      outputs: [
        { indicator: 'fairs', value: { text: '3 hội chợ', source: src } },
        { indicator: 'study-tours', value: { text: '2 đoàn', source: src } },
        { indicator: 'collaborators', value: { text: '5 người', source: src } },
      ],
    };
    expect(completionRows([target, result]).rows).toEqual([]);
  });
  it('leaves out a support request whose level is not modelled', () => {
    expect(supportExamples([{ item: 'MACHINERY_APPLICATION', eligibleCost: money(1), at: '2011-01-01' }])).toEqual([]);
  });
  it('writes a count difference, and ±0 for an exact match (projects-sum: 50 + 237 = 287 đề án)', () => {
    const r: ProgrammeReport = {
      ...base,
      funding: [
        { source: 'national', projects: { text: '50 đề án', source: src } },
        { source: 'local', projects: { text: '237 đề án', source: src } },
      ],
      projects: { text: '287 đề án', source: src },
    };
    const report = buildReport({ reports: [r, { ...r, id: 'test/b', projects: { text: '290 đề án', source: src } }] });
    expect(report.audit.findings.map((f) => [f.check, f.status, f.unit, f.difference])).toEqual([
      ['projects-sum', 'consistent', 'count', '0'],
      ['projects-sum', 'inconsistent', 'count', '-3'],
    ]);
    const text = renderReport(report, { locale: 'en' });
    expect(text).toMatch(/sum of đề án\s+consistent\s+±0\n/);
    expect(text).toMatch(/sum of đề án\s+INCONSISTENT\s+−3\n/);
  });
});

describe('eligibility examples on other dates', () => {
  it('before 2012-07-05 no regime is in force, and the report says so', async () => {
    const { eligibilityExamples } = await import('../../src/report/eligibilitySection.js');
    const [e] = eligibilityExamples([{ applicant: { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT' }, at: '2011-01-01', description: { vi: 'a', en: 'b' } }]);
    expect(e).toMatchObject({ regime: null, regimeLabel: { en: 'none (before 2012-07-05)' } });
  });
});
