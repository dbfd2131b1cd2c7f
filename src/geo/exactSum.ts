import { count, isCount, type Count } from '../quantity/Count.js';
import { isMoney, sumMoney, type Money } from '../quantity/Money.js';
import { fromRat } from '../internal/ratio.js';
import { isRatio, Ratio } from '../quantity/Ratio.js';
import { add, R0, toRat } from '../internal/rational.js';

/**
 * A value the provinces area can add exactly: money (whole đồng), a count with its unit, an exact ratio, or a
 * bigint. Binary floating-point numbers are not accepted.
 * @category Provinces
 */
export type ExactValue = Money | Count | Ratio | bigint;

/** @internal Whether a value is an {@link ExactValue} (checked by shape and brand, never by `instanceof`). */
export const isExactValue = (v: unknown): v is ExactValue => typeof v === 'bigint' || isRatio(v) || isMoney(v) || isCount(v);

const kindOf = (v: ExactValue): string =>
  typeof v === 'bigint' ? 'bigint' : isRatio(v) ? 'ratio' : isMoney(v) ? 'money' : `count:${String(v.unit)}`;

/**
 * Sums values of one kind exactly (counts only of one unit). `undefined` when the values are of different
 * kinds or the list is empty: there is no meaningful sum.
 * @throws {@link KhuyenCongError} `money.out-of-range` / `count.invalid` if a sum leaves the exact range.
 * @internal
 */
export function sumExact<T extends ExactValue>(values: readonly T[]): T | undefined {
  const [first] = values;
  if (first === undefined) return undefined;
  const kind = kindOf(first);
  if (values.some((v) => kindOf(v) !== kind)) return undefined;
  if (typeof first === 'bigint') return (values as readonly bigint[]).reduce((a, b) => a + b, 0n) as T;
  if (isRatio(first)) return fromRat((values as readonly Ratio[]).reduce((a, r) => add(a, toRat(r)), R0)) as T;
  if (isMoney(first)) return sumMoney(values as readonly Money[]) as T;
  // count() re-checks the total: a sum beyond the safe-integer range throws instead of losing precision.
  return count((values as readonly Count[]).reduce((a, c) => a + c.value, 0), (first as Count).unit) as T;
}
