import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';
import { displayWidth } from '../../src/report/displayWidth.js';
import { renderReport } from '../../src/report/renderReport.js';

const report = buildReport();
const vi = renderReport(report);
const en = renderReport(report, { locale: 'en' });
const lines = (s: string) => s.split('\n');

describe('renderReport: figures, statistics and audit (seed 003, hand-checked)', () => {
  it('shows the 2013 and 2014 funding of the southern provinces as published', () => {
    expect(lines(vi)).toContain('  003  2013       thực hiện    7,73 tỷ đồng  46,33 tỷ đồng   54,06 tỷ đồng     50 / 237');
    expect(lines(vi)).toContain('  003  2014       kế hoạch   13,877 tỷ đồng  49,49 tỷ đồng  63,335 tỷ đồng     68 / 259');
    expect(lines(en)).toContain('  003   2014       plan      VND 13.877 billion  VND 49.49 billion  VND 63.335 billion         68 / 259');
  });
  it('shows growth by source and the share of national funds', () => {
    expect(lines(vi)).toContain('  003  2014               +79,52%  Tăng so với năm trước (KCQG)');
    expect(lines(vi)).toContain('  003  2013                14,30%  Tỷ trọng trong tổng (KCQG)');
    expect(lines(en)).toContain('  003   2014                    +6.82%  Change on the previous year (local)');
  });
  it('flags the 2014 sum in capitals with its difference, +32 triệu', () => {
    expect(lines(vi)).toContain('  (3)  003  tổng các nguồn      KHÔNG KHỚP    +32 triệu đồng');
    expect(lines(en)).toContain('  (3)  003   sum of sources        INCONSISTENT    +VND 32 million');
    expect(vi).toContain('4 khớp, 1 không khớp, 0 không kiểm tra được.');
    expect(en).toContain('4 consistent, 1 inconsistent, 0 cannot be checked.');
  });
  it('writes the difference of a change in percentage points and of an average in money', () => {
    expect(lines(vi)).toContain('  (4)  003  mức tăng            khớp          −0,0031 điểm %');
    expect(lines(en).some((l) => l.startsWith('  (5)  003   average per province') && l.endsWith('−VND 3.25 million'))).toBe(true);
  });
});

describe('renderReport: eligibility', () => {
  it('writes the decision, the rules in force and each cited step, with a hanging indent', () => {
    expect(lines(en)).toContain('  (2) A rural industrial establishment declaring an urban district (quận) as its place, 2024: NOT');
    expect(lines(en)).toContain('    - [failed] Urban districts (quận) are not eligible places. — Decree 45/2012/ND-CP, Art. 1(2)(a)');
    expect(lines(en)).toContain('      (verified from the text)');
    expect(lines(vi)).toContain('    Thông tin chưa có (không làm thay đổi kết quả): legalForm, sizeClass, industry,');
  });
});

describe('renderReport', () => {
  it('writes Vietnamese by default and English on request, ending with a newline', () => {
    expect(vi.startsWith('Khuyến công: báo cáo trên bộ dữ liệu nguồn\n')).toBe(true);
    expect(en.startsWith('Khuyến công (industrial promotion): report on the source data set\n')).toBe(true);
    expect(vi.endsWith('\n')).toBe(true);
    expect(vi).not.toContain('\u001b');
  });
  it('lists the seed provinces on the current map (hand-checked rows)', () => {
    expect(lines(vi)).toContain('  000  Bạc Liêu              95  Tỉnh Cà Mau                96  có');
    expect(lines(vi)).toContain('  004  Bà Rịa – Vũng Tàu     77  Thành phố Hồ Chí Minh      79  có');
    expect(lines(en)).toContain('  002   Lạng Sơn                   20  Lang Son Province           20  no');
  });
  it('shows the support amount, the bound that applied and the citation', () => {
    expect(lines(vi)).toContain('  (1)  2019-06-01  800 triệu đồng  300 triệu đồng  mức trần          khoản 4 Điều 8 Thông tư 28/2018/TT-BTC');
    expect(en).toContain('so the absolute cap binds: support of at most 300,000,000 đồng');
  });
  it('aligns every table line to one display width per table', () => {
    const tables = vi.split('\n\n').filter((block) => block.includes('──'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) {
      const rule = lines(t).find((l) => l.includes('──')) as string;
      for (const l of lines(t)) expect(displayWidth(l)).toBeLessThanOrEqual(displayWidth(rule));
    }
  });
  it('wraps explanations at the requested width and makes headings bold only with colour', () => {
    const narrow = renderReport(report, { width: 60 });
    const notes = lines(narrow).filter((l) => l.startsWith('  ') && !l.includes('──') && !/\s{2,}\S+\s{2,}/.test(l));
    for (const l of notes) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    expect(renderReport(report, { color: true })).toContain('\u001b[1m1. ');
  });
});
