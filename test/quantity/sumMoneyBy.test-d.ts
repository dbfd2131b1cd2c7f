import { describe, expectTypeOf, it } from 'vitest';
import { count, money, sumMoneyBy, type Money } from '../../src/index.js';

const lines = [
  { year: 2013, source: 'KCQG' as const, dong: 7_730_000_000 },
  { year: 2014, source: 'KCĐP' as const, dong: 49_490_000_000 },
];

describe('sumMoneyBy types', () => {
  it('infers the key type and returns a read-only map of Money', () => {
    expectTypeOf(sumMoneyBy(lines, (l) => l.year, (l) => l.dong)).toEqualTypeOf<ReadonlyMap<number, Money>>();
    expectTypeOf(sumMoneyBy(lines, (l) => l.source, (l) => money(l.dong))).toEqualTypeOf<ReadonlyMap<'KCQG' | 'KCĐP', Money>>();
  });

  it('refuses amounts that are not money or đồng', () => {
    // @ts-expect-error a Count is not an amount of money
    sumMoneyBy(lines, (l) => l.year, () => count(1, 'worker'));
    // @ts-expect-error a text must be parsed first
    sumMoneyBy(lines, (l) => l.year, () => '7,73 tỷ đồng');
    // @ts-expect-error bigint đồng must go through money()
    sumMoneyBy(lines, (l) => l.year, () => 1n);
  });

  it('the result cannot be written to', () => {
    const r = sumMoneyBy(lines, (l) => l.year, (l) => l.dong);
    // @ts-expect-error ReadonlyMap has no set
    r.set(2015, money(1));
  });
});
