/**
 * The one adapter over decimal.js. The rest of the library calls these named operations;
 * it never imports decimal.js itself. Clones are private: the global Decimal is never configured.
 */
import { Decimal } from 'decimal.js';
import { roundToDecimals, scaledToString, type Rat, type RoundingMode } from './rational.js';

const MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
  'half-up': 4,
  'half-down': 5,
  'half-even': 6,
});

const clones = new Map<string, typeof Decimal>();

function ctor(precision: number, mode: RoundingMode): typeof Decimal {
  const key = `${precision}:${mode}`;
  let c = clones.get(key);
  if (c === undefined) {
    c = Decimal.clone({ precision, rounding: MODE[mode], toExpNeg: -9e15, toExpPos: 9e15 });
    clones.set(key, c);
  }
  return c;
}

/**
 * The decimal expansion of a rational rounded to `significantDigits` significant digits
 * (correctly rounded by decimal.js), trailing zeros removed, plain notation with '.'.
 */
export function toSignificant(r: Rat, significantDigits: number, mode: RoundingMode = 'half-even'): string {
  const D = ctor(significantDigits, mode);
  return new D(r.n.toString()).div(new D(r.d.toString())).toFixed();
}

/** The decimal expansion of a rational rounded to `decimals` places (≥ 0), keeping trailing zeros. */
export function toFixedDecimals(r: Rat, decimals: number, mode: RoundingMode = 'half-up'): string {
  return scaledToString(roundToDecimals(r, decimals, mode), decimals);
}
