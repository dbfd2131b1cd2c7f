import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { cmp, div, pow10, R0, rat, sign, sub, type Rat, R1 } from '../internal/rational.js';
import type { Interval } from '../quantity/Interval.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { containsI, emptyI, fromI, negativeI, toI, type B } from './interval.js';
import { definedResult, undefinedResult, type StatDefined, type StatResult, type StatUndefined } from './StatResult.js';
import { isMissing, statRat, type Like, type Missing, type StatValue } from './StatValue.js';
import { MAX_YEAR_SPAN } from './YearSeries.js';

/** Decimal places to which {@link cagr} brackets the rate unless told otherwise. @category Statistics */
export const CAGR_DEFAULT_DECIMALS = 30;

/** Options of {@link cagr} and {@link cagrInterval}. @category Statistics */
export interface CagrOptions {
  /**
   * Decimal places of the bracket around the (generally irrational) rate: `upper − lower` is
   * 10^−decimals unless the rate is exact. A whole number from 0 to 1000; {@link CAGR_DEFAULT_DECIMALS} by default.
   */
  readonly decimals?: number;
}

/**
 * A compound annual growth rate: `value` is the rate rounded half-even to `decimals` places; the true rate
 * lies in [`lower`, `upper`], two exact decimals `10^−decimals` apart (equal when the rate is exact).
 * @category Statistics
 */
export interface CagrDefined extends StatDefined<Ratio> {
  /** The largest multiple of 10^−decimals not above the true rate (directed rounding down). */
  readonly lower: Ratio;
  /** The smallest multiple of 10^−decimals not below the true rate (directed rounding up). */
  readonly upper: Ratio;
  /** Whether the rate has at most `decimals` decimal places, so that lower = value = upper is the rate itself. */
  readonly exact: boolean;
  readonly decimals: number;
}

/** The result of {@link cagr}. @category Statistics */
export type CagrResult = CagrDefined | StatUndefined;

/** @internal floor(x^(1/n)) for a bigint x ≥ 0 and n ≥ 1, by integer Newton iteration from above. */
export function integerRoot(x: bigint, n: number): bigint {
  if (x < 2n || n === 1) return x;
  const N = BigInt(n);
  // Newton's iteration decreases monotonically to the floor of the root from any start at or above the root;
  // start just above a floating-point estimate (checked) so that it converges in a few steps even for large n.
  let r = upperStart(x, n);
  for (;;) {
    const next = ((N - 1n) * r + x / r ** (N - 1n)) / N;
    if (next >= r) return r;
    r = next;
  }
}

/** A start ≥ x^(1/n): a floating-point estimate padded by 10^−9 relative, or 2^⌈bits/n⌉ if the estimate is short. */
function upperStart(x: bigint, n: number): bigint {
  const digits = x.toString();
  const lead = digits.length > 17 ? Number(digits.slice(0, 17)) * 10 ** -16 : Number(x) / 10 ** (digits.length - 1);
  const log10Root = (Math.log10(lead) + (digits.length - 1)) / n;
  const e = Math.floor(log10Root);
  const mantissa = 10 ** (log10Root - e);
  const estimate = e >= 15 ? BigInt(Math.ceil(mantissa * 1e15)) * 10n ** BigInt(e - 15) : BigInt(Math.ceil(10 ** log10Root));
  const padded = estimate + estimate / 1_000_000_000n + 2n;
  // A safety net: the padded estimate is above the root in practice (property-tested up to 10^80).
  /* v8 ignore else */
  if (padded ** BigInt(n) >= x) return padded;
  else return 1n << BigInt(Math.floor((x.toString(2).length - 1) / n) + 1);
}

interface RateBracket {
  readonly lower: Rat;
  readonly upper: Rat;
  readonly nearest: Rat;
  readonly exact: boolean;
}

/** @internal Brackets q^(1/n) − 1 (q ≥ 0) between consecutive multiples of 10^−decimals. */
export function rateBracket(q: Rat, n: number, decimals: number): RateBracket {
  const scale = pow10(decimals);
  const scaleN = scale ** BigInt(n);
  // floor(g·10^D) = floor((q·10^(nD))^(1/n)) = iroot(floor(q·10^(nD))) because k^n is an integer.
  const k = integerRoot((q.n * scaleN) / q.d, n);
  const exact = k ** BigInt(n) * q.d === q.n * scaleN;
  const lower = sub(rat(k, scale), R1);
  if (exact) return { lower, upper: lower, nearest: lower, exact };
  const upper = sub(rat(k + 1n, scale), R1);
  // g ≥ k + 1/2 ⟺ (2k + 1)^n · d ≤ 2^n · n_q · 10^(nD); ties to the even last digit.
  const c = cmp(rat((2n * k + 1n) ** BigInt(n) * q.d), rat(2n ** BigInt(n) * q.n * scaleN));
  const nearest = c < 0 || (c === 0 && k % 2n === 1n) ? upper : lower;
  return { lower, upper, nearest, exact };
}

function checkDecimals(decimals: number): number {
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 1000) {
    fail(
      'stats.invalid-decimals',
      text(`Số chữ số thập phân ${String(decimals)} phải là số nguyên từ 0 đến 1000.`, `The number of decimals ${String(decimals)} must be a whole number from 0 to 1000.`),
      ['decimals'],
    );
  }
  return decimals;
}

function yearsProblem(years: number): StatUndefined | null {
  if (years === 0) return undefinedResult('zero-years', 'years');
  if (!Number.isSafeInteger(years) || years < 0) return undefinedResult('invalid-years', 'years');
  // The n-th root is found by bisection over bigints: a huge n (a typo) would run for minutes.
  if (years > MAX_YEAR_SPAN) return undefinedResult('too-many-years', 'years');
  return null;
}

/**
 * The compound annual growth rate (last / first)^(1/years) − 1. The n-th root is irrational in general, so the
 * rate is bracketed exactly: `lower` and `upper` are the multiples of 10^−decimals (30 by default) just below and
 * above it (directed rounding), `value` is the nearer of the two (half-even), and `exact` says when the rate
 * itself has at most that many decimals. `years` is the number of yearly steps between the two observations
 * (2013 → 2018 is 5), a positive whole number.
 * @param first - the value at the start, or missing.
 * @param last - the value at the end, of the same kind, or missing.
 * @param years - the number of yearly steps (a positive whole number).
 * @param options - the bracket's decimal places.
 * @returns the bracketed rate, or undefined (`missing-base`, `missing-value`, `zero-years`, `invalid-years`,
 *   `zero-base`, `negative-base`, `negative-value`, `too-many-years` beyond 1000 years).
 * @throws {@link KhuyenCongError} `stats.invalid-decimals` when `options.decimals` is not a whole number from 0 to 1000.
 * @category Statistics
 * @example
 * cagr(ratio(100), ratio(121), 2); // { ok: true, value: 0.1, lower: 0.1, upper: 0.1, exact: true, decimals: 30 }
 */
export function cagr<V extends StatValue>(
  first: V | Missing,
  last: NoInfer<Like<V>> | Missing,
  years: number,
  options: CagrOptions = {},
): CagrResult {
  const decimals = checkDecimals(options.decimals ?? CAGR_DEFAULT_DECIMALS);
  if (isMissing(first)) return undefinedResult('missing-base', 'first');
  if (isMissing(last)) return undefinedResult('missing-value', 'last');
  const bad = yearsProblem(years);
  if (bad !== null) return bad;
  const f = statRat(first);
  const l = statRat(last);
  if (sign(f) === 0) return undefinedResult('zero-base', 'first');
  if (sign(f) < 0) return undefinedResult('negative-base', 'first');
  if (sign(l) < 0) return undefinedResult('negative-value', 'last');
  const b = rateBracket(div(l, f), years, decimals);
  return Object.freeze({
    ok: true,
    value: fromRat(b.nearest),
    lower: fromRat(b.lower),
    upper: fromRat(b.upper),
    exact: b.exact,
    decimals,
  });
}

/**
 * An enclosure of the compound annual growth rate when the first and last values can be anywhere in their
 * intervals. The rate increases with `last` and decreases with `first`, so its lower end comes from
 * (lowest last, highest first) and its upper end from (highest last, lowest first); each end is the directed
 * bracket of {@link cagr} at `decimals` places, rounded outward (so the enclosure is exact when both end rates
 * are exact, and at most 10^−decimals wider otherwise). `first` must be positive, `last` non-negative.
 * @param first - the interval of the start value.
 * @param last - the interval of the end value.
 * @param years - the number of yearly steps (a positive whole number).
 * @param options - the bracket's decimal places.
 * @returns the interval of rates, or undefined (`empty-interval`, `zero-years`, `invalid-years`,
 *   `denominator-contains-zero`, `negative-base`, `negative-value`).
 * @throws {@link KhuyenCongError} `stats.invalid-decimals` when `options.decimals` is not a whole number from 0 to 1000.
 * @category Statistics
 * @example
 * cagrInterval(intervalFromBounds(ratio(100), ratio(121)), intervalFromBounds(ratio(121), ratio(144)), 2); // [0, 0.2]
 */
export function cagrInterval(first: Interval, last: Interval, years: number, options: CagrOptions = {}): StatResult<Interval> {
  const decimals = checkDecimals(options.decimals ?? CAGR_DEFAULT_DECIMALS);
  const f = toI(first, 'first');
  const l = toI(last, 'last');
  if (emptyI(f)) return undefinedResult('empty-interval', 'first');
  if (emptyI(l)) return undefinedResult('empty-interval', 'last');
  const bad = yearsProblem(years);
  if (bad !== null) return bad;
  if (containsI(f, R0)) return undefinedResult('denominator-contains-zero', 'first');
  if (negativeI(f)) return undefinedResult('negative-base', 'first');
  if (l.lo === null || sign(l.lo.v) < 0) return undefinedResult('negative-value', 'last');
  const fLo = f.lo as NonNullable<B>; // f lies in (0, +∞), so its lower end is finite
  const minusOne = sub(R0, R1);
  let lo: B;
  if (sign(l.lo.v) === 0) {
    // 0 / first = 0 for every first: the rate −1 is reached exactly when the end 0 itself is included.
    lo = { v: minusOne, open: l.lo.open };
  } else if (f.hi === null) {
    lo = { v: minusOne, open: true }; // the limit as first → +∞, never reached
  } else {
    const b = rateBracket(div(l.lo.v, f.hi.v), years, decimals);
    lo = { v: b.lower, open: b.exact && (l.lo.open || f.hi.open) };
  }
  let hi: B;
  if (l.hi !== null && sign(l.hi.v) === 0) {
    hi = { v: minusOne, open: false }; // last = [0, 0]
  } else if (l.hi === null || sign(fLo.v) === 0) {
    hi = null;
  } else {
    const b = rateBracket(div(l.hi.v, fLo.v), years, decimals);
    hi = { v: b.upper, open: b.exact && (l.hi.open || fLo.open) };
  }
  return definedResult(fromI({ lo, hi }));
}
