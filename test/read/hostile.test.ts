import { describe, expect, it } from 'vitest';
import { auditText, KhuyenCongError, readFigures } from '../../src/index.js';
import { WRONG_TYPES } from '../reliability/hostile.js';

const at = '2020-01-01';
const throwing = Object.defineProperty({}, 'at', {
  get() {
    throw new Error('boom');
  },
});
const revoked = (() => {
  const p = Proxy.revocable({}, {});
  p.revoke();
  return p.proxy;
})();

/** The call either returns or throws a KhuyenCongError with a short bilingual message. */
function libraryOutcome(call: () => unknown): 'ok' | string {
  try {
    call();
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    const err = e as KhuyenCongError;
    expect(err.message.length).toBeLessThan(4000);
    return err.issues[0]?.code ?? '';
  }
}

describe('readFigures and auditText on hostile input', () => {
  it.each(WRONG_TYPES)('the text as %s: read.not-string', (_label, v) => {
    expect(libraryOutcome(() => readFigures(v as string, { at }))).toBe('read.not-string');
    expect(libraryOutcome(() => auditText(v as string, { at }))).toBe('read.not-string');
  });

  it.each(WRONG_TYPES)('the options as %s: a date error, never a TypeError', (_label, v) => {
    expect(libraryOutcome(() => readFigures('5 cơ sở', v as { at: string }))).toBe('date.invalid');
    expect(libraryOutcome(() => auditText('5 cơ sở', v as { at: string }))).toBe('date.invalid');
  });

  it.each(WRONG_TYPES)('nouns as %s: bad-nouns or accepted, source as %s: ignored', (_label, v) => {
    const out = libraryOutcome(() => readFigures('5 cơ sở', { at, nouns: v as Record<string, string> }));
    expect(['ok', 'read.bad-nouns']).toContain(out);
    expect(libraryOutcome(() => auditText('5 cơ sở', { at, source: v as { publication: string } }))).toBe('ok');
  });

  it('a getter that throws or a revoked proxy gives read.bad-options / read.bad-nouns', () => {
    expect(libraryOutcome(() => readFigures('5 cơ sở', throwing as { at: string }))).toBe('read.bad-options');
    expect(libraryOutcome(() => readFigures('5 cơ sở', revoked as { at: string }))).toBe('read.bad-options');
    expect(libraryOutcome(() => readFigures('5 cơ sở', { at, nouns: revoked as Record<string, string> }))).toBe('read.bad-nouns');
    const badSource = Object.defineProperty({}, 'publication', {
      get() {
        throw new Error('boom');
      },
    });
    expect(libraryOutcome(() => auditText('5 cơ sở', { at, source: badSource as { publication: string } }))).toBe('read.bad-options');
    expect(libraryOutcome(() => readFigures('5 cơ sở', { at, nouns: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`n${String(i)}`, 'x'])) }))).toBe('read.bad-nouns');
  });

  it('never gives NaN or a zero denominator for plain-text garbage', () => {
    const garbage = ['\u0000\u0001 12', '٣ cơ sở', '１２ cơ sở', '5\u0301 cơ sở', '9'.repeat(40) + ' tỷ đồng', '1.2.3.4 người', '0,5 người'];
    for (const t of garbage) {
      for (const f of readFigures(t, { at })) {
        const v = f.quantity?.value;
        if (v !== undefined) expect(v.denominator > 0n).toBe(true);
      }
    }
  });
});
