import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { cmp, div, R1, sign, type Rat } from '../internal/rational.js';
import { showValue } from '../internal/showValue.js';
import type { Interval } from '../quantity/Interval.js';
import type { Qualifier } from '../quantity/Quantity.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { emptyI, fromI, intersectI, mulI, pointI, subI, toI, type I } from './interval.js';
import { definedResult, undefinedResult, type StatDefined, type StatResult, type StatUndefined } from './StatResult.js';
import { isMissing, statRat, type Missing, type StatValue } from './StatValue.js';

/**
 * How an actual value is compared with a target (chỉ tiêu): `'at-least'` actual ≥ target (a plain target,
 * "ít nhất", "tối thiểu"), `'more-than'` actual > target ("hơn", "trên"), `'at-most'` actual ≤ target
 * ("tối đa", "không quá"), `'less-than'` actual < target ("ít hơn", "dưới").
 *
 * @category Statistics
 */
export type TargetComparison = 'at-least' | 'more-than' | 'at-most' | 'less-than';

/**
 * A target with the qualifier words of its text. A parsed {@link Quantity} is one.
 * @category Statistics
 */
export interface QualifiedTarget {
  readonly value: StatValue;
  readonly qualifiers: readonly Qualifier[];
}

/** How a target's qualifiers are read. @category Statistics */
export interface TargetRule {
  readonly comparison: TargetComparison;
  /** `true` when the target is approximate ("khoảng", "gần"): it is still compared with its stated value. */
  readonly approximate: boolean;
}

/**
 * Reads a target's qualifiers: `more-than` → actual > target; `at-least` → actual ≥ target; `at-most` → actual
 * ≤ target (in that order of precedence); otherwise (no qualifier, `about`, `nearly`, `planned`) actual ≥ the
 * stated value, with `approximate` set for `about` and `nearly`.
 * @param qualifiers - the target's qualifiers.
 * @returns the comparison and whether the target is approximate.
 * @category Statistics
 * @example
 * targetRule(['more-than']); // { comparison: 'more-than', approximate: false }
 */
export function targetRule(qualifiers: readonly Qualifier[]): TargetRule {
  const list = readQualifiers(qualifiers);
  const has = (q: Qualifier): boolean => list.includes(q);
  const comparison: TargetComparison = has('more-than')
    ? 'more-than'
    : has('at-least')
      ? 'at-least'
      : has('at-most')
        ? 'at-most'
        : has('less-than')
          ? 'less-than'
          : 'at-least';
  return Object.freeze({ comparison, approximate: has('about') || has('nearly') });
}

/** The qualifiers as a plain array of strings, read once; anything else is `stats.invalid-qualifiers`. */
function readQualifiers(qualifiers: unknown): readonly unknown[] {
  let copy: unknown[] | null = null;
  try {
    if (Array.isArray(qualifiers) && qualifiers.length <= 100) copy = [...(qualifiers as unknown[])];
  } catch {
    copy = null; // a revoked Proxy or a throwing element: not a list of qualifiers
  }
  if (copy === null || copy.some((q) => typeof q !== 'string')) {
    const shown = showValue(qualifiers, 60);
    return fail(
      'stats.invalid-qualifiers',
      text(`Các từ hạn định ${shown} phải là một mảng chuỗi (như ['more-than']).`, `The qualifiers ${shown} must be an array of strings (such as ['more-than']).`),
      ['qualifiers'],
    );
  }
  return copy;
}

/**
 * The completion of a target: the rate actual / target and whether the target is met under its rule.
 * @category Statistics
 */
export interface Completion extends TargetRule {
  /** actual / target, exact (1 is 100%); undefined (`zero-base`) for a zero target. */
  readonly rate: StatResult<Ratio>;
  /** Whether the actual value satisfies the comparison with the target's stated value. */
  readonly met: boolean;
  /** The target's stated value. */
  readonly threshold: Ratio;
}

/** The result of {@link completionRate}. @category Statistics */
export type CompletionResult = StatDefined<Completion> | StatUndefined;

function isQualified(t: StatValue | QualifiedTarget): t is QualifiedTarget {
  return 'qualifiers' in t;
}

function satisfies(c: -1 | 0 | 1, comparison: TargetComparison): boolean {
  return comparison === 'at-least' ? c >= 0 : comparison === 'more-than' ? c > 0 : comparison === 'less-than' ? c < 0 : c <= 0;
}

function readTarget(target: StatValue | QualifiedTarget): { t: Rat; rule: TargetRule } {
  return isQualified(target) ? { t: statRat(target.value), rule: targetRule(target.qualifiers) } : { t: statRat(target), rule: targetRule([]) };
}

function rateOfValue(a: Rat, t: Rat): StatResult<Ratio> {
  return sign(t) === 0 ? undefinedResult('zero-base', 'target') : definedResult(fromRat(div(a, t)));
}

function rateOfInterval(a: I, t: Rat): StatResult<Interval> {
  return sign(t) === 0 ? undefinedResult('zero-base', 'target') : definedResult(fromI(mulI(a, pointI(div(R1, t)))));
}

/**
 * The completion rate of a target (chỉ tiêu), actual / target, and whether it is met. The target may carry
 * qualifiers (a parsed `Quantity` or `{ value, qualifiers }`): "hơn 75" is met only by more than 75, "ít nhất 4"
 * by 4 or more, "tối đa 5" by at most 5; a plain or approximate target by reaching its stated value.
 * @param actual - the value achieved, or missing.
 * @param target - the target, plain or qualified, or missing.
 * @returns the rate and the verdict, or undefined (`missing-value`, `missing-base`, `negative-base`).
 * @category Statistics
 * @example
 * // seed 001: "hỗ trợ hơn 75 cơ sở" (more than 75 establishments)
 * completionRate(count(75, 'establishment'), { value: count(75, 'establishment'), qualifiers: ['more-than'] }).value.met; // false
 */
export function completionRate(actual: StatValue | Missing, target: StatValue | QualifiedTarget | Missing): CompletionResult {
  if (isMissing(actual)) return undefinedResult('missing-value', 'actual');
  if (isMissing(target)) return undefinedResult('missing-base', 'target');
  const { t, rule } = readTarget(target);
  if (sign(t) < 0) return undefinedResult('negative-base', 'target');
  const a = statRat(actual);
  return definedResult(
    Object.freeze({
      rate: rateOfValue(a, t),
      met: satisfies(cmp(a, t), rule.comparison),
      threshold: fromRat(t),
      ...rule,
    }),
  );
}

/** Whether an interval of actual values certainly meets, certainly misses, or may meet a target. @category Statistics */
export type TargetVerdict = 'met' | 'not-met' | 'undetermined';

/**
 * The completion of a target by an actual value known only as an interval.
 * @category Statistics
 */
export interface CompletionInterval extends TargetRule {
  /** The exact interval of actual / target; undefined (`zero-base`) for a zero target. */
  readonly rate: StatResult<Interval>;
  /** `'met'` when every value of the interval meets the target, `'not-met'` when none does. */
  readonly verdict: TargetVerdict;
  readonly threshold: Ratio;
}

/** The result of {@link completionInterval}. @category Statistics */
export type CompletionIntervalResult = StatDefined<CompletionInterval> | StatUndefined;

/**
 * The completion of a target when the actual value is an interval (for example "khoảng 800 người" achieved):
 * the exact interval of rates and a three-way verdict. The target's stated value is the threshold; its
 * qualifiers give the comparison as in {@link completionRate}.
 * @param actual - the interval of the achieved value.
 * @param target - the target, plain or qualified.
 * @returns the interval of rates and the verdict, or undefined (`empty-interval`, `negative-base`).
 * @category Statistics
 * @example
 * completionInterval(intervalFromBounds(ratio(70), ratio(80)), { value: ratio(75), qualifiers: ['more-than'] }).value.verdict; // 'undetermined'
 */
export function completionInterval(actual: Interval, target: StatValue | QualifiedTarget): CompletionIntervalResult {
  const a = toI(actual, 'actual');
  if (emptyI(a)) return undefinedResult('empty-interval', 'actual');
  const { t, rule } = readTarget(target);
  if (sign(t) < 0) return undefinedResult('negative-base', 'target');
  const good: I =
    rule.comparison === 'at-most' || rule.comparison === 'less-than'
      ? { lo: null, hi: { v: t, open: rule.comparison === 'less-than' } }
      : { lo: { v: t, open: rule.comparison === 'more-than' }, hi: null };
  const verdict: TargetVerdict = subI(a, good) ? 'met' : emptyI(intersectI(a, good)) ? 'not-met' : 'undetermined';
  return definedResult(
    Object.freeze({
      rate: rateOfInterval(a, t),
      verdict,
      threshold: fromRat(t),
      ...rule,
    }),
  );
}
