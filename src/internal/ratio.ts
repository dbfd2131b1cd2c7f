/**
 * The Ratio class, the public face of the exact rational (src/internal/rational.ts), and the bridge between the
 * two. It lives on floor 0 next to the rational so that every area computes on rationals and wraps its answer
 * without a private import of the quantity area (issue 15); the quantity area publishes the class with its
 * checked constructor `ratio` and its operations (src/quantity/Ratio.ts).
 */
import { toFixedDecimals, toSignificant } from './decimal.js';
import { isTerminating, terminatingDecimals, toRat, type Rat } from './rational.js';

/** The brand every Ratio carries, shared by every copy of the library through the global symbol registry. */
const RATIO_BRAND: unique symbol = Symbol.for('khuyen-cong.Ratio') as never;

/** Significant digits of {@link Ratio.toString} for values without a short exact expansion. */
export const RATIO_STRING_SIGNIFICANT_DIGITS = 30;

/**
 * An exact rational number: the library's type for every ratio it returns (shares, changes, averages per
 * unit, completion rates). Immutable. `toString()` is the exact decimal expansion when it is finite and short,
 * otherwise the expansion rounded half-even to 30 significant digits (for reading). `toJSON()` is always
 * exact (see {@link Ratio.toJSON}), and {@link ratio} reads it back.
 *
 * Identity is a brand, not the class: {@link isRatio} recognises a Ratio made by another copy of the library
 * (the CommonJS build next to the ESM build), and every function that takes a Ratio accepts one.
 *
 * @category Quantities
 */
export class Ratio {
  /** The numerator in lowest terms (carries the sign). */
  readonly numerator: bigint;
  /** The denominator in lowest terms (always positive). */
  readonly denominator: bigint;

  private constructor(n: bigint, d: bigint) {
    this.numerator = n;
    this.denominator = d;
    Object.freeze(this);
  }

  /** @internal The brand {@link isRatio} checks (the same global symbol in every copy of the library). */
  get [RATIO_BRAND](): true {
    return true;
  }

  /** @internal Wraps a normalised internal rational. */
  static fromRat(r: Rat): Ratio {
    return new Ratio(r.n, r.d);
  }

  /** @internal Wraps a numerator and a denominator already in lowest terms (denominator > 0); no check. */
  static fromParts(n: bigint, d: bigint): Ratio {
    return new Ratio(n, d);
  }

  /** The decimal expansion (see the class description). */
  toString(): string {
    const r = toRat(this);
    if (isTerminating(r) && terminatingDecimals(r) <= 60) return toFixedDecimals(r, terminatingDecimals(r), 'down');
    return toSignificant(r, RATIO_STRING_SIGNIFICANT_DIGITS, 'half-even');
  }

  /**
   * The exact JSON form: the decimal expansion when it terminates within 60 places (`"0.1716"`, `"-3"`),
   * otherwise the fraction in lowest terms (`"1/3"`, `"-2/7"`). Never rounded; {@link ratio} (and, for
   * non-negative values, `RatioSchema`) accepts it, so `ratio(JSON.parse(JSON.stringify(r)))` equals `r`.
   */
  toJSON(): string {
    return exactText(this);
  }
}

/** The exact text of a ratio: its decimal expansion when short and terminating, otherwise `n/d`. @internal */
export function exactText(r: Ratio): string {
  const q = toRat(r);
  if (isTerminating(q) && terminatingDecimals(q) <= 60) return toFixedDecimals(q, terminatingDecimals(q), 'down');
  return `${r.numerator.toString()}/${r.denominator.toString()}`;
}

/**
 * @internal The rational → Ratio half of the bridge (its other half is `toRat` in rational.ts): wraps an internal
 * rational the caller has normalised (every operation of rational.ts returns one: denominator > 0, lowest terms).
 * Not checked, so not published: a public function builds a Ratio with `ratio(…)`, which reduces and checks.
 */
export function fromRat(r: Rat): Ratio {
  return Ratio.fromRat(r);
}
