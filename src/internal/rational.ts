/**
 * Exact rational arithmetic on bigint numerators and denominators.
 * Internal: the public face of a rational is {@link Ratio}. Every value is normalised
 * (denominator > 0, gcd(numerator, denominator) = 1), so structural equality is value equality.
 */
import { fail } from './errors.js';
import { text } from './messages.js';
import { showValue } from './showValue.js';

export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * How a value is rounded, always named: `'half-up'` (ties away from zero), `'half-even'` (ties to the even
 * neighbour), `'half-down'` (ties toward zero), `'floor'` (toward −∞), `'ceil'` (toward +∞), `'down'` (toward
 * zero, truncation), `'up'` (away from zero).
 * @category Quantities
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'floor' | 'ceil' | 'down' | 'up';

const ZERO = 0n;
const ONE = 1n;

function abs(x: bigint): bigint {
  return x < ZERO ? -x : x;
}

/** The refusal of a value that is not an exact rational (reachable from plain JSON through a public function). */
function notRatio(value: unknown): never {
  return fail(
    'ratio.not-ratio',
    text(
      `${showValue(value, 60)} không phải một Ratio (tử số và mẫu số nguyên bigint, mẫu số dương).`,
      `${showValue(value, 60)} is not a Ratio (a bigint numerator and a positive bigint denominator).`,
    ),
  );
}

/**
 * Greatest common divisor of two bigints. Only bigints: on anything else (a number, NaN, undefined from a
 * non-Ratio argument) it throws instead of looping (`NaN % NaN` is never 0n, so Euclid would never stop).
 */
export function gcd(a: bigint, b: bigint): bigint {
  if (typeof a !== 'bigint' || typeof b !== 'bigint') notRatio(typeof a !== 'bigint' ? a : b);
  let x = abs(a);
  let y = abs(b);
  while (y !== ZERO) {
    // Once both fit in a double exactly, Euclid runs on numbers: no bigint is allocated per step.
    if (x <= MAX_SAFE && y <= MAX_SAFE) return gcdSmall(Number(x), Number(y));
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Euclid on safe non-negative integers (y > 0); 1 is returned as the shared constant. */
function gcdSmall(x: number, y: number): bigint {
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x === 1 ? ONE : BigInt(x);
}

export function rat(n: bigint, d: bigint = ONE): Rat {
  if (d === ZERO) throw new RangeError('rational with zero denominator');
  if (d < ZERO) {
    n = -n;
    d = -d;
  }
  if (n === ZERO) return { n: ZERO, d: ONE };
  if (d === ONE) return { n, d };
  const g = gcd(n, d);
  return g === ONE ? { n, d } : { n: n / g, d: d / g };
}

/**
 * The internal rational of a value that claims to be a Ratio but is not one of this module's instances (a
 * plain object, a Ratio of another copy of the library, hostile JSON): its numerator and denominator must be
 * bigints, the denominator positive; the result is normalised. Anything else (also a Proxy or a getter that
 * throws) is a `ratio.not-ratio` KhuyenCongError.
 */
export function checkedRat(value: unknown): Rat {
  let n: unknown;
  let d: unknown;
  try {
    if (typeof value !== 'object' || value === null) return notRatio(value);
    n = (value as { numerator?: unknown }).numerator;
    d = (value as { denominator?: unknown }).denominator;
  } catch (e) {
    if (e instanceof Error && e.name === 'KhuyenCongError') throw e;
    return notRatio('[object]');
  }
  if (typeof n !== 'bigint' || typeof d !== 'bigint' || d <= ZERO) return notRatio(value);
  return rat(n, d);
}

/** The brand every Ratio carries: the same global symbol in every copy of the library (see src/quantity/Ratio.ts). */
const RATIO_BRAND = Symbol.for('khuyen-cong.Ratio');

/** The public parts of an exact ratio (a {@link Ratio} has them in lowest terms). */
export interface RatioParts {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * Whether a value is a Ratio, by its brand rather than `instanceof` (a Ratio of the CommonJS build passes in the
 * ESM build); its parts are checked too (bigints, positive denominator). Never throws (a revoked Proxy or a
 * getter that throws is not a Ratio).
 */
export function isBrandedRatio(value: unknown): value is RatioParts {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { readonly numerator?: unknown; readonly denominator?: unknown; readonly [RATIO_BRAND]?: unknown };
    return v[RATIO_BRAND] === true && typeof v.numerator === 'bigint' && typeof v.denominator === 'bigint' && v.denominator > 0n;
  } catch {
    return false;
  }
}

/**
 * The internal rational behind a Ratio: the Ratio → rational half of the bridge, shared by every area. A value
 * that is not a branded Ratio (plain JSON, a hand-made object) is checked structurally: `ratio.not-ratio` unless
 * it has a bigint numerator and a positive bigint denominator.
 */
export function toRat(r: RatioParts): Rat {
  return isBrandedRatio(r) ? { n: r.numerator, d: r.denominator } : checkedRat(r);
}

export const R0: Rat = { n: ZERO, d: ONE };
export const R1: Rat = { n: ONE, d: ONE };

export function ratFromInt(x: number | bigint): Rat {
  return { n: BigInt(x), d: ONE };
}

export const add = (a: Rat, b: Rat): Rat => (a.d === b.d ? rat(a.n + b.n, a.d) : rat(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rat, b: Rat): Rat => (a.d === b.d ? rat(a.n - b.n, a.d) : rat(a.n * b.d - b.n * a.d, a.d * b.d));
export const mul = (a: Rat, b: Rat): Rat => rat(a.n * b.n, a.d * b.d);
export const neg = (a: Rat): Rat => ({ n: -a.n, d: a.d });
export const isZero = (a: Rat): boolean => a.n === ZERO;
export const sign = (a: Rat): -1 | 0 | 1 => (a.n === ZERO ? 0 : a.n < ZERO ? -1 : 1);

/** Division; the caller must have excluded a zero divisor (it throws a RangeError otherwise). */
export function div(a: Rat, b: Rat): Rat {
  if (b.n === ZERO) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
}

export function cmp(a: Rat, b: Rat): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const eq = (a: Rat, b: Rat): boolean => a.n === b.n && a.d === b.d;
export const min = (a: Rat, b: Rat): Rat => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rat, b: Rat): Rat => (cmp(a, b) >= 0 ? a : b);
export const absRat = (a: Rat): Rat => (a.n < ZERO ? neg(a) : a);

/** 10^k as a bigint (k ≥ 0). */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** The rational value of a decimal coefficient × 10^exponent. */
export function fromScaled(coefficient: bigint, exponent: number): Rat {
  return exponent >= 0 ? rat(coefficient * pow10(exponent)) : rat(coefficient, pow10(-exponent));
}

/** Integer power of a rational (exponent ≥ 0). */
export function powInt(a: Rat, k: number): Rat {
  return rat(a.n ** BigInt(k), a.d ** BigInt(k));
}

/** Rounds a rational to an integer with a named mode; exact, no floating point. */
export function roundToInteger(a: Rat, mode: RoundingMode): bigint {
  const { n, d } = a;
  if (d === ONE) return n;
  // Truncated quotient and remainder (bigint division truncates toward zero).
  const q = n / d;
  const r = n % d; // same sign as n, |r| < d, r ≠ 0 here
  const negative = n < ZERO;
  const awayFromZero = negative ? q - ONE : q + ONE;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return awayFromZero;
    case 'floor':
      return negative ? q - ONE : q;
    case 'ceil':
      return negative ? q : q + ONE;
    default: {
      const twice = abs(r) * 2n;
      if (twice > d) return awayFromZero;
      if (twice < d) return q;
      if (mode === 'half-up') return awayFromZero;
      if (mode === 'half-down') return q;
      return q % 2n === ZERO ? q : awayFromZero; // half-even
    }
  }
}

/** Rounds to a multiple of 10^-decimals, returning the scaled integer (value × 10^decimals). */
export function roundToDecimals(a: Rat, decimals: number, mode: RoundingMode): bigint {
  return decimals >= 0 ? roundToInteger(mul(a, rat(pow10(decimals))), mode) : roundToInteger(div(a, rat(pow10(-decimals))), mode) * pow10(-decimals);
}

/** Whether the rational has a finite decimal expansion (denominator of the form 2^a·5^b). */
export function isTerminating(a: Rat): boolean {
  let d = a.d;
  while (d % 2n === ZERO) d /= 2n;
  while (d % 5n === ZERO) d /= 5n;
  return d === ONE;
}

/** Number of decimal places of a terminating rational (its exact decimal length after the point). */
export function terminatingDecimals(a: Rat): number {
  let k = 0;
  let d = a.d;
  while (d !== ONE) {
    // multiply numerator side by 10 each step: divide out 2s and 5s together
    const g2 = d % 2n === ZERO;
    const g5 = d % 5n === ZERO;
    if (!g2 && !g5) throw new RangeError('not a terminating decimal');
    if (g2) d /= 2n;
    if (g5) d /= 5n;
    k += 1;
  }
  return k;
}

/** Plain decimal string of a scaled integer (value × 10^decimals) with '.' as the point. */
export function scaledToString(scaled: bigint, decimals: number): string {
  const negative = scaled < ZERO;
  let digits = abs(scaled).toString();
  if (decimals <= 0) return (negative ? '-' : '') + digits;
  if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
  const cut = digits.length - decimals;
  return (negative ? '-' : '') + digits.slice(0, cut) + '.' + digits.slice(cut);
}
