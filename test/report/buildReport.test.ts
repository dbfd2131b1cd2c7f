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
      citation: { vi: 'Thông tư liên tịch 26/2014/TTLT-BTC-BCT', en: 'Joint Circular 26/2014/TTLT-BTC-BCT' },
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
  it('restates the funding series: Bạc Liêu 2014–2018 6,979 tỷ under Cà Mau (seed 000), Lạng Sơn 2016 1,42 tỷ (seed 002)', () => {
    expect(report.provinces.restated.map((r) => [r.currentCode, r.period, r.value.dong, r.from])).toEqual([
      ['20', '2016', 1_420_000_000, ['20']],
      ['96', '2014-2018', 6_979_000_000, ['95']],
    ]);
    expect(report.provinces.notRestated).toBe(0);
    expect(report.provinces.warnings).toEqual([]);
  });
});
