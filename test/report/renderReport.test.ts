import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';
import { displayWidth } from '../../src/report/displayWidth.js';
import { renderReport } from '../../src/report/renderReport.js';

const report = buildReport();
const vi = renderReport(report);
const en = renderReport(report, { locale: 'en' });
const lines = (s: string) => s.split('\n');

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
