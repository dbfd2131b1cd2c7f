import { fail } from '../internal/errors.js';
import { readRecordEntries } from '../internal/plain.js';
import { text } from '../internal/messages.js';
import { add, div, gcd, mul, R0, R1, rat, roundToInteger, sign, pow10, type Rat, type RoundingMode } from '../internal/rational.js';
import type { Interval } from '../quantity/Interval.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { addI, containsI, divI, emptyI, fromI, mulI, negativeI, pointI, publicI, recipI, toI } from './interval.js';
import { definedResult, undefinedResult, type StatResult, type StatUndefined } from './StatResult.js';
import { isMissing, statRat, type Like, type Missing, type StatValue } from './StatValue.js';

/**
 * The share of a part in a whole: part / whole, exact (0.143 is 14.3%). The whole must be positive.
 * @param part - the part, or missing.
 * @param whole - the whole, of the same kind, or missing.
 * @returns the exact share, or undefined (`missing-value`, `missing-base`, `zero-base`, `negative-base`).
 * @category Statistics
 * @example
 * // seed 003: national funds in the 2013 total
 * share(money(7_730_000_000), money(54_060_000_000)); // { ok: true, value: 0.142989271180170181280059193489… }
 */
export function share<V extends StatValue>(part: V | Missing, whole: NoInfer<Like<V>> | Missing): StatResult<Ratio> {
  if (isMissing(part)) return undefinedResult('missing-value', 'part');
  if (isMissing(whole)) return undefinedResult('missing-base', 'whole');
  const w = statRat(whole);
  if (sign(w) === 0) return undefinedResult('zero-base', 'whole');
  if (sign(w) < 0) return undefinedResult('negative-base', 'whole');
  return definedResult(fromRat(div(statRat(part), w)));
}

/**
 * How displayed shares are rounded. `'largest-remainder'` (Hamilton's method): every share is first rounded
 * down, then the units still missing to reach exactly 100% go one each to the shares with the largest
 * remainders (ties: the earlier key). `'independent'`: each share rounded on its own with a rounding mode, as
 * most publications do (the displayed shares may then sum to 99.99% or 100.01%).
 *
 * @category Statistics
 */
export type ShareRoundingMethod = 'largest-remainder' | 'independent';

/** How {@link shares} rounds the displayed shares. @category Statistics */
export interface ShareRounding {
  readonly method: ShareRoundingMethod;
  /** Decimal places of the percentage (2 gives 57.60%, that is the ratio 0.5760); a whole number from 0 to 20. */
  readonly decimals: number;
  /** For `'independent'` only: the rounding mode, `'half-up'` by default. */
  readonly mode?: RoundingMode;
}

/** Options of {@link shares}. @category Statistics */
export interface SharesOptions {
  /** Also round the shares for display; the exact shares are always returned. */
  readonly rounding?: ShareRounding;
}

/**
 * The shares of the parts of a whole.
 * @category Statistics
 */
export interface Shares<K extends string> {
  readonly ok: true;
  /** The sum of the parts. */
  readonly whole: Ratio;
  /** Each part / whole, exact; they sum to exactly 1. */
  readonly value: Readonly<Record<K, Ratio>>;
  /** The rounded shares (ratios with `decimals + 2` places), or `null` without `options.rounding`. */
  readonly rounded: Readonly<Record<K, Ratio>> | null;
}

/** The result of {@link shares}. @category Statistics */
export type SharesResult<K extends string> = Shares<K> | StatUndefined;

function checkDecimals(decimals: number): number {
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 20) {
    fail(
      'stats.invalid-decimals',
      text(`Số chữ số thập phân ${String(decimals)} phải là số nguyên từ 0 đến 20.`, `The number of decimals ${String(decimals)} must be a whole number from 0 to 20.`),
      ['rounding', 'decimals'],
    );
  }
  return decimals;
}

/**
 * @internal Largest-remainder rounding of the shares `values[i] / whole` (they sum to 1: `whole` is the sum of
 * `values`, positive) to multiples of 1/units. Over a common denominator D of the values and the whole, share i
 * is aᵢ / w with integers aᵢ = valuesᵢ·D and w = whole·D > 0, so share·units = aᵢ·units / w has an integer
 * floor and an integer remainder over the one denominator w: the remainders are compared as integers (one
 * bigint comparison each in the sort, where comparing reduced rationals cost two multiplications and every
 * remainder a gcd: the sort was most of `shares` on 100 000 parts, docs/performance.md, "Memory and scaling").
 */
export function largestRemainder(values: readonly Rat[], whole: Rat, units: bigint): bigint[] {
  let common = whole.d;
  for (const v of values) if (common % v.d !== 0n) common = (common / gcd(common, v.d)) * v.d;
  const w = whole.n * (common / whole.d);
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let deficit = units;
  for (const v of values) {
    const x = v.n * (common / v.d) * units;
    let q = x / w; // truncated toward zero
    let r = x % w; // same sign as x
    if (r < 0n) {
      q -= 1n;
      r += w;
    }
    floors.push(q);
    remainders.push(r);
    deficit -= q;
  }
  // Largest remainder first; ties: the earlier key. Only the first `deficit` (< values.length) get a unit.
  const order = remainders.map((_, i) => i).sort((i, j) => {
    const a = remainders[i] as bigint;
    const b = remainders[j] as bigint;
    return a > b ? -1 : a < b ? 1 : i - j;
  });
  for (const i of order) {
    if (deficit <= 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    deficit -= 1n;
  }
  return floors;
}

/**
 * The share of every part in their sum, exact, and optionally rounded for display so that (with
 * `'largest-remainder'`) the displayed percentages sum to exactly 100%.
 * @param parts - the parts by name, all of the same kind; the key order is the tie-break order.
 * @param options - optional display rounding.
 * @returns the exact (and rounded) shares, or undefined (`missing-value` for a missing part, `zero-base` /
 *   `negative-base` when the parts sum to zero or less).
 * @throws {@link KhuyenCongError} `stats.invalid-decimals` when `rounding.decimals` is not a whole number from 0 to 20.
 * @category Statistics
 * @example
 * // seed 000: Bạc Liêu 2014–2018, national 4.020 tỷ and local 2.959 tỷ
 * shares({ national: money(4_020_000_000), local: money(2_959_000_000) }, { rounding: { method: 'largest-remainder', decimals: 2 } }).rounded;
 * // { national: 0.576, local: 0.424 } (57.60% + 42.40% = 100.00%)
 */
export function shares<K extends string, V extends StatValue>(parts: Readonly<Record<K, V | Missing>>, options: SharesOptions = {}): SharesResult<K> {
  const decimals = options.rounding === undefined ? 0 : checkDecimals(options.rounding.decimals);
  // Read once, each value inside a guard: a getter that throws is `input.unreadable` with its path.
  const entries = readRecordEntries(parts, ['parts'], { vi: 'các phần (khóa → giá trị)', en: 'parts (a record of keys to values)' }) as [K, V | Missing][];
  const values: Rat[] = [];
  for (const [key, v] of entries) {
    if (isMissing(v)) return undefinedResult('missing-value', `parts.${key}`);
    values.push(statRat(v));
  }
  const whole = values.reduce(add, R0);
  if (sign(whole) === 0) return undefinedResult('zero-base', 'parts');
  if (sign(whole) < 0) return undefinedResult('negative-base', 'parts');
  const exact = values.map((v) => div(v, whole));
  let rounded: Rat[] | null = null;
  if (options.rounding !== undefined) {
    const units = pow10(decimals + 2);
    const { method, mode } = options.rounding;
    rounded =
      method === 'largest-remainder'
        ? largestRemainder(values, whole, units).map((u) => rat(u, units))
        : exact.map((s) => rat(roundToInteger(mul(s, rat(units)), mode ?? 'half-up'), units));
  }
  const record = (rs: readonly Rat[]): Readonly<Record<K, Ratio>> =>
    Object.freeze(Object.fromEntries(entries.map(([k], i) => [k, fromRat(rs[i] as Rat)]))) as Record<K, Ratio>;
  return Object.freeze({
    ok: true,
    whole: fromRat(whole),
    value: record(exact),
    rounded: rounded === null ? null : record(rounded),
  });
}

/**
 * The range of part / whole when the part and the whole are published separately, each with its own interval
 * (independent). The whole must be positive.
 * @param part - the interval of the part.
 * @param whole - the interval of the whole.
 * @returns the exact interval of shares, or undefined (`denominator-contains-zero`, `negative-base`, `empty-interval`).
 * @category Statistics
 * @example
 * // seed 003: 7.73 / 54.06 with both at their published precision
 * shareInterval(intervalFromBounds(ratio('7.725'), ratio('7.735')), intervalFromBounds(ratio('54.055'), ratio('54.065'))); // [0.14288…, 0.14309…]
 */
export function shareInterval(part: Interval, whole: Interval): StatResult<Interval> {
  const w = toI(whole, 'whole');
  if (!emptyI(w) && negativeI(w)) return undefinedResult('negative-base', 'whole');
  return publicI(divI(toI(part, 'part'), w, 'part', 'whole'));
}

/**
 * The exact range of part / (part + rest) when the whole is the part plus the rest of it: written as
 * 1 / (1 + rest / part) so that each input appears once (the share increases with the part and decreases with
 * the rest). The part must be positive and the rest non-negative.
 * @param part - the interval of the part (positive).
 * @param rest - the interval of the other parts together (non-negative).
 * @returns the exact interval of shares within (0, 1], or undefined (`denominator-contains-zero`,
 *   `negative-value`, `empty-interval`).
 * @category Statistics
 * @example
 * // seed 000: national 4.020 and local 2.959 tỷ, each ± 0.0005
 * partShareInterval(intervalFromBounds(ratio('4.0195'), ratio('4.0205')), intervalFromBounds(ratio('2.9585'), ratio('2.9595'))); // [0.57595…, 0.57607…]
 */
export function partShareInterval(part: Interval, rest: Interval): StatResult<Interval> {
  const p = toI(part, 'part');
  const r = toI(rest, 'rest');
  if (emptyI(p)) return undefinedResult('empty-interval', 'part');
  if (emptyI(r)) return undefinedResult('empty-interval', 'rest');
  if (containsI(p, R0)) return undefinedResult('denominator-contains-zero', 'part');
  if (negativeI(p)) return undefinedResult('negative-value', 'part');
  if (r.lo === null || sign(r.lo.v) < 0) return undefinedResult('negative-value', 'rest');
  return definedResult(fromI(recipI(addI(pointI(R1), mulI(r, recipI(p))))));
}
