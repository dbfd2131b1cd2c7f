import { describe, expect, it } from 'vitest';
import {
  auditReports,
  CORPUS_REPORTS,
  findProvince,
  parseQuantity,
  readFigures,
  SEED_REPORTS,
  type ProgrammeReport,
  type PublishedFigure,
} from '../../src/index.js';

function figures(r: ProgrammeReport): PublishedFigure[] {
  const out: PublishedFigure[] = [];
  if (r.total) out.push(r.total);
  if (r.projects) out.push(r.projects);
  for (const l of r.funding ?? []) for (const f of [l.amount, l.projects, l.tasks]) if (f) out.push(f);
  for (const o of r.outputs ?? []) if (o.value) out.push(o.value);
  for (const d of r.derived ?? []) out.push(d.stated);
  return out;
}

/**
 * Every figure of the data set with the value read by hand from the development corpus' annotation (đồng,
 * counts, ratios). A change to a figure's text that changes its value fails here.
 */
const BY_HAND: Readonly<Record<string, string>> = {
  '2.700 triệu đồng': '2700000000',
  '27 chương trình, đề án': '27',
  '5.024 triệu đồng': '5024000000',
  '33 chương trình, đề án': '33',
  '2.400 triệu đồng': '2400000000',
  '09 đề án': '9',
  '3.420 triệu đồng': '3420000000',
  '30 đề án': '30',
  '41%': '0.41',
  '59%': '0.59',
  'gần 5,7 tỷ': '5700000000',
  '3,3 tỷ đồng': '3300000000',
  'gần 9 tỷ đồng': '9000000000',
  '11 chương trình': '11',
  '3,1 tỷ đồng': '3100000000',
  '01 đề án': '1',
  '07 cơ sở công nghiệp nông thôn': '7',
  '01 mô hình': '1',
  '1.695 triệu đồng': '1695000000',
  '06 đề án': '6',
  '3.316 triệu đồng': '3316000000',
  '5.011 triệu đồng': '5011000000',
  '300 triệu đồng': '300000000',
  '390 triệu đồng': '390000000',
  '690 triệu đồng': '690000000',
  '02 đề án': '2',
  '05 cơ sở CNNT': '5',
  '3,67 tỷ đồng': '3670000000',
  '11 cơ sở công nghiệp nông thôn': '11',
  '3,6 tỷ đồng': '3600000000',
  '117.866 triệu đồng': '117866000000',
  '1,4 tỷ đồng': '1400000000',
  'trên 7 tỷ đồng': '7000000000',
  '2 đề án': '2',
  '11 đề án': '11',
  '9 cơ sở': '9',
  'hơn 2,4 tỷ đồng': '2400000000',
  '3 đề án': '3',
  '4,3 tỷ đồng': '4300000000',
  '34 đề án': '34',
  '10 sản phẩm': '10',
  '695 triệu đồng': '695000000',
  '8 đề án': '8',
  '5 cơ sở công nghiệp nông thôn': '5',
};

describe('CORPUS_REPORTS', () => {
  it('with the seeds, makes 30 reports over at least 10 provinces and several years', () => {
    expect(CORPUS_REPORTS.length + SEED_REPORTS.length).toBe(30);
    const provinces = new Set([...CORPUS_REPORTS, ...SEED_REPORTS].flatMap((r) => (r.scope.kind === 'province' ? [r.scope.name] : [])));
    expect(provinces.size).toBeGreaterThanOrEqual(10);
    const years = new Set(CORPUS_REPORTS.map((r) => (r.period.kind === 'period' ? r.period.from : r.period.year)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(new Set(CORPUS_REPORTS.map((r) => r.id)).size).toBe(CORPUS_REPORTS.length);
    expect(Object.isFrozen(CORPUS_REPORTS)).toBe(true);
    expect(Object.isFrozen(CORPUS_REPORTS[0]?.source)).toBe(true);
  });

  it('every figure is read by readFigures as one figure, with the value checked by hand', () => {
    for (const r of CORPUS_REPORTS) {
      for (const f of figures(r)) {
        const read = readFigures(f.text, { at: '2024-01-01' });
        expect(read.length, f.text).toBe(1);
        expect(read[0]?.span.text, f.text).toBe(f.text);
        expect(read[0]?.quantity?.value.toString(), f.text).toBe(BY_HAND[f.text]);
        expect(parseQuantity(f.text).value.toString()).toBe(BY_HAND[f.text]);
      }
    }
  });

  it('every report names its article: address, title, publication', () => {
    for (const r of CORPUS_REPORTS) {
      expect(r.source.url).toMatch(/^https?:\/\//);
      expect(r.source.title).toBeTruthy();
      for (const f of figures(r)) expect(f.source).toBe(r.source);
    }
  });

  it('each province name and code are those of the 63-unit map before 2025', () => {
    for (const r of CORPUS_REPORTS) {
      if (r.scope.kind !== 'province') continue;
      const found = findProvince(r.scope.name, { at: '2024-01-01' });
      expect(found.ok, r.scope.name).toBe(true);
      if (found.ok) expect(found.value.province.code, r.scope.name).toBe(r.scope.code);
    }
  });

  it("audits as the articles' figures allow: the stated sums add up", () => {
    const { findings } = auditReports(CORPUS_REPORTS);
    expect(findings.map((f) => [f.report, f.check, f.status])).toEqual([
      // gần 5,7 + 3,3 tỷ against gần 9 tỷ: both "gần" figures allow it.
      ['corpus/ba-ria-vung-tau-2023-plan', 'funding-sum', 'consistent'],
      // 1.695 + 3.316 = 5.011 triệu; 300 + 390 = 690 triệu.
      ['corpus/ha-tinh-2019-approved', 'funding-sum', 'consistent'],
      ['corpus/ha-tinh-2019-round-3-approved', 'funding-sum', 'consistent'],
    ]);
  });
});
