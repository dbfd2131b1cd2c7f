import { expect } from 'vitest';
import type { Interval } from '../../src/quantity/Interval.js';
import type { Ratio } from '../../src/quantity/Ratio.js';
import type { StatResult } from '../../src/stats/index.js';

/** Asserts that a ratio is exactly n / d (a fraction computed by hand or with python3 fractions.Fraction). */
export function expectRatio(r: Ratio, n: bigint, d: bigint = 1n): void {
  // Cross-multiplication: n/d need not be in lowest terms (576/1000 is 72/125).
  expect(r.numerator * d).toBe(n * r.denominator);
}

/** The value of a result that must be defined. */
export function valueOf<T>(r: StatResult<T>): T {
  if (!r.ok) throw new Error(`expected a defined result, got ${r.reason.code} (${r.reason.field})`);
  return r.value;
}

/** Asserts an undefined result with its reason and field. */
export function expectUndefined(r: { readonly ok: boolean; readonly reason?: { readonly code: string; readonly field?: string } }, reason: string, field: string): void {
  expect(r.ok).toBe(false);
  expect(r.reason?.code).toBe(reason);
  expect(r.reason?.field).toBe(field);
}

/** Asserts an interval's ends exactly: [lo n/d, open], [hi n/d, open]; null for an unbounded end. */
export function expectInterval(
  i: Interval,
  lo: readonly [bigint, bigint, boolean] | null,
  hi: readonly [bigint, bigint, boolean] | null,
): void {
  const end = (b: Interval['lo'], e: readonly [bigint, bigint, boolean] | null) =>
    b === null || e === null ? b === e : b.value.numerator * e[1] === e[0] * b.value.denominator && b.open === e[2];
  expect([end(i.lo, lo), end(i.hi, hi)], `${JSON.stringify(i)}`).toEqual([true, true]);
}
