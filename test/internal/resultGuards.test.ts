import { describe, expect, it } from 'vitest';
import { KhuyenCongError, mapResult, noAnswer, ok, valueOr } from '../../src/index.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

describe('Result functions refuse what is not a Result (issue 14 sweep: TypeError or NaN before)', () => {
  it('valueOr and mapResult: result.invalid for anything but { ok: true | false }', () => {
    for (const bad of [undefined, null, Number.NaN, 'ok', [], {}, { ok: 'yes' }]) {
      expect(issueOf(() => valueOr(any(bad), 0))).toEqual(['result.invalid', ['result']]);
      expect(issueOf(() => mapResult(any(bad), (x) => x))).toEqual(['result.invalid', ['result']]);
    }
    expect(issueOf(() => valueOr(any(revoked()), 0))).toEqual(['input.unreadable', ['ok']]);
  });

  it('mapResult: result.invalid-argument when f is not a function, even for a missing answer', () => {
    expect(issueOf(() => mapResult(ok(2), any(undefined)))).toEqual(['result.invalid-argument', ['f']]);
    expect(issueOf(() => mapResult(noAnswer('x', { vi: 'a', en: 'b' }), any(3)))).toEqual(['result.invalid-argument', ['f']]);
  });

  it('still reads a plain JSON Result (another copy of the library, a JSON round trip)', () => {
    const json = JSON.parse('{"ok":true,"value":7}') as unknown;
    expect(valueOr(any(json), 0)).toBe(7);
    expect(mapResult(any<typeof json & { ok: true; value: number }>(json), (x: number) => x + 1)).toEqual({ ok: true, value: 8 });
    expect(valueOr(any({ ok: false, reason: {} }), 'none')).toBe('none');
  });

  it('noAnswer: code and field strings, message { vi, en } strings, copied and frozen', () => {
    expect(issueOf(() => noAnswer(any<string>(Number.NaN), { vi: 'a', en: 'b' }))).toEqual(['result.invalid-argument', ['code']]);
    expect(issueOf(() => noAnswer('x', any(Number.NaN)))).toEqual(['result.invalid-argument', ['message']]);
    expect(issueOf(() => noAnswer('x', any({ vi: 'a' })))).toEqual(['result.invalid-argument', ['message']]);
    expect(issueOf(() => noAnswer('x', { vi: 'a', en: 'b' }, any(Number.NaN)))).toEqual(['result.invalid-argument', ['field']]);
    expect(issueOf(() => noAnswer('x', any(revoked())))).toEqual(['input.unreadable', ['vi']]);
    const message = { vi: 'không', en: 'none' };
    const r = noAnswer('x', message);
    message.en = 'changed';
    expect(r).toEqual({ ok: false, reason: { code: 'x', message: { vi: 'không', en: 'none' } } });
    expect(!r.ok && Object.isFrozen(r.reason.message)).toBe(true);
  });

  it('the message of a refusal is bounded whatever the value', () => {
    try {
      valueOr(any('x'.repeat(100_000)), 0);
    } catch (e) {
      expect((e as KhuyenCongError).message.length).toBeLessThan(1000);
    }
    expect.assertions(1);
  });
});
