import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  KhuyenCongError,
  money,
  multiplyMoney,
  ratio,
  roundMoney,
  subtractMoney,
  sumMoney,
} from '../../src/index.js';

describe('Money', () => {
  it('adds the 2013 southern-region sources to the stated total (seed 003)', () => {
    // 7,73 tỷ (KCQG) + 46,33 tỷ (KCĐP) = 54,06 tỷ
    expect(addMoney(money(7_730_000_000), money(46_330_000_000)).dong).toBe(54_060_000_000);
  });

  it('finds the 32 triệu gap of the 2014 plan (seed 003)', () => {
    const components = sumMoney([money(13_877_000_000), money(49_490_000_000)]);
    expect(subtractMoney(components, money(63_335_000_000)).dong).toBe(32_000_000);
  });

  it('sums Bạc Liêu 2014–2018 funding (seed 000)', () => {
    expect(sumMoney([money(2_959_000_000), money(4_020_000_000)]).dong).toBe(6_979_000_000);
    expect(sumMoney([]).dong).toBe(0);
  });

  it('multiplies by a ratio with a named rounding', () => {
    expect(multiplyMoney(money(1_000_001), ratio('0.3'), { rounding: 'floor' }).dong).toBe(300_000);
    expect(multiplyMoney(money(5), ratio('0.5')).dong).toBe(3); // half-up: 2.5 → 3
    expect(multiplyMoney(money(5), ratio('0.5'), { rounding: 'half-even' }).dong).toBe(2);
    expect(multiplyMoney(money(-5), ratio('0.5'), { rounding: 'ceil' }).dong).toBe(-2);
  });

  it('rounds to a multiple', () => {
    expect(roundMoney(money(3_166_750_000), { multiple: 1_000_000 }).dong).toBe(3_167_000_000);
    expect(roundMoney(money(1_500), { multiple: 1_000, rounding: 'half-even' }).dong).toBe(2_000);
    expect(roundMoney(money(2_500), { multiple: 1_000, rounding: 'half-even' }).dong).toBe(2_000);
    expect(roundMoney(money(2_999), { multiple: 1_000, rounding: 'floor' }).dong).toBe(2_000);
  });

  it('compares', () => {
    expect(compareMoney(money(1), money(2))).toBe(-1);
    expect(compareMoney(money('2'), money(2n))).toBe(0);
  });

  it('rejects fractions, NaN and amounts past the exact range with a bilingual error', () => {
    expect(() => money(1.5)).toThrow(KhuyenCongError);
    expect(() => money(Number.NaN)).toThrow(/not a whole number of đồng/);
    expect(() => money(2 ** 60)).toThrow(/exactly representable/);
    expect(() => money('12abc')).toThrow(/không phải số nguyên đồng/);
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER), money(1))).toThrow(/money|range|representable/);
  });
});
