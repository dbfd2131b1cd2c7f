import { describe, expect, it } from 'vitest';
import { formatDifference, formatInterval, formatOperand, formatStated, writePlain } from '../../src/claims/formatClaimValue.js';
import { toOperand, wholeItems } from '../../src/claims/operand.js';
import { checkClaim } from '../../src/claims/index.js';
import { count, money, percent, ratio } from '../../src/quantity/index.js';
import { parseQuantity } from '../../src/quantity/parseQuantity.js';

const b = (value: string, open = false) => ({ value: ratio(value), open });

describe('operands', () => {
  it('a count is whole: [2,5; 3,5] is 3, (75, +∞) is 76 or more, an open upper end 10 is at most 9', () => {
    expect(wholeItems({ lo: b('2.5'), hi: b('3.5') })).toEqual({ lo: b('3'), hi: b('3') });
    expect(wholeItems({ lo: b('75', true), hi: null })).toEqual({ lo: b('76'), hi: null });
    expect(wholeItems({ lo: null, hi: b('10', true) })).toEqual({ lo: null, hi: b('9') });
    expect(wholeItems({ lo: b('9.5', true), hi: b('9.5', true) })).toEqual({ lo: b('10'), hi: b('9') });
  });

  it('keeps the interval of counts written with decimals as a rate ("1,5 lớp/tỉnh", "80 người/lớp")', () => {
    // A bare "1,5 lớp" is refused by the reader since issue 14 (never a fractional count); a rate may be fractional.
    // The one Result shape: the reader's own code and bilingual message in `reason`.
    const fractional = toOperand('1,5 lớp');
    expect(fractional.ok === false && fractional.reason.code).toBe('quantity.not-whole-count');
    const r = toOperand('1,5 lớp/tỉnh');
    expect(r.ok && r.value.interval).toEqual({ lo: b('1.45'), hi: b('1.55') });
    const per = toOperand('80 người/lớp');
    expect(per.ok && per.value.interval).toEqual({ lo: b('79.5'), hi: b('80.5') });
  });

  it('reads exact values as points and texts with their precision', () => {
    const m = toOperand(money(5));
    expect(m.ok && m.value).toMatchObject({ kind: 'money', unit: 'money', interval: { lo: b('5'), hi: b('5') } });
    const c = toOperand(count(3, 'class'));
    expect(c.ok && c.value).toMatchObject({ kind: 'count', unit: 'count' });
    const p = toOperand(percent('17.16'));
    expect(p.ok && p.value).toMatchObject({ kind: 'percent', unit: 'ratio', value: ratio('0.1716') });
    const q = toOperand(parseQuantity('hơn 75 cơ sở'));
    expect(q.ok && q.value.interval).toEqual({ lo: b('76'), hi: null });
    const bad = toOperand('');
    expect(bad.ok).toBe(false);
  });
});

describe('formatting figures in explanations', () => {
  const ty = { kind: 'money', scale: 'tỷ', decimals: 3 } as const;
  const pct = { kind: 'percent', decimals: 2 } as const;

  it('writes plain numbers in each locale', () => {
    expect(writePlain(ratio('1234567.5'), 1, 'vi')).toBe('1.234.567,5');
    expect(writePlain(ratio('-1234567.5'), 1, 'en')).toBe('-1,234,567.5');
    expect(writePlain(ratio(12), 0, 'en')).toBe('12');
  });

  it('writes intervals in words: two ends, one end, exact, unbounded', () => {
    expect(formatInterval(ty, { lo: b('63334500000'), hi: b('63335500000', true) })).toEqual({
      vi: 'từ 63,3345 tỷ đồng đến 63,3355 tỷ đồng (không kể)',
      en: 'from VND 63.3345 billion to VND 63.3355 billion (excluded)',
    });
    expect(formatInterval(pct, { lo: b('0.1', true), hi: b('0.2') }).en).toBe('from 10% (excluded) to 20%');
    expect(formatInterval(pct, { lo: b('0.75', true), hi: null })).toEqual({ vi: 'trên 75%', en: 'above 75%' });
    expect(formatInterval(pct, { lo: b('0.75'), hi: null })).toEqual({ vi: 'từ 75% trở lên', en: '75% or more' });
    expect(formatInterval(pct, { lo: null, hi: b('0.1', true) })).toEqual({ vi: 'dưới 10%', en: 'below 10%' });
    expect(formatInterval(pct, { lo: null, hi: b('0.1') })).toEqual({ vi: 'tối đa 10%', en: 'at most 10%' });
    expect(formatInterval(pct, { lo: null, hi: null })).toEqual({ vi: 'bất kỳ giá trị nào', en: 'any value' });
    expect(formatInterval(pct, { lo: b('0.1'), hi: b('0.1') })).toEqual({ vi: 'đúng 10%', en: 'exactly 10%' });
  });

  it('writes differences signed, in percentage points, and small money also in its own scale', () => {
    expect(formatDifference(ty, ratio(32_000_000))).toEqual({ vi: '+0,032 tỷ đồng (+32 triệu đồng)', en: '+VND 0.032 billion (+VND 32 million)' });
    expect(formatDifference(ty, ratio(2_000_000_000))).toEqual({ vi: '+2 tỷ đồng', en: '+VND 2 billion' });
    expect(formatDifference(ty, ratio(0))).toEqual({ vi: '0 tỷ đồng', en: 'VND 0 billion' });
    expect(formatDifference(pct, ratio('-0.0001'), false)).toEqual({ vi: '-0,01 điểm phần trăm', en: '-0.01 percentage points' });
    expect(formatDifference({ kind: 'money' }, ratio(5))).toEqual({ vi: '+5 đồng', en: '+VND 5' });
  });

  it('writes an exact input by its value and a published one by its text', () => {
    const m = toOperand(money(1_420_000_000));
    if (m.ok) {
      expect(formatOperand(m.value)).toBe('1,42 tỷ đồng');
      expect(formatOperand(m.value, 'en')).toBe('VND 1.42 billion');
      expect(formatStated(m.value)).toEqual({ vi: '1,42 tỷ đồng', en: 'VND 1.42 billion' });
    }
    const t = toOperand('1,42 tỷ đồng');
    if (t.ok) expect(formatStated(t.value)).toEqual({ vi: '“1,42 tỷ đồng”', en: '“1,42 tỷ đồng”' });
  });

  it('explains a claim on exact values without published texts', () => {
    const r = checkClaim({ kind: 'share', part: money(7_730_000_000), whole: money(54_060_000_000), stated: ratio('0.143') });
    expect(r.message.en).toBe(
      'VND 7.73 billion / VND 54.06 billion = 0.14299: inconsistent with the stated 0.143 (a difference of -0.00001); even allowing for the rounding of every figure, they miss each other by 0.00001.',
    );
  });
});
