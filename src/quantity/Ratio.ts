import { toFixedDecimals, toSignificant } from '../internal/decimal.js';
import { fail } from '../internal/errors.js';
import { quote, text } from '../internal/messages.js';
import { showValue } from '../internal/showValue.js';
import {
  add,
  checkedRat,
  cmp,
  div,
  fromScaled,
  mul,
  neg,
  sub,
  isTerminating,
  rat,
  terminatingDecimals,
  type Rat,
  type RoundingMode,
} from '../internal/rational.js';

export type { RoundingMode } from '../internal/rational.js';

/** Significant digits of {@link Ratio.toString} for values without a short exact expansion. */
export const RATIO_STRING_SIGNIFICANT_DIGITS = 30;

/**
 * An exact rational number: the library's type for every ratio it returns (shares, changes, averages per
 * unit, completion rates). Immutable. `toString()` is the exact decimal expansion when it is finite and short,
 * otherwise the expansion rounded half-even to 30 significant digits; `toJSON()` is the same string.
 *
 * @category Quantities
 */
export class Ratio {
  /** The numerator in lowest terms (carries the sign). */
  readonly numerator: bigint;
  /** The denominator in lowest terms (always positive). */
  readonly denominator: bigint;

  private constructor(r: Rat) {
    this.numerator = r.n;
    this.denominator = r.d;
    Object.freeze(this);
  }

  /** @internal Wraps a normalised internal rational. */
  static fromRat(r: Rat): Ratio {
    return new Ratio(r);
  }

  /** The decimal expansion (see the class description). */
  toString(): string {
    const r = toRat(this);
    if (isTerminating(r) && terminatingDecimals(r) <= 60) return toFixedDecimals(r, terminatingDecimals(r), 'down');
    return toSignificant(r, RATIO_STRING_SIGNIFICANT_DIGITS, 'half-even');
  }

  /** Same as {@link Ratio.toString}: ratios serialise as decimal strings. */
  toJSON(): string {
    return this.toString();
  }
}

/** Whether a value is an instance of this copy's Ratio (false, never a throw, for a revoked Proxy). */
function isOwnRatio(r: unknown): r is Ratio {
  try {
    return r instanceof Ratio;
  } catch {
    return false;
  }
}

/**
 * @internal The internal rational behind a Ratio. A value that is not one of this module's Ratios (plain
 * JSON, a Ratio of the other build) is checked structurally: `ratio.not-ratio` unless it has a bigint
 * numerator and a positive bigint denominator.
 */
export function toRat(r: Ratio): Rat {
  return isOwnRatio(r) ? { n: r.numerator, d: r.denominator } : checkedRat(r);
}

/** @internal */
export function fromRat(r: Rat): Ratio {
  return Ratio.fromRat(r);
}

/** The most places {@link ratioToFixed} writes. */
const MAX_FIXED_DECIMALS = 1000;

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Makes an exact ratio from a fraction of integers or from a decimal string written with '.'.
 *
 * @param value - an integer (number or bigint), or a decimal string such as `"0.1716"` or `"-3"`.
 * @param denominator - optional integer denominator (not zero).
 * @returns the exact ratio in lowest terms.
 * @throws {@link KhuyenCongError} when the value is not an integer or a plain decimal string, or the denominator is zero.
 * @category Quantities
 * @example
 * ratio(1716, 10000).toString(); // "0.1716"
 * ratio('63.335').toString();    // "63.335"
 */
export function ratio(value: number | bigint | string, denominator: number | bigint = 1n): Ratio {
  const d = toBigIntStrict(denominator, 'denominator');
  if (d === 0n) fail('ratio.zero-denominator', text('Mẫu số bằng 0.', 'The denominator is zero.'), ['denominator']);
  if (typeof value === 'string') {
    const m = value.length <= 400 ? DECIMAL_TEXT.exec(value.trim()) : null;
    if (m === null) {
      fail(
        'ratio.not-decimal',
        text(`${quote(value)} không phải số thập phân viết bằng dấu chấm.`, `${quote(value)} is not a decimal number written with '.'.`),
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
