import { describe, expect, it } from 'vitest';
import {
  addCount,
  count,
  formatCount,
  intervalContains,
  ratio,
  formatMoney,
  formatPercent,
  formatQuantity,
  money,
  parseQuantity,
  quantityToCount,
  quantityToMoney,
  quantityToPercent,
} from '../../src/index.js';
import { any, issueOf, revoked } from '../reliability/guards.js';

function throwingGetter(key: string, base: object = {}): object {
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

// Seed phrasings: "54,06 tỷ đồng" (seed 003, southern region 2013), "237 đề án", "17,16%".
const tien = parseQuantity('54,06 tỷ đồng');
const deAn = parseQuantity('237 đề án');
const phanTram = parseQuantity('17,16%');

/** Objects that are not parsed Quantities: the shapes the sweep found crashing (issue 14). */
const NOT_QUANTITIES: readonly unknown[] = [
  [],
  [1, 2, 3],
  {},
  JSON.parse('{"toString":1,"valueOf":2}') as unknown,
  JSON.parse('{"kind":{"toString":1}}') as unknown,
  Object.create(null) as unknown,
  { ...tien, value: 54.06 },
  { ...tien, qualifiers: 'about' },
  { ...deAn, unit: 'banana' },
  { ...tien, range: { lo: 1, hi: 2 } },
  revoked(),
  throwingGetter('kind'),
  throwingGetter('value', tien),
];

describe('class: the functions that read a parsed Quantity check its shape at entry (issue 14 sweep)', () => {
  it('quantityToX and formatQuantity: quantity.not-quantity with the argument path', () => {
    for (const bad of [undefined, null, 5, 'abc', ...NOT_QUANTITIES]) {
      expect(issueOf(() => quantityToMoney(any(bad)))).toEqual(['quantity.not-quantity', ['q']]);
      expect(issueOf(() => quantityToCount(any(bad)))).toEqual(['quantity.not-quantity', ['q']]);
      expect(issueOf(() => quantityToPercent(any(bad)))).toEqual(['quantity.not-quantity', ['q']]);
      expect(issueOf(() => formatQuantity(any(bad)))).toEqual(['quantity.not-quantity', ['q']]);
    }
  });

  it('formatCount and formatMoney: a Count / Money passes, any other object must be a parsed Quantity', () => {
    for (const bad of NOT_QUANTITIES) {
      expect(issueOf(() => formatCount(any(bad)))).toEqual(['quantity.not-quantity', ['value']]);
      expect(issueOf(() => formatMoney(any(bad)))).toEqual(['quantity.not-quantity', ['amount']]);
    }
    expect(issueOf(() => formatCount(any({ kind: 'count', value: -1, unit: 'project' })))).toEqual(['quantity.not-quantity', ['value']]);
    expect(issueOf(() => formatMoney(any({ kind: 'money', dong: 1.5 })))).toEqual(['quantity.not-money', ['amount', 'dong']]);
    expect(issueOf(() => formatMoney(any(throwingGetter('dong', { kind: 'money' }))))).toEqual(['quantity.not-quantity', ['amount']]);
  });

  it('formatPercent: a revoked Proxy or a getter that throws is quantity.not-quantity', () => {
    expect(issueOf(() => formatPercent(any(revoked())))).toEqual(['quantity.not-quantity', ['value']]);
    expect(issueOf(() => formatPercent(any(throwingGetter('kind'))))).toEqual(['quantity.not-quantity', ['value']]);
    expect(issueOf(() => formatPercent(any({})))).toEqual(['quantity.not-percent', []]);
  });

  it('still reads and writes the seed phrasings, exactly', () => {
    expect(quantityToMoney(tien).dong).toBe(54_060_000_000);
    expect(quantityToCount(deAn).value).toBe(237);
    expect(quantityToPercent(phanTram).ratio.toString()).toBe('0.1716');
    expect(formatQuantity(tien)).toBe('54,06 tỷ đồng');
    expect(formatMoney(money(54_060_000_000), { locale: 'en' })).toBe('VND 54.06 billion'); // the documented English form (formatMoney TSDoc)
    expect(formatCount(count(1200, 'person'), { locale: 'en' })).toBe('1,200 people'); // the formatCount TSDoc example
    expect(formatPercent(phanTram)).toBe('17,16%');
  });
});

describe('addCount checks both counts and their unit (issue 14 sweep: TypeError before)', () => {
  it('refuses what is not a Count with count.invalid and the argument path', () => {
    for (const bad of [undefined, null, 0, {}, { kind: 'count', value: 1.5, unit: 'project' }, revoked()]) {
      expect(issueOf(() => addCount(any<ReturnType<typeof count>>(bad), count(1, 'project')))).toEqual(['count.invalid', ['a']]);
      expect(issueOf(() => addCount(count(1, 'project'), any(bad)))).toEqual(['count.invalid', ['b']]);
    }
  });

  it('never adds two units (from plain JavaScript), and adds one unit exactly', () => {
    expect(issueOf(() => addCount(count(50, 'project'), any(count(237, 'worker'))))).toEqual(['count.unit-mismatch', ['b', 'unit']]);
    expect(addCount(count(50, 'project'), count(237, 'project')).value).toBe(287);
  });
});

describe('intervalContains checks its interval at entry (issue 14 sweep: TypeError before)', () => {
  it('stats.invalid-interval with the end, ratio.not-ratio for a value that is not a Ratio', () => {
    for (const bad of [undefined, null, 0, [], {}, { lo: null }, { lo: { value: 1 }, hi: null }, revoked()]) {
      expect(issueOf(() => intervalContains(any(bad), ratio(1)))[0]).toBe('stats.invalid-interval');
    }
    expect(issueOf(() => intervalContains(any({ lo: null }), ratio(1)))).toEqual(['stats.invalid-interval', ['interval', 'hi']]);
    expect(issueOf(() => intervalContains(tien.interval, any(5)))[0]).toBe('ratio.not-ratio');
  });

  it('still answers for the seed phrasings (TSDoc examples)', () => {
    expect(intervalContains(tien.interval, ratio(54_064_000_000))).toBe(true);
    expect(intervalContains(parseQuantity('hơn 75 cơ sở').interval, ratio(75))).toBe(false);
  });
});
