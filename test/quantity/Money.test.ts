import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  isMoney,
  KhuyenCongError,
  MAX_MONEY_DONG,
  maxMoney,
  minMoney,
  money,
  moneyEquals,
  moneyToBigInt,
  multiplyMoney,
  negateMoney,
  parseQuantity,
  quantityToMoney,
  ratio,
  roundMoney,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
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

describe('Money: more operations', () => {
  it('negates, orders and picks min/max (seed 002: 600 triệu vs 1,42 tỷ)', () => {
    const a = money(600_000_000);
    const b = money(1_420_000_000);
    expect(negateMoney(a).dong).toBe(-600_000_000);
    expect(negateMoney(money(0)).dong).toBe(0);
    expect(Object.is(negateMoney(money(0)).dong, -0)).toBe(false);
    expect(minMoney(a, b)).toBe(a);
    expect(maxMoney(a, b)).toBe(b);
    expect(moneyEquals(money(1000), money('1000'))).toBe(true);
    expect(moneyEquals(money(1000), money(1001))).toBe(false);
    expect(compareMoney(b, a)).toBe(1);
  });

  it('converts to bigint and recognises money values', () => {
    expect(moneyToBigInt(money(10))).toBe(10n);
    expect(isMoney(money(1))).toBe(true);
    expect(isMoney({ kind: 'money', dong: 1.5 })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(ZERO_MONEY.dong).toBe(0);
  });

  it('accepts bigint and signed digit strings up to the limit and no further', () => {
    expect(money(BigInt(MAX_MONEY_DONG)).dong).toBe(MAX_MONEY_DONG);
    expect(money('-9007199254740991').dong).toBe(-MAX_MONEY_DONG);
    expect(() => money(BigInt(MAX_MONEY_DONG) + 1n)).toThrow(/9,007,199,254,740,991/);
    expect(() => money('9007199254740992')).toThrow(/money|range|representable/);
  });

  it('checks every partial sum and every multiply/round result', () => {
    expect(() => sumMoney([money(MAX_MONEY_DONG), money(1), money(-5)])).toThrow(/The sum/);
    expect(() => subtractMoney(money(-MAX_MONEY_DONG), money(1))).toThrow(/The result/);
    expect(() => multiplyMoney(money(MAX_MONEY_DONG), ratio(2))).toThrow(/The result/);
    expect(() => roundMoney(money(MAX_MONEY_DONG), { multiple: 1000 })).toThrow(/The result/);
    expect(() => roundMoney(money(1), { multiple: 0 })).toThrow(/The rounding multiple 0 must be a positive integer/);
  });

  it('converts parsed amounts exactly (seed 000: 2,959 + 4,020 = 6,979 tỷ)', () => {
    const total = addMoney(quantityToMoney(parseQuantity('2,959 tỷ đồng')), quantityToMoney(parseQuantity('4,020 tỷ đồng')));
    expect(moneyEquals(total, quantityToMoney(parseQuantity('6,979 tỷ đồng')))).toBe(true);
  });
});
