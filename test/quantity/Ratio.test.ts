import { describe, expect, it } from 'vitest';
import {
  addRatio,
  compareRatio,
  divideRatio,
  intervalContains,
  multiplyRatio,
  negateRatio,
  parseQuantity,
  ratio,
  ratioToFixed,
  subtractRatio,
} from '../../src/index.js';

describe('Ratio.toString', () => {
  it('expands 63,335 / 54,06 − 1 to 30 significant digits (seed 003; checked with bc: 35/204)', () => {
    // 63335/54060 − 1 = 9275/54060 = 35/204 = 0.171568627450980392156862745098|039… (bc -l, scale 40).
    const change = subtractRatio(ratio(63335, 54060), ratio(1));
    expect([change.numerator, change.denominator]).toEqual([35n, 204n]);
    expect(change.toString()).toBe('0.171568627450980392156862745098');
    // toJSON is exact (issue 15): the fraction, not the rounded expansion
    expect(change.toJSON()).toBe('35/204');
  });

  it('writes terminating ratios exactly', () => {
    expect(ratio(1716, 10000).toString()).toBe('0.1716');
    expect(ratio('63.335').toString()).toBe('63.335');
    expect(ratio(-1, 8).toString()).toBe('-0.125');
    expect(ratio(1, 3).toString()).toBe('0.333333333333333333333333333333');
    expect(ratio(2, 3).toString()).toBe('0.666666666666666666666666666667');
  });
});

describe('Ratio arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly (seed 003 derivations)', () => {
    expect(addRatio(ratio('7.73'), ratio('46.33')).toString()).toBe('54.06');
    expect(subtractRatio(addRatio(ratio('13.877'), ratio('49.49')), ratio('63.335')).toString()).toBe('0.032');
    // 54,06 × 1,021 = 55,19526 (bc).
    expect(multiplyRatio(ratio('54.06'), ratio('1.021')).toString()).toBe('55.19526');
    expect(divideRatio(ratio('63.335'), ratio(20)).toString()).toBe('3.16675');
    expect(negateRatio(ratio('0.04')).toString()).toBe('-0.04');
    expect(() => divideRatio(ratio(1), ratio(0))).toThrow(/Division by zero/);
  });

  it('compares and rounds', () => {
    expect(compareRatio(ratio(1, 3), ratio('0.333'))).toBe(1);
    expect(ratioToFixed(ratio(1, 3), 4)).toBe('0.3333');
  });
});

describe('intervalContains', () => {
  it('respects closed, open and unbounded ends', () => {
    const money = parseQuantity('54,06 tỷ đồng').interval;
    expect(intervalContains(money, ratio(54_064_000_000))).toBe(true);
    expect(intervalContains(money, ratio(54_065_000_000))).toBe(true);
    expect(intervalContains(money, ratio(54_065_000_001))).toBe(false);
    expect(intervalContains(money, ratio(54_054_999_999))).toBe(false);
    const more = parseQuantity('hơn 75 cơ sở').interval;
    expect(intervalContains(more, ratio(75))).toBe(false);
    expect(intervalContains(more, ratio(76))).toBe(true);
    const down = parseQuantity('giảm hơn 10%').interval;
    expect(intervalContains(down, ratio('-0.1'))).toBe(false);
    expect(intervalContains(down, ratio('-0.5'))).toBe(true);
    expect(intervalContains(down, ratio('-0.05'))).toBe(false);
  });
});
