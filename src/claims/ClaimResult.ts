import type { LocalizedText } from '../internal/messages.js';
import type { Interval } from '../quantity/Interval.js';
import type { Ratio } from '../quantity/Ratio.js';
import type { CountUnit } from '../quantity/units.js';
import type { ClaimKind } from './Claim.js';

/**
 * What a figure is measured in, which is also the unit of a claim's `gap` and `difference`: `money` in đồng,
 * `count` in items, `ratio` as a plain ratio (a percentage 17,16% is 0.1716; a multiple 2,5 lần is 2.5).
 * @category Claims
 */
export type ClaimUnit = 'money' | 'count' | 'ratio';

/**
 * What a figure measures: its dimension, and for counts the noun counted (`person` for "người", `class` for
 * "lớp"), and for a rate the noun it is per ("3,17 tỷ đồng/1 tỉnh" is money per `province`). Two figures can
 * be added, compared or divided into a share only when they measure the same thing.
 * @category Claims
 */
export interface Measure {
  readonly unit: ClaimUnit;
  readonly noun?: CountUnit;
  readonly per?: CountUnit;
}

/**
 * The verdict on a claim: `consistent` (the recomputed interval and the stated interval share a value),
 * `inconsistent` (they do not: the figures cannot all be right at the precision they were published with),
 * `cannot-check` (the computation is undefined or the inputs cannot be compared).
 * @category Claims
 */
export type ClaimStatus = 'consistent' | 'inconsistent' | 'cannot-check';

/**
 * Why a claim cannot be checked: `unreadable-number` (a text is not a number the parser reads),
 * `unit-mismatch` (money against a count, counts of different nouns such as "người" and "lớp", a share whose
 * part is not of its whole's unit, an average whose count is not a count; `found` and `expected` name both), `zero-base` (the exact base is zero), `base-interval-contains-zero`
 * (the base's precision interval contains zero, so the quotient is unbounded), `negative-base` (a change or
 * growth rate from a negative value), `negative-value` (a growth rate to a negative value), `invalid-years`
 * (the years of a growth rate are not a positive whole number), `empty-interval` (an input stands for no value), `out-of-range` (an amount of money in the claim or its
 * recomputation lies beyond ±`MAX_MONEY_DONG`, where đồng are no longer exact).
 * @category Claims
 */
export type CannotCheckReason =
  | 'unreadable-number'
  | 'unit-mismatch'
  | 'zero-base'
  | 'base-interval-contains-zero'
  | 'negative-base'
  | 'negative-value'
  | 'invalid-years'
  | 'empty-interval'
  | 'out-of-range';

/**
 * A decided claim: the exact recomputation from the stated inputs, the interval of every recomputation the
 * inputs' precision allows, the stated figure and its interval, and how far apart they are.
 * @category Claims
 */
export interface DecidedClaim {
  readonly kind: ClaimKind;
  readonly status: 'consistent' | 'inconsistent';
  readonly consistent: boolean;
  /** The recomputed value from the inputs' stated values, in `unit`. */
  readonly value: Ratio;
  /**
   * `true` when `value` is the exact result; `false` only for an irrational growth rate (`cagr`), where it is
   * the rate rounded half-even to 30 decimal places.
   */
  readonly exact: boolean;
  /** Every value the recomputation can take over the inputs' intervals. */
  readonly interval: Interval;
  /** The stated figure's value, in `unit`. */
  readonly stated: Ratio;
  /** What the stated figure can stand for at its published precision and with its qualifiers. */
  readonly statedInterval: Interval;
  /** The distance between `interval` and `statedInterval`, in `unit`: 0 when they overlap or touch. */
  readonly gap: Ratio;
  /** `value − stated`, in `unit`. */
  readonly difference: Ratio;
  readonly unit: ClaimUnit;
  /** The explanation in Vietnamese and English. */
  readonly message: LocalizedText;
}

/**
 * A claim that cannot be checked, with the reason and the input concerned.
 * @category Claims
 */
export interface UndecidedClaim {
  readonly kind: ClaimKind;
  readonly status: 'cannot-check';
  readonly consistent: null;
  readonly reason: CannotCheckReason;
  /** The field of the claim the reason concerns (`'previous'`, `'parts.1'`, `'stated'`, …). */
  readonly field: string;
  readonly message: LocalizedText;
  /** For `unit-mismatch`: what the field measures. */
  readonly found?: Measure;
  /** For `unit-mismatch`: what the computation needs there. */
  readonly expected?: Measure;
}

/** The result of {@link checkClaim}. @category Claims */
export type ClaimResult = DecidedClaim | UndecidedClaim;
