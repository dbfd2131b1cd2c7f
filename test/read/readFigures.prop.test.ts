import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, readFigures } from '../../src/index.js';

// Words and numbers of khuyến công prose, mixed at random: the reader's invariants hold on any mix.
const PIECES = [
  'năm', '2013', '2014-2018', 'giai đoạn', 'tổng kinh phí', 'trong đó', 'khuyến công quốc gia', 'KCĐP', 'đạt', 'hơn',
  'ước đạt', 'lên đến', 'tăng', 'giảm', 'so với năm 2012', 'chiếm', 'bình quân', '54,06', '7,73', '1.200', '1 tỷ 650',
  'tỷ đồng', 'triệu đồng', '%', 'đề án', 'cơ sở CNNT', 'lao động', 'người', 'HTX', '/người/tháng', '/1 tỉnh', '45/2012/NĐ-CP',
  '29/12/2022', '1.', '(2)', 'đợt 3', 'Bình Định', 'Bạc Liêu', 'TP Hồ Chí Minh', ',', ';', '.', '\n', '-', '–', '0,5', '00.500',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(' '));

describe('readFigures invariants', () => {
  it('spans are the text at their offsets, in order and without overlap; nothing else is thrown', () => {
    fc.assert(
      fc.property(text, (t) => {
        const figs = readFigures(t, { at: '2020-01-01' });
        let last = 0;
        for (const f of figs) {
          expect(t.slice(f.span.start, f.span.end)).toBe(f.span.text);
          expect(f.span.start).toBeGreaterThanOrEqual(last);
          expect(f.span.end).toBeGreaterThan(f.span.start);
          last = f.span.end;
          if (f.noun !== undefined) expect(t.slice(f.noun.span.start, f.noun.span.end)).toBe(f.noun.span.text);
          // A figure has a reading or a refusal, never both or neither.
          expect(f.quantity === undefined).toBe(f.error !== undefined);
          expect(f.flags.includes('refused')).toBe(f.error !== undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a figure inside a year, a date or a decree number', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('năm 2019', '45/2012/NĐ-CP', '29/12/2022', 'đợt 3', 'Điều 4'), (t, noise) => {
        const s = `${t} ${noise} `;
        const start = s.length - noise.length - 1;
        // No figure starts inside it (one before it may take its first word as a noun: "54,06 đợt").
        for (const f of readFigures(s, { at: '2020-01-01' })) expect(f.span.start < start || f.span.start >= start + noise.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('auditText claims point to spans of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = auditText(t, { at: '2020-01-01' });
        for (const c of a.claims) for (const s of [c.stated, ...c.inputs]) expect(t.slice(s.start, s.end)).toBe(s.text);
        for (const f of a.findings) for (const s of f.spans) expect(t.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 200 },
    );
  });
});
