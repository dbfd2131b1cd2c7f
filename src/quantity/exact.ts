/**
 * Cheap exact values for the parser's hot path: decimal numbers C × 10^e built as {@link Ratio}s with
 * number-space gcd when every part is a safe integer, bigint otherwise. Internal to the quantity area.
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

function gcdNum(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

const ZERO = Ratio.fromParts(0n, 1n);

/** The exact ratio n / d for safe integers n and d > 0, reduced with number arithmetic. */
function makeRatio(n: number, d: number): Ratio {
  if (n === 0) return ZERO;
  if (d === 1) return Ratio.fromParts(BigInt(n), 1n);
  const g = gcdNum(n, d);
  return Ratio.fromParts(BigInt(n / g), bigDenominator(d / g));
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
