import { describe, expect, it } from 'vitest';
import { mapResult, noAnswer, ok, valueOr, type Result } from '../../src/index.js';

describe('Result', () => {
  it('carries a value or a reason with code, field and both languages, frozen', () => {
    const yes: Result<number> = ok(3);
    const no: Result<number> = noAnswer('no-match', { vi: 'Không tìm thấy tỉnh.', en: 'No province found.' }, 'text');
    expect(yes).toEqual({ ok: true, value: 3 });
    expect(no).toEqual({ ok: false, reason: { code: 'no-match', field: 'text', message: { vi: 'Không tìm thấy tỉnh.', en: 'No province found.' } } });
    expect(noAnswer('x', { vi: 'a', en: 'b' })).toEqual({ ok: false, reason: { code: 'x', message: { vi: 'a', en: 'b' } } });
    expect(Object.isFrozen(yes) && Object.isFrozen(no) && (!no.ok && Object.isFrozen(no.reason))).toBe(true);
    expect(valueOr(yes, 0)).toBe(3);
    expect(valueOr(no, 0)).toBe(0);
    expect(mapResult(yes, (x) => x * 10)).toEqual({ ok: true, value: 30 });
    expect(mapResult(no, (x) => x * 10)).toBe(no);
  });
});
