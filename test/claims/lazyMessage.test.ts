/**
 * A decided claim's explanation is built when first read (issue 19), yet behaves as plain data: the same text
 * whichever language is read first, own enumerable `vi` and `en` that JSON, spreading and deep equality see,
 * frozen. The expected texts are those of seed 003's 2013 sum (7,73 + 46,33 = 54,06 tỷ), as in checkClaim.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, type Claim } from '../../src/index.js';

const SUM_2013: Claim = { kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' };
const VI = '7,73 tỷ đồng + 46,33 tỷ đồng = 54,06 tỷ đồng: khớp với con số công bố “54,06 tỷ đồng” ở độ chính xác đã công bố.';
const EN = 'VND 7.73 billion + VND 46.33 billion = VND 54.06 billion: consistent with the stated “54,06 tỷ đồng” at the published precision.';

describe('the explanation of a decided claim, built when read', () => {
  it('reads the same in either order, and again', () => {
    const a = checkClaim(SUM_2013);
    const b = checkClaim(SUM_2013);
    expect([a.message.vi, a.message.en]).toEqual([VI, EN]);
    expect([b.message.en, b.message.vi]).toEqual([EN, VI]);
    expect(a.message.vi).toBe(VI);
  });

  it('is plain data to JSON, spreading, Object.keys and deep equality, and frozen', () => {
    const r = checkClaim(SUM_2013);
    expect(Object.keys(r.message)).toEqual(['vi', 'en']);
    expect({ ...r.message }).toEqual({ vi: VI, en: EN });
    expect(r.message).toEqual({ vi: VI, en: EN });
    expect(r).toEqual(checkClaim(SUM_2013));
    expect((JSON.parse(JSON.stringify(r)) as { message: unknown }).message).toEqual({ vi: VI, en: EN });
    expect(Object.isFrozen(r.message)).toBe(true);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('an inconsistent claim explains itself too (seed 003, 2014 plan: 13,877 + 49,49 ≠ 63,335 tỷ)', () => {
    const r = checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' });
    expect(r.status).toBe('inconsistent');
    expect(JSON.stringify(r)).toContain('inconsistent with the stated “63,335 tỷ đồng”');
    expect(r.message.vi).toContain('không khớp với con số công bố “63,335 tỷ đồng”');
  });
});
