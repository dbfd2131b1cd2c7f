import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  compareRatio,
  formatMoney,
  formatQuantity,
  intervalContains,
  money,
  MAX_MONEY_DONG,
  multiplyMoney,
  parseQuantity,
  ratio,
  safeParseQuantity,
  subtractMoney,
  subtractRatio,
  sumMoney,
  type MoneyScale,
  type Quantity,
} from '../../src/index.js';

const LIMIT = BigInt(MAX_MONEY_DONG);
const dong = fc.bigInt({ min: -(LIMIT / 4n), max: LIMIT / 4n });
const smallDong = fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n });

/** Groups an integer string in threes with dots, as Vietnamese texts do. */
function groupVi(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A canonically written Vietnamese number: integer part, optional decimals (trailing zeros allowed). */
const writtenNumber = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999n }), fc.stringMatching(/^[0-9]{0,4}$/))
  .map(([int, frac]) => ({ int, frac, text: groupVi(int.toString()) + (frac === '' ? '' : `,${frac}`) }));

const unitWord = fc.constantFrom('tỷ đồng', 'triệu đồng', 'nghìn đồng', 'đồng', 'người', 'cơ sở', 'đề án', '%', 'lần', '');
const qualifierWord = fc.constantFrom('', 'hơn ', 'gần ', 'khoảng ', 'ít nhất ', 'tối đa ', 'dự kiến ', 'tăng ', 'giảm ', 'giảm hơn ', 'dự kiến khoảng ');

/**
 * A qualifier, a written number and a unit that make a readable phrase: counts of discrete things and amounts
 * in đồng are whole (a fraction is refused, issue 14), so their number has no decimals, and a nghìn amount
 * at most 3; a decrease "lần" (a division, tested in roundTrip.prop.test.ts) is left out.
 */
const phrase = fc
  .tuple(qualifierWord, writtenNumber, unitWord)
  .filter(([qual, , unit]) => !(unit === 'lần' && qual.startsWith('giảm')))
  .map(([qual, num, unit]) => {
    const whole = ['đồng', 'người', 'cơ sở', 'đề án'].includes(unit);
    const frac = whole ? '' : unit === 'nghìn đồng' ? num.frac.slice(0, 3) : num.frac;
    return [qual, { int: num.int, frac, text: groupVi(num.int.toString()) + (frac === '' ? '' : `,${frac}`) }, unit] as const;
  });

function intervalKey(q: Quantity): string {
  return JSON.stringify(q.interval);
}

describe('parse/format round trips keep the value and the written precision', () => {
  it('formatQuantity(parseQuantity(t)) is t for canonical Vietnamese text, and reads back identically', () => {
    fc.assert(
      fc.property(phrase, ([qual, num, unit]) => {
        const gấp = unit === 'lần' ? 'gấp ' : '';
        const sep = unit === '%' || unit === '' ? '' : ' ';
        const text = `${qual}${gấp}${num.text}${sep}${unit}`;
        const q = parseQuantity(text);
        const written = formatQuantity(q);
        expect(written).toBe(text);
        const again = parseQuantity(written);
        expect(again.value.toString()).toBe(q.value.toString());
        expect(intervalKey(again)).toBe(intervalKey(q));
        expect(again.decimals).toBe(num.frac.length);
      }),
    );
  });

  it('formatMoney with any scale and decimals parses back to the rounded amount at that precision', () => {
    const scales: readonly [MoneyScale, bigint][] = [
      ['đồng', 1n],
      ['nghìn', 1000n],
      ['triệu', 1_000_000n],
      ['tỷ', 1_000_000_000n],
    ];
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.constantFrom(...scales), fc.integer({ min: 0, max: 9 }), (d, [scale, factor], decimals) => {
        const text = formatMoney(money(d), { scale, decimals });
        const q = parseQuantity(text);
        expect(q.scale).toBe(scale);
        // The đồng scale has no decimals: an amount in đồng is whole, and "5,000 đồng" would be ambiguous.
        expect(q.decimals).toBe(scale === 'đồng' ? 0 : decimals);
        // The parsed value is within half a unit of the last written digit of the amount.
        const diff = subtractRatio(q.value, ratio(d));
        expect(compareRatio(diff, ratio(factor, 2n * 10n ** BigInt(decimals)))).toBeLessThanOrEqual(0);
        expect(compareRatio(diff, ratio(-factor, 2n * 10n ** BigInt(decimals)))).toBeGreaterThanOrEqual(0);
        expect(intervalContains(q.interval, ratio(d))).toBe(true);
        expect(formatMoney(q)).toBe(text);
      }),
    );
  });

  it('the default formatMoney reads back exactly when the amount has at most 3 decimals in its scale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9_000_000_000n }), (millions) => {
        const d = millions * 1_000_000n;
        expect(parseQuantity(formatMoney(money(d))).value.toString()).toBe(d.toString());
      }),
    );
  });
});

describe('the interval always contains the stated value', () => {
  it('except the open lower end of hơn/trên (documented)', () => {
    fc.assert(
      fc.property(phrase, ([qual, num, unit]) => {
        const sep = unit === '%' || unit === '' ? '' : ' ';
        const q = parseQuantity(`${qual}${unit === 'lần' ? 'gấp ' : ''}${num.text}${sep}${unit}`);
        const inside = intervalContains(q.interval, q.value);
        expect(inside).toBe(!q.qualifiers.includes('more-than'));
        // The interval always contains the value plus (or, for a decrease, minus) one more unit of the
        // last digit when the qualifier is "more than".
        if (q.halfUnit !== undefined && q.qualifiers.includes('more-than')) {
          const step = q.direction === 'decrease' ? subtractRatio(q.value, q.halfUnit) : subtractRatio(q.value, subtractRatio(ratio(0), q.halfUnit));
          expect(intervalContains(q.interval, step)).toBe(true);
        }
      }),
    );
  });
});

describe('Money arithmetic is exact against a BigInt reference', () => {
  it('adds and subtracts exactly', () => {
    fc.assert(
      fc.property(dong, dong, (a, b) => {
        expect(BigInt(addMoney(money(a), money(b)).dong)).toBe(a + b);
        expect(BigInt(subtractMoney(money(a), money(b)).dong)).toBe(a - b);
      }),
    );
  });

  it('is commutative and associative', () => {
    fc.assert(
      fc.property(dong, dong, dong, (a, b, c) => {
        const [x, y, z] = [money(a), money(b), money(c)];
        expect(addMoney(x, y).dong).toBe(addMoney(y, x).dong);
        expect(addMoney(addMoney(x, y), z).dong).toBe(addMoney(x, addMoney(y, z)).dong);
        expect(BigInt(sumMoney([x, y, z]).dong)).toBe(a + b + c);
      }),
    );
  });

  it('multiplies by a ratio with floor rounding like BigInt division', () => {
    fc.assert(
      fc.property(smallDong, fc.bigInt({ min: 0n, max: 10_000n }), (a, p) => {
        // a × p / 10 000 rounded toward −∞.
        const n = a * p;
        const floor = n >= 0n ? n / 10_000n : -((-n + 9_999n) / 10_000n);
        expect(BigInt(multiplyMoney(money(a), ratio(p, 10_000n), { rounding: 'floor' }).dong)).toBe(floor);
      }),
    );
  });

  it('orders consistently with BigInt (antisymmetric, matches the sign of the difference)', () => {
    fc.assert(
      fc.property(dong, dong, (a, b) => {
        const c = compareMoney(money(a), money(b));
        expect(c).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(compareMoney(money(b), money(a))).toBe(c === 0 ? 0 : -c);
        expect(compareRatio(ratio(a), ratio(b))).toBe(c);
      }),
    );
  });
});

describe('safeParseQuantity never throws', () => {
  const alphabet = fc.constantFrom(
    '0', '1', '9', '０', ',', '.', '，', '/', '-', '–', '+', '%', ' ', '\u00a0', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'đồng', 'đ', 'VND',
    'người', 'cơ sở', 'lần', 'hơn', 'gần', 'khoảng', 'ít nhất', 'là', 'tối đa', 'dự kiến', 'tăng', 'giảm', 'gấp', '\u0301', 'x',
  );

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const r = safeParseQuantity(s);
        expect(typeof r.success).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('on strings built from the tokens of quantity texts', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 25 }), (parts) => {
        const r = safeParseQuantity(parts.join(''));
        if (r.success) expect(intervalContains(r.data.interval, r.data.value) || r.data.qualifiers.includes('more-than')).toBe(true);
        else expect(r.error.issues[0]?.code).toMatch(/^quantity\./);
      }),
      { numRuns: 2000 },
    );
  });

  it('on values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = safeParseQuantity(v);
        if (typeof v !== 'string') expect(r.success).toBe(false);
      }),
    );
  });
});
