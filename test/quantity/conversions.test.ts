import { describe, expect, it } from 'vitest';
import { parseQuantity, quantityToCount, quantityToMoney, quantityToPercent } from '../../src/index.js';

describe('quantityToMoney', () => {
  it('gives the exact whole đồng of a parsed amount (seed 003)', () => {
    expect(quantityToMoney(parseQuantity('54,06 tỷ đồng')).dong).toBe(54_060_000_000);
    expect(quantityToMoney(parseQuantity('khoảng 700 triệu đồng')).dong).toBe(700_000_000);
  });

  it('refuses fractions of a đồng, ranges and other kinds', () => {
    // A bare fraction of a đồng is refused by the reader itself (issue 14); a per-unit rate may be fractional.
    expect(() => parseQuantity('1,5 đồng')).toThrow(/"1,5 đồng": an amount of money is a whole number of đồng/);
    expect(() => quantityToMoney(parseQuantity('1,5 đồng/người'))).toThrow(/"1,5 đồng\/người" is not a whole number of đồng and cannot become Money/);
    expect(() => quantityToMoney(parseQuantity('1 - 2 tỷ'))).toThrow(/"1 - 2 tỷ" is a range, not a single value/);
    expect(() => quantityToMoney(parseQuantity('5 người'))).toThrow(/"5 người" là số lượng, không phải số tiền/);
  });
});

describe('quantityToCount', () => {
  it('gives the count and its unit (seed 000, 004)', () => {
    expect(quantityToCount(parseQuantity('1.200 người'))).toEqual({ kind: 'count', value: 1200, unit: 'person' });
    expect(quantityToCount(parseQuantity('03 lớp'))).toEqual({ kind: 'count', value: 3, unit: 'class' });
    expect(quantityToCount(parseQuantity('28/28 tỉnh'))).toEqual({ kind: 'count', value: 28, unit: 'province' });
  });

  it('refuses fractions, decreases, ranges and other kinds', () => {
    expect(() => parseQuantity('1,5 người')).toThrow(/must be a whole number/);
    expect(() => quantityToCount(parseQuantity('1,5 người/lớp'))).toThrow(/not a non-negative whole number with a unit/);
    expect(() => quantityToCount(parseQuantity('giảm 3 người'))).toThrow(/not a non-negative whole number with a unit/);
    expect(() => quantityToCount(parseQuantity('10 - 15 đề án'))).toThrow(/is a range/);
    expect(() => quantityToCount(parseQuantity('5 tỷ'))).toThrow(/"5 tỷ" is an amount of money, not a count with a unit/);
  });
});

describe('quantityToPercent', () => {
  it('gives the signed percentage (seed 003)', () => {
    expect(quantityToPercent(parseQuantity('tăng 17,16%')).ratio.toString()).toBe('0.1716');
    expect(quantityToPercent(parseQuantity('giảm 4%')).ratio.toString()).toBe('-0.04');
    expect(() => quantityToPercent(parseQuantity('5 tỷ'))).toThrow(/is an amount of money, not a percentage/);
    expect(() => quantityToPercent(parseQuantity('5 - 6%'))).toThrow(/is a range/);
  });
});
