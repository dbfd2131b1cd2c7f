import { describe, expect, it } from 'vitest';
import { checkClaim, parseClaim, safeParseClaim } from '../../src/claims/index.js';
import { KhuyenCongError } from '../../src/index.js';

describe('parseClaim', () => {
  it('reads the docstring example (seed 003, 2013 sum) and checks it', () => {
    const claim = parseClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' });
    expect(checkClaim(claim).status).toBe('consistent');
    expect(Object.isFrozen(claim)).toBe(true);
  });

  it('reads every kind, with texts and exact JSON values', () => {
    const change = parseClaim(JSON.parse('{"kind":"change","current":{"money":"63335000000"},"previous":{"money":54060000000},"stated":{"percent":"17.16"}}'));
    // exact values stand for themselves: 9275/54060 is not exactly 17,16%
    expect(checkClaim(change).status).toBe('inconsistent');
    expect(checkClaim({ ...change, stated: 'tăng 17,16%' }).status).toBe('consistent');
    const share = parseClaim({ kind: 'share', part: { count: 50, unit: 'project' }, whole: { count: 287, unit: 'project' }, stated: '17,42%' });
    expect(checkClaim(share).status).toBe('consistent');
    expect(checkClaim(parseClaim({ kind: 'average', total: '63,335 tỷ đồng', count: '20 tỉnh', stated: '3,17 tỷ đồng' })).status).toBe('consistent');
    expect(checkClaim(parseClaim({ kind: 'completion', actual: '105 lao động', target: '100 lao động', stated: '105%' })).status).toBe('consistent');
    expect(checkClaim(parseClaim({ kind: 'cagr', first: { ratio: '100' }, last: { ratio: '121' }, years: 2, stated: '10%' })).status).toBe('consistent');
    const r = parseClaim({ kind: 'ratio', numerator: '1,5 tỷ đồng', denominator: '600 triệu đồng', stated: 'gấp 2,5 lần', note: 'dropped' });
    expect(checkClaim(r).status).toBe('consistent');
    expect('note' in r).toBe(false);
  });

  it('refuses a non-object and an unknown kind, in both languages', () => {
    expect(() => parseClaim([1])).toThrow(KhuyenCongError);
    const a = safeParseClaim('sum');
    expect(a.success).toBe(false);
    if (!a.success) {
      expect(a.error.issues[0]).toMatchObject({ code: 'claim.not-object', path: [] });
      expect(a.error.issues[0]?.message).toEqual({ vi: 'Yêu cầu kiểm tra phải là một đối tượng JSON, nhận được "sum".', en: 'A claim must be a JSON object, got "sum".' });
    }
    const b = safeParseClaim({ kind: 'mean' });
    expect(!b.success && b.error.issues[0]).toMatchObject({
      code: 'claim.unknown-kind',
      path: ['kind'],
      message: {
        vi: 'Loại "mean" không được hỗ trợ; các loại: sum, change, share, average, completion, cagr, ratio.',
        en: 'The kind "mean" is not supported; the kinds are: sum, change, share, average, completion, cagr, ratio.',
      },
    });
    for (const v of [null, 3, true]) expect(safeParseClaim(v).success).toBe(false);
  });

  it('lists every problem with its path', () => {
    const r = safeParseClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '1,2,3 tỷ', 42, { money: '7.5' }], stated: { count: 3, unit: 'nobody' } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['quantity.two-decimal-commas', 'parts.1'],
      ['claim.bad-number', 'parts.2'],
      ['money.not-integer', 'parts.3.dong'],
      ['claim.bad-number', 'stated'],
    ]);
    expect(r.error.issues[1]?.message.en).toBe(
      'The field "parts.2" must be a number as text ("7,73 tỷ đồng") or one of {"money"}, {"count", "unit"}, {"percent"}, {"ratio"}.',
    );
    expect(r.error.issues[1]?.message.vi).toBe(
      'Trường "parts.2" phải là một con số dạng văn bản ("7,73 tỷ đồng") hoặc {"money"}, {"count", "unit"}, {"percent"}, {"ratio"}.',
    );
  });

  it('names missing fields, bad parts and bad years', () => {
    const r = safeParseClaim({ kind: 'share', part: '7,73 tỷ đồng', stated: '14,30%' });
    expect(!r.success && r.error.issues.map((i) => i.message.en)).toEqual(['The field "whole" is missing.']);
    expect(!r.success && r.error.issues[0]?.message.vi).toBe('Thiếu trường "whole".');
    const p = safeParseClaim({ kind: 'sum', parts: [], stated: '1 tỷ đồng' });
    expect(!p.success && p.error.issues[0]).toMatchObject({
      code: 'claim.bad-parts',
      path: ['parts'],
      message: { vi: 'Trường "parts" phải là một mảng có ít nhất một con số.', en: 'The field "parts" must be an array of at least one number.' },
    });
    const y = safeParseClaim({ kind: 'cagr', first: '1 tỷ đồng', last: '2 tỷ đồng', years: 2.5, stated: '5%' });
    expect(!y.success && y.error.issues[0]).toMatchObject({
      code: 'claim.bad-years',
      path: ['years'],
      message: { vi: 'Trường "years" phải là số năm nguyên dương, nhận được 2.5.', en: 'The field "years" must be a positive whole number of years, got 2.5.' },
    });
    const z = safeParseClaim({ kind: 'cagr', first: '1 tỷ đồng', last: '2 tỷ đồng', stated: '5%' });
    expect(!z.success && z.error.issues[0]?.message.en).toBe('The field "years" must be a positive whole number of years, got undefined.');
  });

  it('reports bad exact values with their own messages', () => {
    const r = safeParseClaim({ kind: 'ratio', numerator: { ratio: 'abc' }, denominator: { percent: '1,5' }, stated: { count: -1, unit: 'project' } });
    expect(!r.success && r.error.issues.map((i) => i.code)).toEqual(['ratio.not-decimal', 'ratio.not-decimal', 'count.invalid']);
  });
});
