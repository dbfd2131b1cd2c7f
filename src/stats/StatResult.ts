import type { LocalizedText } from '../internal/messages.js';
import { statsMessages } from './messages.js';

/**
 * Why a statistic has no value. `missing-value` / `missing-base`: an input is absent (`null` or `undefined`);
 * `zero-base`: division by zero; `negative-base`: a relative change or share from a negative base, refused by
 * the chosen policy; `negative-value`: a negative final value for a growth rate; `zero-years` /
 * `invalid-years`: a growth rate over 0 or a non-whole number of years; `invalid-period`: a period whose years
 * are not whole or are reversed; `empty-denominator`: no element counted by a denominator policy;
 * `denominator-contains-zero`: an interval division by an interval containing zero; `empty-interval`: an empty
 * interval as input; `too-many-years`: a period or a number of years longer than 1000 (a mistyped year would
 * otherwise make the computation run for minutes).
 *
 * @category Statistics
 */
export type StatReason =
  | 'missing-value'
  | 'missing-base'
  | 'zero-base'
  | 'negative-base'
  | 'negative-value'
  | 'zero-years'
  | 'invalid-years'
  | 'invalid-period'
  | 'empty-denominator'
  | 'denominator-contains-zero'
  | 'too-many-years'
  | 'empty-interval';

// Every reason has a message and every message a reason (a compile error otherwise).
const reasonsMatchMessages: [StatReason, keyof typeof statsMessages] extends [keyof typeof statsMessages, StatReason] ? true : never = true;
void reasonsMatchMessages;

/**
 * A statistic that has no value, with the reason and a bilingual message naming the input concerned.
 * Returned instead of `Infinity`, `NaN` or an exception.
 *
 * @category Statistics
 */
export interface StatUndefined {
  readonly defined: false;
  readonly reason: StatReason;
  /** The input the reason concerns (`'previous'`, `'whole'`, `'count'`, …). */
  readonly field: string;
  readonly message: LocalizedText;
}

/**
 * A statistic with its value.
 * @category Statistics
 */
export interface StatDefined<T> {
  readonly defined: true;
  readonly value: T;
}

/**
 * The result of a statistic: either its exact value or an explicit "no value" with a reason.
 * @category Statistics
 */
export type StatResult<T> = StatDefined<T> | StatUndefined;

/** @internal Builds a frozen undefined result. */
export function undefinedResult(reason: StatReason, field: string): StatUndefined {
  return Object.freeze({ defined: false, reason, field, message: statsMessages[reason]({ field }) });
}

/** @internal Builds a frozen defined result. */
export function definedResult<T>(value: T): StatDefined<T> {
  return Object.freeze({ defined: true, value });
}
