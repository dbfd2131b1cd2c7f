import { describe, expect, it } from 'vitest';
import { parseCitation, safeParseCitation } from '../../src/index.js';

const code = (t: string): string | undefined => {
  const r = safeParseCitation(t);
  return r.success ? undefined : r.error.issues[0]?.code;
};

describe('parseCitation: one instrument per citation (issue 14, citations)', () => {
  it('refuses text naming two instruments rather than giving the decree the circular’s article', () => {
    const r = safeParseCitation('Nghị định 45/2012/NĐ-CP; Điều 1 Thông tư 36/2013/TT-BCT');
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]?.code).toBe('citation.several-instruments');
    expect(r.error.issues[0]?.message.vi).toContain('45/2012/NĐ-CP và 36/2013/TT-BCT');
    expect(r.error.issues[0]?.message.en).toContain('45/2012/NĐ-CP and 36/2013/TT-BCT');
    expect(code('Điều 1 Nghị định 45/2012/NĐ-CP và Nghị định 45/2012/NĐ-CP')).toBe('citation.several-instruments');
    expect(code('Điều 3 Thông tư 36/2013/TT-BCT được sửa đổi 45/2012/NĐ-CP, 36/2013/TT-BCT')).toBe('citation.several-instruments');
  });

  it('keeps one instrument with its amender', () => {
    expect(parseCitation('Điều 1 Nghị định 45/2012/NĐ-CP').instrument).toBe('ND-45-2012');
    expect(parseCitation('Điều 1 Nghị định 45/2012/NĐ-CP').article).toBe(1);
  });
});

describe('parseCitation: pinpoint numbers are whole numbers 1–999', () => {
  it.each([
    ['Điều 99999999999999999999 Nghị định 45/2012/NĐ-CP', 'article'],
    ['Điều 0 Nghị định 45/2012/NĐ-CP', 'article'],
    ['Điều 1000 Nghị định 45/2012/NĐ-CP', 'article'],
    ['Decree 45/2012/ND-CP, Art. 1234(2)', 'article'],
    ['Decree 45/2012/ND-CP, Art. 1(0)', 'clause'],
    ['Khoản 5000 Điều 1 Nghị định 45/2012/NĐ-CP', 'clause'],
    ['Phụ lục 0 Nghị định 45/2012/NĐ-CP', 'annex'],
  ])('%s → citation.bad-number (%s)', (t, what) => {
    const r = safeParseCitation(t);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]?.code).toBe('citation.bad-number');
    expect(r.error.issues[0]?.message.en).toContain(`The ${what} number`);
    expect(r.error.message.length).toBeLessThan(400);
  });

  it('reads 999 and 1 at the edges', () => {
    expect(parseCitation('Điều 999 Nghị định 45/2012/NĐ-CP').article).toBe(999);
    expect(parseCitation('Decree 45/2012/ND-CP, Art. 1(1)').clause).toBe(1);
  });
});
