/**
 * Cheap exact values for the parser's hot path: decimal numbers C × 10^e built as {@link Ratio}s reduced in
 * number space when every part is a safe integer, bigint otherwise. Internal to the quantity area.
 */
import { rat } from '../internal/rational.js';
import { Ratio } from './Ratio.js';

const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The bigint of each denominator the parser makes (2^a·5^b below 2·10^15), made once: a Ratio's denominator is
 * then shared, not a fresh heap bigint per value (fewer allocations, less to collect).
 */
const DENOMINATORS = new Map<number, bigint>();
const MAX_CACHED_DENOMINATORS = 512;

function bigDenominator(d: number): bigint {
  if (d === 1) return 1n;
  let b = DENOMINATORS.get(d);
  if (b === undefined) {
    b = BigInt(d);
    /* c8 ignore next -- the parser's denominators are a few dozen powers of 2 and 5; the cap only bounds memory */
    if (DENOMINATORS.size < MAX_CACHED_DENOMINATORS) DENOMINATORS.set(d, b);
  }
  return b;
}

const ZERO = Ratio.fromParts(0n, 1n);

/**
 * Whether p (2 or 5) divides the integer x (|x| ≤ 2^53): x / p is exact when it is whole, and otherwise at least
 * 1/5 from a whole number, farther than its rounding error, so it never rounds to one.
 */
const divides = (x: number, p: number): boolean => Math.floor(x / p) * p === x;

/**
 * The exact ratio n / d for a safe integer n and a denominator d = 2^a·5^b (a power of ten times 1 or 2, as
 * {@link scaledRatio} makes), reduced by removing the 2s and 5s they share: no remainder of large doubles
 * (which V8 computes with a slow fmod call).
 */
function makeRatio(n: number, d: number): Ratio {
  if (n === 0) return ZERO;
  while (d !== 1 && divides(d, 2) && divides(n, 2)) {
    n /= 2;
    d /= 2;
  }
  while (d !== 1 && divides(d, 5) && divides(n, 5)) {
    n /= 5;
    d /= 5;
  }
  return Ratio.fromParts(BigInt(n), bigDenominator(d));
}

/**
 * The exact value m × 10^e / k for an integer m (number or bigint), an exponent e and a small positive
 * divisor k (1 or 2).
 */
export function scaledRatio(m: number | bigint, e: number, k: 1 | 2 = 1): Ratio {
  if (typeof m === 'number') {
    if (e >= 0 && e < 16) {
      const n = m * (POW10[e] as number);
      if (Number.isSafeInteger(n)) return makeRatio(n, k);
    } else if (e < 0 && -e < 16) {
      if (Number.isSafeInteger(m)) return makeRatio(m, (POW10[-e] as number) * k);
    }
  }
  const big = BigInt(m);
  return e >= 0 ? Ratio.fromRat(rat(big * 10n ** BigInt(e), BigInt(k))) : Ratio.fromRat(rat(big, 10n ** BigInt(-e) * BigInt(k)));
}
