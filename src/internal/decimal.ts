/**
 * Decimal expansions of exact rationals, by bigint long division. The rest of the library calls these named
 * operations. Until 2026-12 this was an adapter over decimal.js; the expansions are now computed here (the same
 * strings, checked against decimal.js by test/internal/decimal.prop.test.ts), so that a `Ratio` does not pull
 * decimal.js (13 kB gzip) into every bundle that uses one.
 */
import { pow10, roundToDecimals, scaledToString, type Rat, type RoundingMode } from './rational.js';

/**
 * The exponent e of a non-zero rational: 10^e ≤ |r| < 10^(e+1). Estimated from the digit counts of numerator
 * and denominator (off by at most one), then settled by one exact comparison.
 */
function exponent10(r: Rat): number {
  const n = r.n < 0n ? -r.n : r.n;
  const e = n.toString().length - r.d.toString().length;
  // |r| ≥ 10^e  ⇔  n·10^max(0,−e) ≥ d·10^max(0,e)
  return e >= 0 ? (n >= r.d * pow10(e) ? e : e - 1) : n * pow10(-e) >= r.d ? e : e - 1;
}

/**
 * The decimal expansion of a rational rounded to `significantDigits` (≥ 1) significant digits with `mode`
 * (correctly rounded: the exact quotient is rounded once), trailing zeros removed, plain notation with '.'
 * (no exponent): 1/3 at 5 digits is "0.33333", 2/3·10^7 at 3 digits is "6670000", 0 is "0".
 */
export function toSignificant(r: Rat, significantDigits: number, mode: RoundingMode = 'half-even'): string {
  if (r.n === 0n) return '0';
  // Keep `significantDigits` digits: round r·10^k to an integer, k = significantDigits − 1 − e.
  const k = significantDigits - 1 - exponent10(r);
  const scaled = roundToDecimals(r, k, mode); // for k < 0 already multiplied back by 10^−k
  if (k <= 0) return scaled.toString();
  const s = scaledToString(scaled, k);
  // A fraction part is present (k > 0): drop its trailing zeros, and the point if nothing is left.
  return s.replace(/\.?0+$/, '');
}

/** The decimal expansion of a rational rounded to `decimals` places (≥ 0), keeping trailing zeros. */
export function toFixedDecimals(r: Rat, decimals: number, mode: RoundingMode = 'half-up'): string {
  return scaledToString(roundToDecimals(r, decimals, mode), decimals);
}
