import { changeI } from '../internal/interval.js';
import { absRat, add, div, R1, sign, sub } from '../internal/rational.js';
import type { Interval } from '../quantity/Interval.js';
import type { Percent } from '../quantity/Percent.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { addI, divI, fromI, pointI, statOf, toI, type I } from './interval.js';
import { definedResult, undefinedResult, type StatResult } from './StatResult.js';
import { isMissing, statRat, type Like, type Missing, type StatValue } from './StatValue.js';

/**
 * What a relative change from a negative base means. `'refuse'` (the default): no value, reason
 * `negative-base`, because the sign of (current − previous) / previous then points the wrong way.
 * `'ratio'`: the algebraic current / previous − 1 (keeps (1 + r(a, b)) · (1 + r(b, a)) = 1; from −10 to −5 is
 * −50%). `'absolute-base'`: (current − previous) / |previous| (the sign follows the direction of change; from −10
 * to −5 is +50%).
 *
 * @category Statistics
 */
export type NegativeBasePolicy = 'refuse' | 'ratio' | 'absolute-base';

/** Options of {@link percentChange} and {@link percentChangeInterval}. @category Statistics */
export interface PercentChangeOptions {
  /** What a negative previous value means; `'refuse'` by default. */
  readonly negativeBase?: NegativeBasePolicy;
}

/**
 * The relative change from `previous` to `current` as an exact ratio: current / previous − 1 (0.1716 is
 * +17.16%). A missing, zero or (by default) negative base gives an explicit undefined result, never
 * `Infinity` or `NaN`.
 * @param current - the later value (money, a count, a percentage or a ratio), or `null`/`undefined` if missing.
 * @param previous - the base value of the same kind, or missing.
 * @param options - the negative-base policy.
 * @returns the exact change, or an undefined result with reason `missing-value`, `missing-base`, `zero-base`
 *   or `negative-base`.
 * @category Statistics
 * @example
 * // seed 003: plan 2014 over executed 2013
 * percentChange(money(63_335_000_000), money(54_060_000_000)); // { ok: true, value: 0.17156862745098039215686… }
 */
export function percentChange<V extends StatValue>(
  current: V | Missing,
  previous: NoInfer<Like<V>> | Missing,
  options: PercentChangeOptions = {},
): StatResult<Ratio> {
  if (isMissing(current)) return undefinedResult('missing-value', 'current');
  if (isMissing(previous)) return undefinedResult('missing-base', 'previous');
  const c = statRat(current);
  const p = statRat(previous);
  const s = sign(p);
  if (s === 0) return undefinedResult('zero-base', 'previous');
  if (s > 0) return definedResult(fromRat(sub(div(c, p), R1)));
  switch (options.negativeBase ?? 'refuse') {
    case 'refuse':
      return undefinedResult('negative-base', 'previous');
    case 'ratio':
      return definedResult(fromRat(sub(div(c, p), R1)));
    default:
      return definedResult(fromRat(div(sub(c, p), absRat(p))));
  }
}

/**
 * The absolute change current − previous, exact, in the values' base unit (đồng, items, or a ratio: from
 * 10% to 12% is 0.02). A zero base is fine here; only a missing value gives no result.
 * @param current - the later value, or missing.
 * @param previous - the earlier value of the same kind, or missing.
 * @returns the exact difference, or an undefined result (`missing-value`, `missing-base`).
 * @category Statistics
 * @example
 * // seed 003: đề án 287 (2013) → 327 (2014)
 * absoluteChange(count(327, 'project'), count(287, 'project')); // { ok: true, value: 40 }
 */
export function absoluteChange<V extends StatValue>(current: V | Missing, previous: NoInfer<Like<V>> | Missing): StatResult<Ratio> {
  if (isMissing(current)) return undefinedResult('missing-value', 'current');
  if (isMissing(previous)) return undefinedResult('missing-base', 'previous');
  return definedResult(fromRat(sub(statRat(current), statRat(previous))));
}

/**
 * The exact quotient of two values of any kinds (a total per unit, how many times one figure holds
 * another). A zero denominator gives an undefined result (`zero-base`).
 * @param numerator - the dividend, or missing.
 * @param denominator - the divisor, or missing.
 * @returns the exact quotient, or an undefined result (`missing-value`, `missing-base`, `zero-base`).
 * @category Statistics
 * @example
 * // seed 003: 63.335 tỷ at 3.17 tỷ per province implies about 20 provinces
 * ratioOf(ratio('63.335'), ratio('3.17')); // { ok: true, value: 19.9794952681388012618296529968… }
 */
export function ratioOf(numerator: StatValue | Missing, denominator: StatValue | Missing): StatResult<Ratio> {
  if (isMissing(numerator)) return undefinedResult('missing-value', 'numerator');
  if (isMissing(denominator)) return undefinedResult('missing-base', 'denominator');
  const d = statRat(denominator);
  if (sign(d) === 0) return undefinedResult('zero-base', 'denominator');
  return definedResult(fromRat(div(statRat(numerator), d)));
}

/**
 * The earlier value implied by a later value and a published relative change: current / (1 + change).
 * A change of −100% implies no base (`zero-base`).
 * @param current - the later value, or missing.
 * @param change - the relative change as a ratio or a percentage, or missing.
 * @returns the exact implied earlier value in the current value's base unit.
 * @category Statistics
 * @example
 * // seed 003: 2013 total 54.06 tỷ "tăng 2,1% so năm 2012"
 * impliedPrevious(ratio('54.06'), percent('2.1')); // { ok: true, value: 52.9480901077375122428991185113… }
 */
export function impliedPrevious(current: StatValue | Missing, change: Ratio | Percent | Missing): StatResult<Ratio> {
  if (isMissing(current)) return undefinedResult('missing-value', 'current');
  if (isMissing(change)) return undefinedResult('missing-value', 'change');
  const factor = add(R1, statRat(change));
  if (sign(factor) === 0) return undefinedResult('zero-base', 'change');
  return definedResult(fromRat(div(statRat(current), factor)));
}

/** @internal Percent change on internal intervals (src/internal/interval.ts's changeI as a statistic). */
export function percentChangeI(current: I, previous: I, policy: NegativeBasePolicy): StatResult<I> {
  return statOf(changeI(current, previous, policy));
}

/**
 * The exact range of the relative change current / previous − 1 when current and previous can be anywhere in
 * their intervals (for example a published figure's precision interval). Increasing in current, decreasing in
 * previous (previous > 0), so the ends come from opposite ends of the inputs.
 * @param current - the interval of the later value.
 * @param previous - the interval of the base.
 * @param options - the negative-base policy (see {@link percentChange}).
 * @returns the interval of changes, or undefined (`denominator-contains-zero`, `negative-base`, `empty-interval`).
 * @category Statistics
 * @example
 * // seed 003: 63.335 and 54.06 as published (± half a unit of the last digit)
 * percentChangeInterval(intervalFromBounds(ratio('63.3345'), ratio('63.3355')), intervalFromBounds(ratio('54.055'), ratio('54.065'))); // [0.17145…, 0.17169…]
 */
export function percentChangeInterval(current: Interval, previous: Interval, options: PercentChangeOptions = {}): StatResult<Interval> {
  const r = percentChangeI(toI(current, 'current'), toI(previous, 'previous'), options.negativeBase ?? 'refuse');
  return r.ok ? definedResult(fromI(r.value)) : r;
}

/**
 * The exact range of current / (1 + change) over the intervals of a later value and of a published change.
 * @param current - the interval of the later value.
 * @param change - the interval of the relative change (a ratio: 0.021 for 2.1%).
 * @returns the interval of implied earlier values, or undefined when 1 + change can be zero.
 * @category Statistics
 * @example
 * // seed 003: "+2,1%" written with one decimal stands for [2.05%, 2.15%)
 * impliedPreviousInterval(intervalOfExact(ratio('54.06')), intervalFromBounds(ratio('0.0205'), ratio('0.0215'), { hiOpen: true })); // (52.9221…, 52.9740…]
 */
export function impliedPreviousInterval(current: Interval, change: Interval): StatResult<Interval> {
  const r = divI(toI(current, 'current'), addI(toI(change, 'change'), pointI(R1)), 'current', 'change');
  return r.ok ? definedResult(fromI(r.value)) : r;
}
