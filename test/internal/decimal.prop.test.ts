/**
 * The decimal expansions of src/internal/decimal.ts (bigint long division) against decimal.js, the library
 * they replaced in the bundle: on random rationals, for every rounding mode and digit count, the strings are
 * identical. decimal.js is the independent reference: a clone with the precision and rounding asked for,
 * `new D(n).div(new D(d)).toFixed()` (a correctly rounded quotient in plain notation).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFixedDecimals, toSignificant } from '../../src/internal/decimal.js';
import { rat, type Rat, type RoundingMode } from '../../src/internal/rational.js';

const MODES: readonly RoundingMode[] = ['up', 'down', 'ceil', 'floor', 'half-up', 'half-down', 'half-even'];
const DECIMAL_MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

function referenceSignificant(r: Rat, digits: number, mode: RoundingMode): string {
  const D = Decimal.clone({ precision: digits, rounding: DECIMAL_MODE[mode], toExpNeg: -9e15, toExpPos: 9e15 });
  return new D(r.n.toString()).div(new D(r.d.toString())).toFixed();
}

function referenceFixed(r: Rat, decimals: number, mode: RoundingMode): string {
  const D = Decimal.clone({ precision: 1e9, rounding: DECIMAL_MODE[mode], toExpNeg: -9e15, toExpPos: 9e15 });
  // Exact enough: the quotient to 1e9 digits would be slow; divide at (digits of n + decimals + 40) places, then
  // round once to `decimals` places. The guard digits decide every tie correctly except an exact tie, which a
  // terminating quotient represents exactly.
  const P = Decimal.clone({ precision: r.n.toString().length + r.d.toString().length + decimals + 40, rounding: Decimal.ROUND_DOWN });
  const q = new P(r.n.toString()).div(new P(r.d.toString()));
  // decimal.js writes a negative value that rounds to zero as "-0.00"; the library writes "0.00" (no signed zero).
  return new D(q.toFixed()).toFixed(decimals, DECIMAL_MODE[mode]).replace(/^-(?=0(?:\.0*)?$)/, '');
}

/** Numerators and denominators of all sizes, with ties (x.5), nines (rounding carries) and powers of ten. */
const bigintPart = fc.oneof(
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.bigInt({ min: 1n, max: 10n ** 40n }),
  fc.integer({ min: 0, max: 45 }).map((k) => 10n ** BigInt(k)),
  fc.integer({ min: 1, max: 45 }).map((k) => 10n ** BigInt(k) - 1n),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([a, b]) => 2n ** BigInt(a) * 5n ** BigInt(b)),
);
const rational = fc
  .tuple(bigintPart, bigintPart, fc.boolean(), fc.boolean())
  .map(([n, d, negative, zero]) => rat(zero ? 0n : negative ? -n : n, d));
const mode = fc.constantFrom(...MODES);

describe('decimal expansions by bigint long division equal decimal.js', () => {
  it('toSignificant: every rational, 1 to 40 significant digits, every rounding mode', () => {
    fc.assert(
      fc.property(rational, fc.integer({ min: 1, max: 40 }), mode, (r, digits, m) => {
        expect(toSignificant(r, digits, m)).toBe(referenceSignificant(r, digits, m));
      }),
      { numRuns: 3000 },
    );
  });

  it('toSignificant at the digit counts the library uses (30 for Ratio.toString, 17 for ratioToNumber)', () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(17, 30), (r, digits) => {
        expect(toSignificant(r, digits, 'half-even')).toBe(referenceSignificant(r, digits, 'half-even'));
      }),
      { numRuns: 2000 },
    );
  });

  it('toFixedDecimals: every rational, 0 to 40 places, every rounding mode', () => {
    fc.assert(
      fc.property(rational, fc.integer({ min: 0, max: 40 }), mode, (r, decimals, m) => {
        expect(toFixedDecimals(r, decimals, m)).toBe(referenceFixed(r, decimals, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('known expansions: 1/3, 2/3, −2/7, 35/204 (seed 003), carries 9.99… → 10, large integers', () => {
    expect(toSignificant(rat(1n, 3n), 30)).toBe('0.333333333333333333333333333333');
    expect(toSignificant(rat(2n, 3n), 5)).toBe('0.66667');
    expect(toSignificant(rat(-2n, 7n), 6)).toBe('-0.285714');
    expect(toSignificant(rat(35n, 204n), 30)).toBe('0.171568627450980392156862745098');
    expect(toSignificant(rat(999n, 100n), 2)).toBe('10');
    expect(toSignificant(rat(-999n, 100n), 2, 'down')).toBe('-9.9');
    expect(toSignificant(rat(2n * 10n ** 7n, 3n), 3)).toBe('6670000');
    expect(toSignificant(rat(0n, 1n), 3)).toBe('0');
    expect(toSignificant(rat(1n, 8n), 30)).toBe('0.125');
  });
});
