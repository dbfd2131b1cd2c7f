/**
 * The internal helpers every area builds on (exact rationals, rounding, errors, safe rendering of values),
 * checked against hand-computed values, including the edge branches the areas' own tests do not reach.
 */
import { describe, expect, it } from 'vitest';
import { KhuyenCongError, issue, toSafe } from '../../src/internal/errors.js';
import {
  absRat,
  add,
  cmp,
  div,
  eq,
  fromScaled,
  gcd,
  isTerminating,
  max,
  min,
  powInt,
  rat,
  ratFromInt,
  roundToDecimals,
  roundToInteger,
  scaledToString,
  sub,
  terminatingDecimals,
  type RoundingMode,
} from '../../src/internal/rational.js';
import { showValue } from '../../src/internal/showValue.js';

describe('exact rationals', () => {
  it('normalise sign and lowest terms', () => {
    expect(rat(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(rat(0n, -7n)).toEqual({ n: 0n, d: 1n });
    expect(rat(5n)).toEqual({ n: 5n, d: 1n });
    expect(gcd(-12n, 18n)).toBe(6n);
    expect(ratFromInt(-3)).toEqual({ n: -3n, d: 1n });
  });

  it('refuse a zero denominator and division by zero with a RangeError (internal invariant, never user-facing)', () => {
    expect(() => rat(1n, 0n)).toThrow(RangeError);
    expect(() => div(rat(1n), rat(0n))).toThrow(RangeError);
  });

  it('add, subtract, compare, min, max, abs: 1/3 + 1/6 = 1/2, 1/3 − 1/2 = −1/6', () => {
    expect(add(rat(1n, 3n), rat(1n, 6n))).toEqual({ n: 1n, d: 2n });
    expect(add(rat(1n, 4n), rat(1n, 4n))).toEqual({ n: 1n, d: 2n });
    expect(sub(rat(1n, 3n), rat(1n, 2n))).toEqual({ n: -1n, d: 6n });
    expect(sub(rat(3n, 4n), rat(1n, 4n))).toEqual({ n: 1n, d: 2n });
    expect(cmp(rat(1n, 3n), rat(333n, 1000n))).toBe(1);
    expect(cmp(rat(1n, 3n), rat(2n, 6n))).toBe(0);
    expect(min(rat(1n), rat(2n))).toEqual(rat(1n));
    expect(max(rat(1n), rat(2n))).toEqual(rat(2n));
    expect(absRat(rat(-5n, 2n))).toEqual(rat(5n, 2n));
    expect(absRat(rat(5n, 2n))).toEqual(rat(5n, 2n));
    expect(eq(rat(2n, 4n), rat(1n, 2n))).toBe(true);
    expect(powInt(rat(-2n, 3n), 3)).toEqual(rat(-8n, 27n));
    expect(fromScaled(5406n, -2)).toEqual(rat(2703n, 50n));
    expect(fromScaled(7n, 3)).toEqual(rat(7000n));
  });

  // Hand table: every mode on ±2.5, ±2.4, ±2.6 and an integer.
  const table: readonly (readonly [RoundingMode, readonly bigint[]])[] = [
    //                 2.5  -2.5  2.4  -2.4  2.6  -2.6   3.5  -3.5
    ['half-up', [3n, -3n, 2n, -2n, 3n, -3n, 4n, -4n]],
    ['half-down', [2n, -2n, 2n, -2n, 3n, -3n, 3n, -3n]],
    ['half-even', [2n, -2n, 2n, -2n, 3n, -3n, 4n, -4n]],
    ['floor', [2n, -3n, 2n, -3n, 2n, -3n, 3n, -4n]],
    ['ceil', [3n, -2n, 3n, -2n, 3n, -2n, 4n, -3n]],
    ['down', [2n, -2n, 2n, -2n, 2n, -2n, 3n, -3n]],
    ['up', [3n, -3n, 3n, -3n, 3n, -3n, 4n, -4n]],
  ];
  const inputs = [rat(5n, 2n), rat(-5n, 2n), rat(12n, 5n), rat(-12n, 5n), rat(13n, 5n), rat(-13n, 5n), rat(7n, 2n), rat(-7n, 2n)];
  it.each(table)('roundToInteger %s matches the hand table', (mode, expected) => {
    expect(inputs.map((x) => roundToInteger(x, mode))).toEqual(expected);
    expect(roundToInteger(rat(-4n), mode)).toBe(-4n);
  });

  it('rounds to decimals, also to tens with negative decimals: 1234.5 → 1230 (half-up, −1)', () => {
    expect(roundToDecimals(rat(24691n, 20n), 2, 'half-up')).toBe(123455n);
    expect(roundToDecimals(rat(24691n, 20n), -1, 'half-up')).toBe(1230n);
    expect(roundToDecimals(rat(1235n), -1, 'half-even')).toBe(1240n);
  });

  it('knows terminating decimals: 1/8 has 3 places, 1/20 has 2, 1/3 none', () => {
    expect(isTerminating(rat(1n, 8n))).toBe(true);
    expect(isTerminating(rat(1n, 3n))).toBe(false);
    expect(terminatingDecimals(rat(1n, 8n))).toBe(3);
    expect(terminatingDecimals(rat(1n, 20n))).toBe(2);
    expect(terminatingDecimals(rat(7n))).toBe(0);
    expect(() => terminatingDecimals(rat(1n, 3n))).toThrow(RangeError);
  });

  it('writes scaled integers: 5 at 3 places is 0.005, −12345 at 2 is −123.45, 0 decimals as is', () => {
    expect(scaledToString(5n, 3)).toBe('0.005');
    expect(scaledToString(-12345n, 2)).toBe('-123.45');
    expect(scaledToString(-7n, 0)).toBe('-7');
    expect(scaledToString(42n, -1)).toBe('42');
  });
});

describe('KhuyenCongError and toSafe', () => {
  const msg = { vi: 'Sai.', en: 'Wrong.' };

  it('with no issue still has a message', () => {
    const e = new KhuyenCongError([]);
    expect(e.message).toBe('khuyen-cong: invalid input');
    expect(e.issues).toEqual([]);
    expect(e.name).toBe('KhuyenCongError');
  });

  it('joins issues in both languages with their paths, and lists them per language', () => {
    const e = new KhuyenCongError([issue('schema.invalid', msg, ['a', 0]), issue('schema.missing', { vi: 'Thiếu.', en: 'Missing.' })]);
    expect(e.message).toBe('a.0: Sai. / Wrong.\nThiếu. / Missing.');
    expect(e.messagesIn('vi')).toEqual(['a.0: Sai.', 'Thiếu.']);
    expect(e.messagesIn('en')).toEqual(['a.0: Wrong.', 'Missing.']);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0]?.path)).toBe(true);
  });

  it('toSafe turns a KhuyenCongError into a failure and re-throws anything else (a bug must not be hidden)', () => {
    const safe = toSafe((x: number) => {
      if (x === 0) throw new KhuyenCongError([issue('schema.invalid', msg)]);
      if (x < 0) throw new TypeError('bug');
      return x * 2;
    });
    expect(safe(2)).toEqual({ success: true, data: 4 });
    const r = safe(0);
    expect(r.success).toBe(false);
    expect(() => safe(-1)).toThrow(TypeError);
  });
});

describe('showValue renders any value for a message without throwing', () => {
  it.each([
    ['a string', 'abc', 'abc'],
    ['a number', 42, '42'],
    ['NaN', Number.NaN, 'NaN'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a symbol', Symbol('x'), 'Symbol(x)'],
    ['a bigint', 12n, '12'],
    ['an object', {}, '[object Object]'],
    ['a null-prototype object', Object.create(null) as object, '[object]'],
    ['JSON {"toString": 1}', JSON.parse('{"toString": 1}') as unknown, '[object]'],
    ['an array holding a null-prototype object', [Object.create(null) as object], '[array]'],
  ] as const)('%s', (_label, value, expected) => {
    expect(showValue(value)).toBe(expected);
  });

  it('shortens long renderings to 100 characters and an ellipsis', () => {
    expect(showValue('x'.repeat(100_000))).toBe(`${'x'.repeat(100)}…`);
    expect(showValue('abcdef', 3)).toBe('abc…');
  });
});
