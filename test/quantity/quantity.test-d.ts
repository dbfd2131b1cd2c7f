import { describe, expectTypeOf, it } from 'vitest';
import {
  addCount,
  addMoney,
  count,
  formatPercent,
  money,
  parseQuantity,
  percent,
  quantityToCount,
  quantityToMoney,
  ratio,
  safeParseQuantity,
  type Count,
  type Interval,
  type Money,
  type Percent,
  type Qualifier,
  type Quantity,
  type QuantityKind,
  type Ratio,
  type SafeParseResult,
} from '../../src/index.js';

describe('Money, Count and Percent cannot be confused', () => {
  it('a Count cannot be passed to addMoney', () => {
    const c = count(480, 'worker');
    // @ts-expect-error a Count is not Money
    addMoney(c, money(1));
    // @ts-expect-error a Count is not Money (second argument)
    addMoney(money(1), c);
  });

  it('Money cannot be added to a Count', () => {
    // @ts-expect-error Money is not a Count
    addCount(count(1, 'person'), money(1));
  });

  it('counts of different units cannot be added', () => {
    // @ts-expect-error a count of people is not a count of classes
    addCount(count(1, 'person'), count(1, 'class'));
  });

  it('Percent is not Money, and Money is not a Percent', () => {
    const p = percent('17.16');
    // @ts-expect-error a Percent is not Money
    addMoney(p, money(1));
    expectTypeOf<Percent>().not.toMatchTypeOf<Money>();
    expectTypeOf<Money>().not.toMatchTypeOf<Percent>();
    expectTypeOf<Count>().not.toMatchTypeOf<Money>();
    // @ts-expect-error formatPercent takes no Money
    formatPercent(money(1));
  });

  it('a parsed Quantity must be converted before money arithmetic', () => {
    const q = parseQuantity('54,06 tỷ đồng');
    // @ts-expect-error a Quantity is not Money
    addMoney(q, money(1));
    expectTypeOf(addMoney(quantityToMoney(q), money(1))).toEqualTypeOf<Money>();
    expectTypeOf(quantityToCount(q)).toMatchTypeOf<Count>();
  });
});

describe('the Quantity contract used by other areas', () => {
  it('keeps kind, value, interval, qualifiers and text', () => {
    expectTypeOf<Quantity['kind']>().toEqualTypeOf<QuantityKind>();
    expectTypeOf<Quantity['value']>().toEqualTypeOf<Ratio>();
    expectTypeOf<Quantity['interval']>().toEqualTypeOf<Interval>();
    expectTypeOf<Quantity['qualifiers']>().toEqualTypeOf<readonly Qualifier[]>();
    expectTypeOf<Quantity['text']>().toEqualTypeOf<string>();
  });

  it('parse returns a Quantity; safeParse a SafeParseResult and accepts unknown input', () => {
    expectTypeOf(parseQuantity('1')).toEqualTypeOf<Quantity>();
    expectTypeOf(safeParseQuantity(42)).toEqualTypeOf<SafeParseResult<Quantity>>();
    // @ts-expect-error parseQuantity takes a string
    parseQuantity(42);
  });

  it('formatPercent takes a Ratio or a Percent with options', () => {
    expectTypeOf(formatPercent(ratio('0.1716'), { decimals: 2, locale: 'vi', signed: true })).toEqualTypeOf<string>();
    // @ts-expect-error unknown locale
    formatPercent(ratio('0.1'), { locale: 'fr' });
  });

  it('the quantity is read-only', () => {
    const q = parseQuantity('1');
    // @ts-expect-error readonly
    q.text = 'x';
  });
});
