/**
 * The claims area's reading and wording of figures, published with entry checks (issue 15): readClaimNumber,
 * formatClaimAmount, formatClaimInterval. Figures: seed 003 (13,877 + 49,49 = 63,367 tỷ đồng; 54,06 tỷ đồng),
 * seed 001 ("80 người/lớp").
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, formatClaimAmount, formatClaimInterval, KhuyenCongError, money, parseQuantity, ratio, readClaimNumber } from '../../src/index.js';
import { firstIssue as codeOf } from '../reliability/guards.js';

const b = (value: string, open = false) => ({ value: ratio(value), open });

describe('readClaimNumber', () => {
  it('reads "54,06 tỷ đồng" (seed 003) with its precision, as checkClaim reads it', () => {
    const r = readClaimNumber('54,06 tỷ đồng');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.kind, r.value.unit, r.value.scale, r.value.decimals, r.value.text]).toEqual(['money', 'money', 'tỷ', 2, '54,06 tỷ đồng']);
    expect(r.value.value).toEqual(ratio(54_060_000_000));
    expect(r.value.interval).toEqual({ lo: b('54055000000'), hi: b('54065000000') });
    expect(Object.isFrozen(r) && Object.isFrozen(r.value)).toBe(true);
  });

  it('a count without decimals is whole ("3 lớp" is exactly 3), a rate keeps its interval ("80 người/lớp")', () => {
    const c = readClaimNumber('3 lớp');
    expect(c.ok && [c.value.unit, c.value.interval.lo?.value.toString(), c.value.interval.hi?.value.toString()]).toEqual(['count', '3', '3']);
    const rate = readClaimNumber('80 người/lớp');
    expect(rate.ok && rate.value.interval).toEqual({ lo: b('79.5'), hi: b('80.5') });
    expect(readClaimNumber(money(5)).ok && readClaimNumber(ratio(1, 3)).ok).toBe(true);
  });

  it('an unreadable text is an answer with the parser code; a value of no claim number type is refused', () => {
    const r = readClaimNumber('1,2,3 tỷ đồng');
    expect(r.ok === false && r.reason.code).toBe('quantity.two-decimal-commas');
    expect(r.ok === false && r.reason.message.en).toContain('two decimal commas');
    expect(codeOf(() => readClaimNumber(5 as never))).toEqual({ code: 'claim.bad-number', path: ['number'] });
    expect(codeOf(() => readClaimNumber({ kind: 'money' } as never))).toEqual({ code: 'claim.bad-number', path: ['number'] });
  });
});

describe('formatClaimAmount and formatClaimInterval', () => {
  it('writes a computed sum like the stated figure: 13,877 + 49,49 = 63,367 tỷ đồng (seed 003), as checkClaim does', () => {
    const stated = readClaimNumber('63,335 tỷ đồng');
    if (!stated.ok) return expect.fail('unread');
    const text = formatClaimAmount(stated.value, ratio(63_367_000_000));
    expect(text.vi).toBe('63,367 tỷ đồng');
    const claim = checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' });
    expect(claim.message.vi).toContain(text.vi);
    expect(formatClaimAmount({ kind: 'money', scale: 'tỷ', decimals: 2 }, ratio(63_367_000_000))).toEqual({ vi: '63,367 tỷ đồng', en: 'VND 63.367 billion' });
    expect(formatClaimAmount({ kind: 'percent', decimals: 2 }, ratio(4020, 6979))).toEqual({ vi: '57,6014%', en: '57.6014%' });
    expect(formatClaimAmount({ kind: 'count' }, { numerator: 6n, denominator: 4n } as never)).toEqual({ vi: '1,5', en: '1.5' });
  });

  it('writes an interval in words, its ends like the figure', () => {
    expect(formatClaimInterval({ kind: 'count' }, parseQuantity('hơn 75 cơ sở').interval)).toEqual({ vi: 'trên 75', en: 'above 75' });
    expect(formatClaimInterval({ kind: 'money', scale: 'tỷ', decimals: 2 }, parseQuantity('54,06 tỷ đồng').interval)).toEqual({
      vi: 'từ 54,055 tỷ đồng đến 54,065 tỷ đồng',
      en: 'from VND 54.055 billion to VND 54.065 billion',
    });
    expect(formatClaimInterval({ kind: 'number' }, { lo: b('2'), hi: b('2') }).en).toBe('exactly 2');
  });

  it('checks the shape, the value and the interval at entry', () => {
    expect(codeOf(() => formatClaimAmount({ kind: 'length' } as never, ratio(1)))).toEqual({ code: 'claim.bad-shape', path: ['like'] });
    try {
      formatClaimAmount({ kind: 'length' } as never, ratio(1));
    } catch (e) {
      expect((e as KhuyenCongError).issues[0]?.message.en).toContain('{ kind: length, scale: undefined, decimals: undefined } is not the shape of a figure');
    }
    expect(codeOf(() => formatClaimAmount({ kind: 'money', scale: 'lakh' } as never, ratio(1))).code).toBe('claim.bad-shape');
    expect(codeOf(() => formatClaimAmount({ kind: 'money', decimals: 1.5 }, ratio(1))).code).toBe('claim.bad-shape');
    expect(codeOf(() => formatClaimAmount({ kind: 'money', decimals: 101 }, ratio(1))).code).toBe('claim.bad-shape');
    expect(codeOf(() => formatClaimAmount(undefined as never, ratio(1))).code).toBe('claim.bad-shape');
    expect(codeOf(() => formatClaimAmount({ kind: 'money' }, 1 as never)).code).toBe('ratio.not-ratio');
    expect(codeOf(() => formatClaimInterval({ kind: 'count' }, { lo: 1 } as never)).code).toBe('stats.invalid-interval');
  });
});
