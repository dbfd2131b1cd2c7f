import type { NoAnswer } from '../internal/result.js';
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
 * A statistic that has no value: a `Result` without a value whose `reason` carries the
 * {@link StatReason} as `code`, the input concerned as `field` (`'previous'`, `'whole'`, `'count'`, …) and a
 * bilingual message. Returned instead of `Infinity`, `NaN` or an exception.
 *
 * @category Statistics
 */
export interface StatUndefined {
  readonly ok: false;
  readonly reason: NoAnswer<StatReason> & { readonly field: string };
}

/**
 * A statistic with its value.
 * @category Statistics
 */
export interface StatDefined<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The result of a statistic: a `Result` with its exact value or with the reason it has none.
 * @category Statistics
 */
export type StatResult<T> = StatDefined<T> | StatUndefined;

/** @internal Builds a frozen undefined result. */
export function undefinedResult(reason: StatReason, field: string): StatUndefined {
  return Object.freeze({ ok: false, reason: Object.freeze({ code: reason, field, message: statsMessages[reason]({ field }) }) });
}

/** @internal Builds a frozen defined result. */
export function definedResult<T>(value: T): StatDefined<T> {
  return Object.freeze({ ok: true, value });
}
