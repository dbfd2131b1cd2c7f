import { toFixedDecimals, toSignificant } from '../internal/decimal.js';
import { fromRat, type Ratio } from '../internal/ratio.js';
import { fail } from '../internal/errors.js';
import { quote, text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import {
  add,
  isBrandedRatio,
  cmp,
  div,
  fromScaled,
  mul,
  neg,
  sub,
  rat,
  toRat,
  type RoundingMode,
} from '../internal/rational.js';

export type { RoundingMode } from '../internal/rational.js';

/**
 * The Ratio class and its rational bridge live on floor 0 (src/internal/ratio.ts), so that every area wraps its
 * exact results without a private import of this area; this module publishes the class with its checked
 * constructor {@link ratio} and its operations.
 */
export { exactText, Ratio, RATIO_STRING_SIGNIFICANT_DIGITS } from '../internal/ratio.js';

/**
 * Whether a value is a {@link Ratio}, by its brand rather than `instanceof`: a Ratio made by the CommonJS
 * build passes in the ESM build. The parts are checked too (bigints, positive denominator).
 * @category Quantities
 * @example
 * isRatio(ratio(1, 3)); // true
 * isRatio({ numerator: 1n, denominator: 3n }); // false
 */
export function isRatio(value: unknown): value is Ratio {
  return isBrandedRatio(value);
}

/** @internal The internal rational behind a Ratio (src/internal/rational.ts; re-exported for the quantity modules). */

/** The most places {@link ratioToFixed} writes. */
const MAX_FIXED_DECIMALS = 1000;

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const FRACTION_TEXT = /^([+-]?\d+)\/([+-]?\d+)$/;

/**
 * Makes an exact ratio from a fraction of integers, from a decimal string written with '.', or from a
 * fraction string `"n/d"` (what {@link Ratio.toJSON} writes for a ratio without a short decimal expansion).
 *
 * @param value - an integer (number or bigint), a decimal string such as `"0.1716"` or `"-3"`, or a fraction
 *   string such as `"1/3"` or `"-2/7"`.
 * @param denominator - optional integer denominator (not zero).
 * @returns the exact ratio in lowest terms.
 * @throws {@link KhuyenCongError} when the value is not an integer or a plain decimal string, or the denominator is zero.
 * @category Quantities
 * @example
 * ratio(1716, 10000).toString(); // "0.1716"
 * ratio('63.335').toString();    // "63.335"
 * ratio(JSON.parse(JSON.stringify(ratio(1, 3)))).denominator; // 3n
 */
export function ratio(value: number | bigint | string, denominator: number | bigint = 1n): Ratio {
  const d = toBigIntStrict(denominator, 'denominator');
  if (d === 0n) fail('ratio.zero-denominator', text('Mẫu số bằng 0.', 'The denominator is zero.'), ['denominator']);
  if (typeof value === 'string') {
    const f = value.length <= 400 ? FRACTION_TEXT.exec(value.trim()) : null;
    if (f !== null) {
      const fd = BigInt(f[2] as string);
      if (fd === 0n) fail('ratio.zero-denominator', text('Mẫu số bằng 0.', 'The denominator is zero.'), ['value']);
      return fromRat(rat(BigInt(f[1] as string), fd * d));
    }
    const m = value.length <= 400 ? DECIMAL_TEXT.exec(value.trim()) : null;
    if (m === null) {
      fail(
        'ratio.not-decimal',
        text(
          `${quote(value)} không phải số thập phân viết bằng dấu chấm hay phân số "n/d".`,
          `${quote(value)} is not a decimal number written with '.' or a fraction "n/d".`,
        ),
        ['value'],
      );
    }
    const frac = m[3] ?? '';
    const coeff = BigInt((m[1] === '-' ? '-' : '') + m[2] + frac);
    const base = fromScaled(coeff, -frac.length);
    return fromRat(rat(base.n, base.d * d));
  }
  return fromRat(rat(toBigIntStrict(value, 'value'), d));
}

function toBigIntStrict(v: number | bigint, field: string): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isSafeInteger(v)) {
    fail(
      'ratio.not-integer',
      text(`${showValue(v)} không phải số nguyên an toàn.`, `${showValue(v)} is not a safe integer.`),
      [field],
    );
  }
  return BigInt(v);
}

/**
 * Compares two ratios exactly.
 * @returns -1, 0 or 1.
 * @category Quantities
 * @example
 * compareRatio(ratio(1, 3), ratio('0.333')); // 1
 */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  return cmp(toRat(a), toRat(b));
}

/**
 * Rounds a ratio to a number of decimal places with a named rounding mode, as a decimal string
 * (trailing zeros kept).
 * @param r - the ratio.
 * @param decimals - decimal places, a whole number from 0 to 1000.
 * @param mode - the rounding mode; `'half-up'` (ties away from zero) by default.
 * @throws {@link KhuyenCongError} `ratio.bad-decimals` unless `decimals` is a whole number from 0 to 1000.
 * @category Quantities
 * @example
 * ratioToFixed(ratio(1, 3), 4); // "0.3333"
 */
export function ratioToFixed(r: Ratio, decimals: number, mode: RoundingMode = 'half-up'): string {
  // A fractional or negative count of places is meaningless, and a huge one would build a huge string.
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > MAX_FIXED_DECIMALS) {
    fail(
      'ratio.bad-decimals',
      text(
        `Số chữ số thập phân ${showValue(decimals)} phải là số nguyên từ 0 đến ${String(MAX_FIXED_DECIMALS)}.`,
        `The number of decimal places ${showValue(decimals)} must be a whole number from 0 to ${String(MAX_FIXED_DECIMALS)}.`,
      ),
      ['decimals'],
    );
  }
  return toFixedDecimals(toRat(r), decimals, mode);
}

/**
 * Adds two ratios exactly.
 * @param a - the first term.
 * @param b - the second term.
 * @returns a + b.
 * @category Quantities
 * @example
 * addRatio(ratio('7.73'), ratio('46.33')).toString(); // "54.06"
 */
export function addRatio(a: Ratio, b: Ratio): Ratio {
  return fromRat(add(toRat(a), toRat(b)));
}

/**
 * Subtracts two ratios exactly.
 * @param a - the minuend.
 * @param b - the subtrahend.
 * @returns a − b.
 * @category Quantities
 * @example
 * subtractRatio(ratio(63335, 54060), ratio(1)).toString(); // "0.171568627450980392156862745098"
 */
export function subtractRatio(a: Ratio, b: Ratio): Ratio {
  return fromRat(sub(toRat(a), toRat(b)));
}

/**
 * Multiplies two ratios exactly.
 * @param a - the first factor.
 * @param b - the second factor.
 * @returns a × b.
 * @category Quantities
 * @example
 * multiplyRatio(ratio('54.06'), ratio('1.021')).toString(); // "55.19526"
 */
export function multiplyRatio(a: Ratio, b: Ratio): Ratio {
  return fromRat(mul(toRat(a), toRat(b)));
}

/**
 * Divides two ratios exactly.
 * @param a - the dividend.
 * @param b - the divisor (not zero).
 * @returns a ÷ b.
 * @throws {@link KhuyenCongError} `ratio.zero-denominator` when `b` is zero.
 * @category Quantities
 * @example
 * divideRatio(ratio('63.335'), ratio(20)).toString(); // "3.16675"
 */
export function divideRatio(a: Ratio, b: Ratio): Ratio {
  const rb = toRat(b);
  const ra = toRat(a);
  if (rb.n === 0n) fail('ratio.zero-denominator', text('Chia cho 0.', 'Division by zero.'), ['b']);
  return fromRat(div(ra, rb));
}

/**
 * The ratio with the opposite sign.
 * @param a - the ratio.
 * @returns −a.
 * @category Quantities
 * @example
 * negateRatio(ratio('0.04')).toString(); // "-0.04"
 */
export function negateRatio(a: Ratio): Ratio {
  return fromRat(neg(toRat(a)));
}

/**
 * Whether two ratios are equal, exactly. A value that is not a Ratio throws `ratio.not-ratio`.
 * @category Quantities
 * @example
 * ratioEquals(ratio(2, 6), ratio(1, 3)); // true
 * ratioEquals(ratio(1, 3), ratio('0.3333333333')); // false
 */
export function ratioEquals(a: Ratio, b: Ratio): boolean {
  return cmp(toRat(a), toRat(b)) === 0;
}

/** Significant digits kept before the conversion to a double in {@link ratioToNumber}. */
const NUMBER_DIGITS = 17;

/**
 * The ratio as a JavaScript number: **lossy**. A double holds about 16 significant digits, so 1/3 becomes
 * 0.3333333333333333 and a ratio beyond ±1.8e308 becomes ±Infinity. For charts and interop only; every figure
 * the library returns stays exact, and the exact ways out are {@link ratioToFixed}, `toJSON()` and the parts.
 * @param r - the ratio.
 * @returns the nearest double to the ratio rounded to 17 significant digits (half-even).
 * @category Quantities
 * @example
 * ratioToNumber(ratio('0.1716')); // 0.1716
 * ratioToNumber(ratio(1, 3));     // 0.3333333333333333
 */
export function ratioToNumber(r: Ratio): number {
  return Number(toSignificant(toRat(r), NUMBER_DIGITS, 'half-even'));
}
