import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import {
  formatCitation,
  instrumentName,
  parseCitation,
  safeParseCitation,
  type Citation,
} from '../../src/policy/index.js';

const art1_2a: Citation = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', confidence: 'verified-from-text' };

describe('formatCitation', () => {
  it('writes Decree 45 Art. 1(2)(a) in both languages (S01)', () => {
    expect(formatCitation(art1_2a, { locale: 'vi' })).toBe('điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP');
    expect(formatCitation(art1_2a, { locale: 'en' })).toBe('Decree 45/2012/ND-CP, Art. 1(2)(a)');
  });

  it('marks unconfirmed numbering (a citation whose numbering was not read in the text)', () => {
    const c: Citation = { instrument: 'ND-45-2012', article: 4, clause: 3, confidence: 'secondary', articleConfirmed: false };
    expect(formatCitation(c, { locale: 'vi' })).toBe('khoản 3 Điều 4 Nghị định 45/2012/NĐ-CP (chưa xác minh số điều)');
    expect(formatCitation(c, { locale: 'en' })).toBe('Decree 45/2012/ND-CP, Art. 4(3) (numbering unconfirmed)');
  });

  it('writes an instrument-only citation without a marker', () => {
    const c: Citation = { instrument: 'ND-235-2025', confidence: 'secondary', articleConfirmed: false };
    expect(formatCitation(c, { locale: 'vi' })).toBe('Nghị định 235/2025/NĐ-CP');
    expect(formatCitation(c, { locale: 'en' })).toBe('Decree 235/2025/ND-CP');
  });

  it('writes annexes, joint circulars, decisions and amended wording', () => {
    expect(formatCitation({ instrument: 'TT-26-2014-BCT', annex: 4, confidence: 'verified-from-text' }, { locale: 'vi' })).toBe(
      'Phụ lục 4 Thông tư 26/2014/TT-BCT',
    );
    expect(formatCitation({ instrument: 'TT-26-2014-BCT', annex: 4, confidence: 'verified-from-text' }, { locale: 'en' })).toBe(
      'Circular 26/2014/TT-BCT, Annex 4',
    );
    expect(instrumentName('TTLT-26-2014-BTC-BCT', 'en')).toBe('Joint Circular 26/2014/TTLT-BTC-BCT');
    expect(instrumentName('QD-1881-2020-TTg', 'vi')).toBe('Quyết định 1881/QĐ-TTg');
    expect(instrumentName('QD-1881-2020-TTg', 'en')).toBe('Decision 1881/QD-TTg');
    const amended: Citation = { instrument: 'ND-45-2012', article: 1, clause: 2, point: 'a', asAmendedBy: 'ND-235-2025', confidence: 'verified-from-text' };
    expect(formatCitation(amended, { locale: 'vi' })).toBe(
      'điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP)',
    );
    expect(formatCitation(amended, { locale: 'en' })).toBe('Decree 45/2012/ND-CP, Art. 1(2)(a), as amended by Decree 235/2025/ND-CP');
  });

  it('writes a clause or point without an article', () => {
    const c: Citation = { instrument: 'TT-28-2018-BTC', clause: 2, point: 'b', confidence: 'secondary' };
    expect(formatCitation(c, { locale: 'en' })).toBe('Circular 28/2018/TT-BTC, cl. 2, point b');
    expect(formatCitation(c, { locale: 'vi' })).toBe('điểm b khoản 2 Thông tư 28/2018/TT-BTC');
  });
});

describe('parseCitation', () => {
  it('reads the English form back (S01: Art. 1 text was read, so verified)', () => {
    expect(parseCitation('Decree 45/2012/ND-CP, Art. 1(2)(a)')).toEqual(art1_2a);
  });

  it('reads Vietnamese variants: order, case, "NĐ", "số"', () => {
    for (const t of [
      'điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP',
      'Điều 1 khoản 2 điểm a NĐ 45/2012/NĐ-CP',
      'ĐIỂM A KHOẢN 2 ĐIỀU 1 NGHỊ ĐỊNH SỐ 45/2012/NĐ-CP',
      'Nghị định số 45/2012/NĐ-CP, Điều 1, khoản 2, điểm a',
      'decree 45/2012/nd-cp article 1(2)(a)',
    ]) {
      expect(parseCitation(t)).toEqual(art1_2a);
    }
  });

  it('gives secondary to articles whose text was not read, and reads the unconfirmed marker', () => {
    expect(parseCitation('Circular 28/2018/TT-BTC, Art. 8(2)')).toEqual({
      instrument: 'TT-28-2018-BTC',
      article: 8,
      clause: 2,
      confidence: 'secondary',
    });
    expect(parseCitation('khoản 3 Điều 4 Nghị định 45/2012/NĐ-CP (chưa xác minh số điều)')).toEqual({
      instrument: 'ND-45-2012',
      article: 4,
      clause: 3,
      confidence: 'secondary',
      articleConfirmed: false,
    });
    expect(parseCitation('Decree 45/2012/ND-CP, Art. 1(2) (numbering unconfirmed)').confidence).toBe('secondary');
  });

  it('reads annexes, amended wording, clause/point without an article and the đ point', () => {
    expect(parseCitation('Phụ lục 4 Thông tư 26/2014/TT-BCT')).toEqual({ instrument: 'TT-26-2014-BCT', annex: 4, confidence: 'secondary' });
    expect(parseCitation('Decree 45/2012/ND-CP, Art. 1(2)(a), as amended by Decree 235/2025/ND-CP')).toEqual({
      ...art1_2a,
      asAmendedBy: 'ND-235-2025',
    });
    expect(parseCitation('Circular 28/2018/TT-BTC, cl. 2, point b')).toEqual({ instrument: 'TT-28-2018-BTC', clause: 2, point: 'b', confidence: 'secondary' });
    expect(parseCitation('điểm đ khoản 1 Điều 5 Nghị định 45/2012/NĐ-CP').point).toBe('đ');
    expect(parseCitation('Quyết định 1288/QĐ-TTg')).toEqual({ instrument: 'QD-1288-2014-TTg', confidence: 'secondary' });
  });

  it('rejects text without a number, unknown numbers, long text and non-strings, bilingually', () => {
    const noNumber = safeParseCitation('Điều 4 khoản 1');
    expect(noNumber.success).toBe(false);
    if (!noNumber.success) {
      expect(noNumber.error.issues[0]?.code).toBe('citation.no-instrument');
      expect(noNumber.error.issues[0]?.message).toEqual({
        vi: 'Trích dẫn "Điều 4 khoản 1" không chứa số hiệu văn bản (ví dụ 45/2012/NĐ-CP).',
        en: 'The citation "Điều 4 khoản 1" contains no instrument number (e.g. 45/2012/NĐ-CP).',
      });
    }
    expect(() => parseCitation('Nghị định 99/2099/NĐ-CP')).toThrow(KhuyenCongError);
    const unknown = safeParseCitation('Nghị định 99/2099/NĐ-CP');
    expect(!unknown.success && unknown.error.issues[0]?.message.en).toBe('Instrument 99/2099/NĐ-CP is not in the library\'s instrument registry.');
    const long = safeParseCitation('x'.repeat(301));
    expect(!long.success && long.error.issues[0]?.code).toBe('citation.too-long');
    const notText = safeParseCitation(42);
    expect(!notText.success && notText.error.issues[0]?.message.vi).toBe('citation phải là một chuỗi ký tự.');
  });
});
