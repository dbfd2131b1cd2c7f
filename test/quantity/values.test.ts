import { describe, expect, it } from 'vitest';
import {
  allocateMoney,
  count,
  formatMoney,
  isCount,
  isMoney,
  isPercent,
  isRatio,
  KhuyenCongError,
  money,
  moneyFromRatio,
  percent,
  ratio,
  ratioEquals,
  ratioToNumber,
  Ratio,
} from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof KhuyenCongError) return e.issues[0]?.code;
    throw e;
  }
  return undefined;
};

describe('guards by brand and shape', () => {
  it('recognise the library values and refuse look-alikes', () => {
    expect(isRatio(ratio(1, 3))).toBe(true);
    expect(isRatio({ numerator: 1n, denominator: 3n })).toBe(false);
    expect(isRatio(Object.assign(Object.create(Ratio.prototype) as object, { numerator: 1, denominator: 3n }))).toBe(false);
    expect(isRatio({ [Symbol.for('khuyen-cong.Ratio')]: true, numerator: 1n, denominator: 3n })).toBe(true);
    expect(isRatio({ [Symbol.for('khuyen-cong.Ratio')]: true, numerator: 1n, denominator: 0n })).toBe(false);
    expect(isRatio(null)).toBe(false);
    expect(isRatio(0.5)).toBe(false);
    expect(isMoney(money(5))).toBe(true);
    expect(isMoney({ kind: 'money', dong: 1.5 })).toBe(false);
    expect(isCount(count(3324, 'worker'))).toBe(true);
    expect(isCount({ kind: 'count', value: 1, unit: 'banana' })).toBe(false);
    expect(isCount({ kind: 'count', value: -1, unit: 'worker' })).toBe(false);
    expect(isCount({ kind: 'count', value: 1, unit: 7 })).toBe(false);
    expect(isCount(null)).toBe(false);
    expect(isPercent(percent('17.16'))).toBe(true);
    expect(isPercent({ kind: 'percent', ratio: 0.1716 })).toBe(false);
    expect(isPercent(null)).toBe(false);
  });
});

describe('ratioEquals and ratioToNumber', () => {
  it('compares exactly; converts lossily to the nearest double', () => {
    expect(ratioEquals(ratio(2, 6), ratio(1, 3))).toBe(true);
    expect(ratioEquals(ratio(1, 3), ratio('0.3333333333'))).toBe(false);
    expect(ratioToNumber(ratio('0.1716'))).toBe(0.1716);
    expect(ratioToNumber(ratio(1, 3))).toBe(1 / 3);
    expect(ratioToNumber(ratio(-63_335, 54_060))).toBe(-63_335 / 54_060);
    expect(ratioToNumber(ratio(10n ** 400n))).toBe(Infinity);
  });

  it('ratio() reads the fraction text it writes, and refuses a zero denominator in it', () => {
    expect(ratio('1/3').denominator).toBe(3n);
    expect(ratio(' -2/7 ').numerator).toBe(-2n);
    expect(ratio('6/4', 3).toJSON()).toBe('0.5');
    expect(codeOf(() => ratio('1/0'))).toBe('ratio.zero-denominator');
    expect(codeOf(() => ratio('1/3/4'))).toBe('ratio.not-decimal');
    expect(ratio(1, 3).toJSON()).toBe('1/3');
    expect(ratio(1, 2n ** 70n).toJSON()).toBe(`1/${String(2n ** 70n)}`);
  });
});

describe('moneyFromRatio', () => {
  it('turns an exact money average into Money with a named rounding (seed 003: 63,335 tỷ over 20 provinces)', () => {
    const avg = ratio(63_335_000_000, 20);
    const m = moneyFromRatio(avg, { rounding: 'half-up' });
    expect(m.dong).toBe(3_166_750_000);
    expect(formatMoney(m)).toBe('3,167 tỷ đồng');
    expect(moneyFromRatio(ratio(10, 3), { rounding: 'floor' }).dong).toBe(3);
    expect(moneyFromRatio(ratio(10, 3), { rounding: 'ceil' }).dong).toBe(4);
    expect(moneyFromRatio(ratio(-5, 2), { rounding: 'half-even' }).dong).toBe(-2);
  });

  it('refuses what is not a Ratio and amounts beyond the exact range', () => {
    expect(codeOf(() => moneyFromRatio(0.5 as never, { rounding: 'floor' }))).toBe('money.not-integer');
    expect(codeOf(() => moneyFromRatio(ratio(2n ** 60n), { rounding: 'floor' }))).toBe('money.out-of-range');
  });
});

describe('allocateMoney', () => {
  it('splits exactly, the remainder to the largest remainders, ties by order', () => {
    expect(allocateMoney(money(100), [ratio(1), ratio(1), ratio(1)]).map((m) => m.dong)).toEqual([34, 33, 33]);
    expect(allocateMoney(money(1_000_000_001), [ratio('0.7'), ratio('0.3')]).map((m) => m.dong)).toEqual([700_000_001, 300_000_000]);
    // 5 by 1:2 → 1.67 and 3.33: the larger remainder (0.67) gets the extra đồng
    expect(allocateMoney(money(5), [ratio(1), ratio(2)]).map((m) => m.dong)).toEqual([2, 3]);
    expect(allocateMoney(money(-100), [ratio(1), ratio(0), ratio(2)]).map((m) => m.dong)).toEqual([-33, 0, -67]);
    expect(allocateMoney(money(0), [ratio(1), ratio(3)]).map((m) => m.dong)).toEqual([0, 0]);
  });

  it('refuses empty, negative, all-zero or non-Ratio weights, and a non-Money amount', () => {
    expect(codeOf(() => allocateMoney(money(1), []))).toBe('money.bad-allocation');
    expect(codeOf(() => allocateMoney(money(1), 'x' as never))).toBe('money.bad-allocation');
    expect(codeOf(() => allocateMoney(money(1), [ratio(-1), ratio(2)]))).toBe('money.bad-allocation');
    expect(codeOf(() => allocateMoney(money(1), [ratio(0), ratio(0)]))).toBe('money.bad-allocation');
    expect(codeOf(() => allocateMoney(money(1), [0.5 as never]))).toBe('money.bad-allocation');
    expect(codeOf(() => allocateMoney({ dong: 1 } as never, [ratio(1)]))).toBe('money.not-integer');
  });
});

describe('Money in JSON and in messages', () => {
  it('is its integer of whole đồng in JSON, and its own keys are only kind and dong', () => {
    expect(JSON.stringify({ a: money(54_060_000_000) })).toBe('{"a":54060000000}');
    expect(Object.keys(money(5))).toEqual(['kind', 'dong']);
    expect({ ...money(5) }).toEqual({ kind: 'money', dong: 5 });
  });

  it('says "the result" in one language per message (no "Kết quả / The result" inside the Vietnamese text)', () => {
    let e: unknown;
    try {
      moneyFromRatio(ratio(2n ** 60n), { rounding: 'floor' });
    } catch (x) {
      e = x;
    }
    const m = (e as KhuyenCongError).issues[0]?.message;
    expect(m?.vi.startsWith('Kết quả vượt quá')).toBe(true);
    expect(m?.en.startsWith('The result is outside')).toBe(true);
  });
});
