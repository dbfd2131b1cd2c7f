import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay } from '../../src/report/displayWidth.js';
import { renderTable } from '../../src/report/renderTable.js';
import { wrapText } from '../../src/report/wrapText.js';

describe('displayWidth', () => {
  it('counts NFC code points: Bạc Liêu is 8 columns, composed or decomposed (TSDoc example)', () => {
    expect(displayWidth('Bạc Liêu')).toBe(8);
    const nfd = 'Bạc Liêu'.normalize('NFD');
    expect(nfd.length).toBe(10);
    expect(displayWidth(nfd)).toBe(8);
  });
  it('counts a combining mark that does not compose as 0', () => {
    // q has no precomposed form with a dot below: "q̣" stays two code points after NFC.
    expect(displayWidth('q\u0323')).toBe(1);
  });
  it('counts astral characters once, not as two UTF-16 units', () => {
    expect(displayWidth('𝟙2')).toBe(2);
  });
  it('pads by display width on either side (TSDoc example)', () => {
    expect(padDisplay('Tổng', 6, 'right')).toBe('  Tổng');
    expect(padDisplay('Tổng'.normalize('NFD'), 6, 'left')).toBe('Tổng  ');
    expect(padDisplay('Bà Rịa – Vũng Tàu', 3, 'left')).toBe('Bà Rịa – Vũng Tàu');
  });
});

describe('renderTable', () => {
  it('aligns Vietnamese cells by display width (TSDoc example)', () => {
    expect(
      renderTable({ columns: [{ header: 'Tỉnh', align: 'left' }, { header: 'Mã', align: 'right' }], rows: [['Bạc Liêu', '95']] }, { indent: 0 }),
    ).toBe('Tỉnh      Mã\n────────  ──\nBạc Liêu  95');
  });
  it('gives decomposed and composed rows the same layout', () => {
    const table = (name: string) =>
      renderTable({ columns: [{ header: 'Tên', align: 'left' }, { header: 'Mã', align: 'right' }], rows: [[name, '77'], ['Lạng Sơn', '20']] });
    expect(table('Bà Rịa – Vũng Tàu'.normalize('NFD'))).toBe(table('Bà Rịa – Vũng Tàu'));
    const lines = table('Bà Rịa – Vũng Tàu').split('\n');
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([23]));
    expect(lines[2]).toBe('  Bà Rịa – Vũng Tàu  77');
    expect(lines[3]).toBe('  Lạng Sơn           20');
  });
  it('prints missing cells empty, trims trailing spaces, and makes the header bold only when asked', () => {
    const t = { columns: [{ header: 'A', align: 'left' }, { header: 'B', align: 'left' }], rows: [['x']] } as const;
    expect(renderTable(t)).toBe('  A  B\n  ─  ─\n  x');
    expect(renderTable(t, { color: true }).split('\n')[0]).toBe('\u001b[1m  A  B\u001b[22m');
    expect(renderTable(t)).not.toContain('\u001b');
  });
});

describe('wrapText', () => {
  it('wraps at spaces within the width, counting the indent', () => {
    expect(wrapText('một hai ba bốn năm', 10, '  ')).toBe('  một hai\n  ba bốn\n  năm');
  });
  it('keeps a word longer than the width whole', () => {
    expect(wrapText('26/2014/TTLT-BTC-BCT x', 5)).toBe('26/2014/TTLT-BTC-BCT\nx');
    expect(wrapText('', 5)).toBe('');
  });
});
