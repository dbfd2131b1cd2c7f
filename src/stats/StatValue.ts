import type { Count } from '../quantity/Count.js';
import type { Money } from '../quantity/Money.js';
import type { Percent } from '../quantity/Percent.js';
import { isRatio, Ratio } from '../quantity/Ratio.js';
import type { CountUnit } from '../quantity/units.js';
import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { rat, toRat, type Rat } from '../internal/rational.js';
import { showValue } from '../internal/showValue.js';

/**
 * A value a statistic can be computed over, exactly: an amount of money (whole đồng), a count, a percentage
 * or a plain exact ratio. Results are in the value's base unit: đồng for money, items for counts, a ratio for
 * percentages (so the absolute change from 10% to 12% is 0.02).
 *
 * @category Statistics
 */
export type StatValue = Money | Count | Percent | Ratio;

/**
 * An absent value: a year not reported, a province without data. Statistics report it, never fill it.
 * @category Statistics
 */
export type Missing = null | undefined;

/**
 * The value type that can be compared with `V`: money with money, a count with a count of the same unit,
 * a percentage with a percentage, a ratio with a ratio.
 *
 * @category Statistics
 */
export type Like<V extends StatValue> = V extends Money
  ? Money
  : V extends Count<infer U extends CountUnit>
    ? Count<U>
    : V extends Percent
      ? Percent
      : Ratio;

/**
 * @internal The exact rational behind a statistics value. Anything else (a number, a string, `{"toString": 1}`,
 * a revoked Proxy) is refused with `stats.not-a-value`: a statistic is never computed from a value it cannot
 * read exactly.
 */
export function statRat(v: StatValue): Rat {
  try {
    if (isRatio(v)) return toRat(v);
    if (typeof v === 'object' && v !== null) {
      if (v.kind === 'money' && Number.isSafeInteger(v.dong)) return rat(BigInt(v.dong));
      if (v.kind === 'count' && Number.isSafeInteger(v.value)) return rat(BigInt(v.value));
      if (v.kind === 'percent' && isRatio(v.ratio)) return toRat(v.ratio);
    }
  } catch {
    // a getter that throws or a revoked Proxy: not a value either
  }
  return fail(
    'stats.not-a-value',
    text(
      `Giá trị ${showValue(v, 40)} không phải số tiền (Money), số lượng (Count), tỷ lệ phần trăm (Percent) hay tỷ số (Ratio).`,
      `The value ${showValue(v, 40)} is not a Money, Count, Percent or Ratio.`,
    ),
  );
}

/** @internal Whether a value is absent. */
export function isMissing(v: unknown): v is Missing {
  return v === null || v === undefined;
}
