import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  maxMoney,
  minMoney,
  money,
  moneyEquals,
  moneyToBigInt,
  multiplyMoney,
  negateMoney,
  ratio,
  roundMoney,
  subtractMoney,
  sumMoney,
  sumMoneyBy,
} from '../../src/index.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

const BAD: readonly unknown[] = [undefined, null, 5, '5', {}, { kind: 'money', dong: 1.5 }, [], revoked()];

describe('class: every Money function checks its Money arguments at entry (issue 14 sweep: TypeError or NaN before)', () => {
  it('two-amount functions: money.not-integer with the argument path, first or second', () => {
    const one = money(1);
    const pairs: readonly (readonly [string, (a: unknown, b: unknown) => unknown])[] = [
      ['addMoney', (a, b) => addMoney(any(a), any(b))],
      ['subtractMoney', (a, b) => subtractMoney(any(a), any(b))],
      ['compareMoney', (a, b) => compareMoney(any(a), any(b))],
      ['moneyEquals', (a, b) => moneyEquals(any(a), any(b))],
      ['minMoney', (a, b) => minMoney(any(a), any(b))],
      ['maxMoney', (a, b) => maxMoney(any(a), any(b))],
    ];
    for (const [, f] of pairs) {
      for (const bad of BAD) {
        expect(issueOf(() => f(bad, one))).toEqual(['money.not-integer', ['a']]);
        expect(issueOf(() => f(one, bad))).toEqual(['money.not-integer', ['b']]);
      }
    }
  });

  it('one-amount functions: money.not-integer on a', () => {
    for (const bad of BAD) {
      expect(issueOf(() => negateMoney(any(bad)))).toEqual(['money.not-integer', ['a']]);
      expect(issueOf(() => moneyToBigInt(any(bad)))).toEqual(['money.not-integer', ['a']]);
      expect(issueOf(() => multiplyMoney(any(bad), ratio(1, 2)))).toEqual(['money.not-integer', ['a']]);
      expect(issueOf(() => roundMoney(any(bad), { multiple: 1000 }))).toEqual(['money.not-integer', ['a']]);
    }
  });

  it('options read safely: a missing roundMoney options object is money.bad-multiple, not a TypeError', () => {
    expect(issueOf(() => roundMoney(money(1), any(undefined)))).toEqual(['money.bad-multiple', ['multiple']]);
    expect(multiplyMoney(money(1_000_001), ratio('0.3'), any(null)).dong).toBe(300_000); // half-up by default
    expect(roundMoney(money(3_166_750_000), { multiple: 1_000_000 }).dong).toBe(3_167_000_000);
  });

  it('sumMoney: an array of Money, element paths', () => {
    for (const bad of [undefined, null, 'abc', {}, revoked()]) expect(issueOf(() => sumMoney(any(bad)))).toEqual(['money.bad-argument', ['amounts']]);
    expect(issueOf(() => sumMoney(any([money(1), 2])))).toEqual(['money.not-integer', ['amounts', 1]]);
    // Seed 003, southern region, 2013: KCQG 2 959 + KCĐP 4 020 triệu đồng.
    expect(sumMoney([money(2_959_000_000), money(4_020_000_000)]).dong).toBe(6_979_000_000);
  });

  it('sumMoneyBy: an iterable and two functions', () => {
    const year = (l: { year: number }): number => l.year;
    const dong = (l: { dong: number }): number => l.dong;
    for (const bad of [undefined, null, 5, 'abc', {}, revoked()]) {
      expect(issueOf(() => sumMoneyBy(any<Iterable<{ year: number; dong: number }>>(bad), year, dong))).toEqual(['money.bad-argument', ['items']]);
    }
    expect(issueOf(() => sumMoneyBy([], any(undefined), dong))).toEqual(['money.bad-argument', ['keyOf']]);
    expect(issueOf(() => sumMoneyBy([], year, any('x')))).toEqual(['money.bad-argument', ['amountOf']]);
    const byYear = sumMoneyBy(new Set([{ year: 2013, dong: 7_730_000_000 }, { year: 2013, dong: 46_330_000_000 }]), year, dong);
    expect(byYear.get(2013)?.dong).toBe(54_060_000_000);
  });
});
