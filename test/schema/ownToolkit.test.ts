import * as z from 'zod';
/**
 * encodeWith and safeParseOwn, exported by schema's index (issue 15, seams: policy and project used them
 * privately): the serialised form of a value and a parse that reads back the library's own output.
 */
import { describe, expect, it } from 'vitest';
import { encodeWith, IsoDateSchema, KhuyenCongError, money, MoneySchema, safeParseOwn, safeParseWith } from '../../src/index.js';

describe('encodeWith / safeParseOwn', () => {
  it('encode a Money to its whole-đồng JSON integer and read both forms back', () => {
    const m = money(1_500_000);
    expect(encodeWith(MoneySchema, m)).toBe(1_500_000);
    const fromJson = safeParseOwn(MoneySchema, 1_500_000);
    const fromOwn = safeParseOwn(MoneySchema, m);
    expect(fromJson.success && fromOwn.success).toBe(true);
    if (fromJson.success && fromOwn.success) expect(fromOwn.data).toEqual(fromJson.data);
  });

  it('report the serialised form’s error, as zod issues, without throwing', () => {
    const r = safeParseOwn(IsoDateSchema, '2025-02-30');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe('invalid_format');
  });

  it('refuse what is not a zod schema with schema.not-a-schema', () => {
    for (const run of [() => encodeWith({} as never, 1 as never), () => safeParseOwn(5 as never, 1)]) {
      try {
        run();
        expect.fail('no error');
      } catch (e) {
        expect(e).toBeInstanceOf(KhuyenCongError);
        expect((e as KhuyenCongError).issues[0]?.code).toBe('schema.not-a-schema');
      }
    }
  });
});

describe('IsoDateSchema: the one accepted date range', () => {
  it('accepts 1900-01-01 and 2999-12-31 and refuses the days outside, and non-dates, all with date.invalid', () => {
    expect(safeParseWith(IsoDateSchema, '1900-01-01')).toEqual({ success: true, data: '1900-01-01' });
    expect(safeParseWith(IsoDateSchema, '2999-12-31')).toEqual({ success: true, data: '2999-12-31' });
    // 'abc' and '' fail both the calendar check and the range pattern: one issue each, not two.
    for (const bad of ['1899-12-31', '3000-01-01', '0001-01-01', '2023-02-29', '2025-13-01', 'abc', '']) {
      const r = safeParseWith(IsoDateSchema, bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error.issues.map((i) => i.code), bad).toEqual(['date.invalid']);
    }
  });
});

describe('issuesFromZod: the count of the issues not listed', () => {
  it('counts the rest of an issue that converts to many (10 000 unknown keys: 100 listed, at least 9 900 more)', () => {
    const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${String(i)}`, 1]));
    const r = safeParseWith(z.strictObject({ a: z.int().optional() }), { ...keys, a: 'x' });
    expect(r.success).toBe(false);
    if (r.success) return;
    // zod reports the wrong type of `a` and then the unknown keys; the cap cuts inside the second issue.
    expect(r.error.issues.length).toBe(101);
    expect(r.error.issues[100]?.code).toBe('input.more-issues');
    expect(r.error.issues[100]?.message.en).toContain('at least 9901 more');
  });
});
