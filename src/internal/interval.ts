/**
 * Exact interval arithmetic on internal rationals: the one place where the interval type of the library's
 * computations and its arithmetic live (issue 15). Bounds are exact rationals, each end open or closed, `null`
 * for an unbounded end. Every operation returns the exact image of its inputs (the set of results of the
 * operation applied to any points drawn from the input intervals, for formulas where each input appears once).
 * The empty set has one canonical form, {@link EMPTY_I}; operations on an empty input return it.
 *
 * Internal: the public face is {@link Interval} (src/quantity/Interval.ts) with Ratio bounds, and the checked
 * public operations of src/stats/interval.ts; statistics and claims both compute on this module, converting an
 * interval once on the way in and once on the way out.
 */
import { fail } from './errors.js';
import { text } from './messages.js';
import { add, cmp, div, mul, neg, R0, R1, roundToInteger, sign, sub, toRat, type Rat, type RatioParts } from './rational.js';
import { showValue } from './showValue.js';

/** @internal One end of an interval on internal rationals; `null` is unbounded. */
export type B = { readonly v: Rat; readonly open: boolean } | null;
/** @internal An interval on internal rationals. */
export interface I {
  readonly lo: B;
  readonly hi: B;
}

/** @internal The empty interval in its one canonical form (0, 0). */
export const EMPTY_I: I = { lo: { v: R0, open: true }, hi: { v: R0, open: true } };

/**
 * @internal A public interval argument (src/quantity/Interval.ts) read once and checked (issue 14): an object whose `lo` and `hi` are each
 * `null` or a bound `{ value: Ratio, open: boolean }`; `stats.invalid-interval` (path: the argument's name and the
 * end) otherwise, also for one that cannot be read (a revoked Proxy, a getter that throws); `ratio.not-ratio` for
 * a bound whose value is not a Ratio.
 */
export function toI(i: unknown, field: string | readonly (string | number)[] = 'interval'): I {
  const r: I = { lo: readEnd(i, field, 'lo'), hi: readEnd(i, field, 'hi') };
  return emptyI(r) ? EMPTY_I : r;
}

/** One end of an interval argument (see {@link toI}), read inside a guard. */
function readEnd(i: unknown, field: string | readonly (string | number)[], end: 'lo' | 'hi'): B {
  let x: unknown;
  let value: unknown;
  let open: unknown;
  try {
    x = typeof i === 'object' && i !== null && !Array.isArray(i) ? (i as Record<string, unknown>)[end] : undefined;
    if (typeof x === 'object' && x !== null) {
      value = (x as Record<string, unknown>)['value'];
      open = (x as Record<string, unknown>)['open'];
    }
  } catch {
    x = undefined; // unreadable: refused below
  }
  if (x === null) return null;
  if (typeof x !== 'object' || typeof open !== 'boolean') badInterval(i, field, end);
  return { v: toRat(value as RatioParts), open };
}

function badInterval(i: unknown, at: string | readonly (string | number)[], end: 'lo' | 'hi'): never {
  const path = typeof at === 'string' ? [at] : [...at];
  const field = path.join('.');
  return fail(
    'stats.invalid-interval',
    text(
      `Tham số ${field} không phải khoảng { lo, hi } (mỗi đầu là null hoặc { value: Ratio, open: boolean }), đầu ${end} sai: ${showValue(i)}.`,
      `The argument ${field} is not an interval { lo, hi } (each end null or { value: Ratio, open: boolean }); its ${end} is wrong: ${showValue(i)}.`,
    ),
    [...path, end],
  );
}

/** @internal */
export function emptyI(i: I): boolean {
  if (i.lo === null || i.hi === null) return false;
  const c = cmp(i.lo.v, i.hi.v);
  return c > 0 || (c === 0 && (i.lo.open || i.hi.open));
}

/** @internal */
export function pointI(v: Rat): I {
  return { lo: { v, open: false }, hi: { v, open: false } };
}

/** @internal */
export function containsI(i: I, v: Rat): boolean {
  if (emptyI(i)) return false;
  const aboveLo = i.lo === null || cmp(v, i.lo.v) > 0 || (cmp(v, i.lo.v) === 0 && !i.lo.open);
  const belowHi = i.hi === null || cmp(v, i.hi.v) < 0 || (cmp(v, i.hi.v) === 0 && !i.hi.open);
  return aboveLo && belowHi;
}

/** @internal Whether a non-empty interval holds only negative numbers (its upper end below 0, or 0 excluded). */
export function negativeI(i: I): boolean {
  return i.hi !== null && (sign(i.hi.v) < 0 || (sign(i.hi.v) === 0 && i.hi.open));
}

/** @internal */
export function negI(i: I): I {
  if (emptyI(i)) return EMPTY_I;
  return { lo: negEnd(i.hi), hi: negEnd(i.lo) };
}

function negEnd(x: B): B {
  return x === null ? null : { v: neg(x.v), open: x.open };
}

/** @internal */
export function addI(a: I, b: I): I {
  if (emptyI(a) || emptyI(b)) return EMPTY_I;
  return { lo: addEnds(a.lo, b.lo), hi: addEnds(a.hi, b.hi) };
}

function addEnds(x: B, y: B): B {
  return x === null || y === null ? null : { v: add(x.v, y.v), open: x.open || y.open };
}

/** The part of a non-empty interval above zero, as an interval whose lower end is finite and ≥ 0. */
function positivePart(i: I): I | null {
  if (i.hi !== null && sign(i.hi.v) <= 0) return null;
  const lo: B = i.lo === null || sign(i.lo.v) <= 0 ? { v: R0, open: true } : i.lo;
  return { lo, hi: i.hi };
}

/** Product of two intervals of positive numbers (lower ends finite ≥ 0): monotone in both factors. */
function mulPositive(p: I, q: I): I {
  const pl = p.lo as NonNullable<B>;
  const ql = q.lo as NonNullable<B>;
  const hi: B = p.hi === null || q.hi === null ? null : { v: mul(p.hi.v, q.hi.v), open: p.hi.open || q.hi.open };
  return { lo: { v: mul(pl.v, ql.v), open: pl.open || ql.open }, hi };
}

/** @internal */
export function hullI(parts: readonly I[]): I {
  let acc: I | null = null;
  for (const p of parts) {
    if (emptyI(p)) continue;
    if (acc === null) {
      acc = p;
      continue;
    }
    acc = { lo: outer(acc.lo, p.lo, -1), hi: outer(acc.hi, p.hi, 1) };
  }
  return acc ?? EMPTY_I;
}

/** The outer of two ends on one side (`dir` −1 for lower ends, 1 for upper ends). */
function outer(x: B, y: B, dir: -1 | 1): B {
  if (x === null || y === null) return null;
  const c = cmp(x.v, y.v) * dir;
  if (c > 0) return x;
  if (c < 0) return y;
  return { v: x.v, open: x.open && y.open };
}

/** The inner of two ends on one side (`dir` −1 for lower ends, 1 for upper ends). */
function inner(x: B, y: B, dir: -1 | 1): B {
  if (x === null) return y;
  if (y === null) return x;
  const c = cmp(x.v, y.v) * dir;
  if (c < 0) return x;
  if (c > 0) return y;
  return { v: x.v, open: x.open || y.open };
}

/** @internal */
export function mulI(a: I, b: I): I {
  if (emptyI(a) || emptyI(b)) return EMPTY_I;
  // Both factors above zero (the common case: amounts, counts, a positive base's reciprocal): the product is
  // monotone in both, and the general split below would give this one part.
  if (a.lo !== null && b.lo !== null && sign(a.lo.v) > 0 && sign(b.lo.v) > 0) return mulPositive(a, b);
  // Split each factor into its negative part, zero and positive part: on each pair of parts the product is
  // monotone, and the image of the whole product is an interval (the product is continuous on a connected set),
  // so it is the hull of the parts' images.
  const ap = positivePart(a);
  const an = positivePart(negI(a));
  const bp = positivePart(b);
  const bn = positivePart(negI(b));
  const parts: I[] = [];
  if (containsI(a, R0) || containsI(b, R0)) parts.push(pointI(R0));
  if (ap !== null && bp !== null) parts.push(mulPositive(ap, bp));
  if (an !== null && bn !== null) parts.push(mulPositive(an, bn));
  if (ap !== null && bn !== null) parts.push(negI(mulPositive(ap, bn)));
  if (an !== null && bp !== null) parts.push(negI(mulPositive(an, bp)));
  return hullI(parts);
}

/** @internal Reciprocal of a non-empty interval not containing zero. */
export function recipI(b: I): I {
  const lo = b.lo;
  if (lo === null || sign(lo.v) < 0) return negI(recipI(negI(b)));
  // b lies in (0, +∞): 1/x is decreasing; 1/+∞ is the unattained limit 0; a lower end of 0 (open) maps to +∞.
  const newLo: B = b.hi === null ? { v: R0, open: true } : { v: div(R1, b.hi.v), open: b.hi.open };
  const newHi: B = sign(lo.v) === 0 ? null : { v: div(R1, lo.v), open: lo.open };
  return { lo: newLo, hi: newHi };
}

/** Why an interval computation has no answer, and which input is at fault (a subset of the statistics' reasons). */
export type IRefusal = { readonly ok: false; readonly code: 'empty-interval' | 'denominator-contains-zero' | 'negative-base'; readonly field: string };
/** An interval computation's answer or its refusal. */
export type IResult = { readonly ok: true; readonly value: I } | IRefusal;

function refuse(code: IRefusal['code'], field: string): IRefusal {
  return { ok: false, code, field };
}

/** @internal Division a / b with explicit refusals: an empty input, or a divisor whose interval holds zero. */
export function divI(a: I, b: I, numeratorField: string, denominatorField: string): IResult {
  if (emptyI(a)) return refuse('empty-interval', numeratorField);
  if (emptyI(b)) return refuse('empty-interval', denominatorField);
  if (containsI(b, R0)) return refuse('denominator-contains-zero', denominatorField);
  return { ok: true, value: mulI(a, recipI(b)) };
}

/**
 * @internal The quotient a / b whose divisor must be positive (shares, averages): `negative-base` (field
 * `denominatorField`) when b holds only negative numbers, otherwise {@link divI}.
 */
export function positiveDivI(a: I, b: I, numeratorField: string, denominatorField: string): IResult {
  if (!emptyI(b) && negativeI(b)) return refuse('negative-base', denominatorField);
  return divI(a, b, numeratorField, denominatorField);
}

const MINUS_ONE: Rat = { n: -1n, d: 1n };

/**
 * @internal The relative change current / previous − 1 over intervals. A base that holds only negative numbers
 * is refused (`'refuse'`), divided as is (`'ratio'`), or measured against its magnitude (`'absolute-base'`), (c − p) / |p|.
 */
export function changeI(current: I, previous: I, policy: 'refuse' | 'ratio' | 'absolute-base'): IResult {
  if (emptyI(current)) return refuse('empty-interval', 'current');
  if (emptyI(previous)) return refuse('empty-interval', 'previous');
  if (containsI(previous, R0)) return refuse('denominator-contains-zero', 'previous');
  // current / previous − 1 uses each input once, so the interval quotient is the exact range: increasing in
  // current and decreasing in previous when previous > 0.
  if (!negativeI(previous) || policy === 'ratio') return { ok: true, value: addI(mulI(current, recipI(previous)), pointI(MINUS_ONE)) };
  if (policy === 'refuse') return refuse('negative-base', 'previous');
  // (c − p) / |p| = c / (−p) + 1 for p < 0, again each input once.
  return { ok: true, value: addI(mulI(current, recipI(negI(previous))), pointI(R1)) };
}

/** @internal The exact sum of intervals; the empty sum is [0, 0]. */
export function sumI(parts: readonly I[]): I {
  let acc = pointI(R0);
  for (const p of parts) acc = addI(acc, p);
  return acc;
}

/** @internal */
export function intersectI(a: I, b: I): I {
  if (emptyI(a) || emptyI(b)) return EMPTY_I;
  const r: I = { lo: inner(a.lo, b.lo, -1), hi: inner(a.hi, b.hi, 1) };
  return emptyI(r) ? EMPTY_I : r;
}

/** @internal The distance between two non-empty intervals (0 when they intersect or touch). */
export function gapI(x: I, y: I): Rat {
  if (!emptyI(intersectI(x, y))) return R0;
  // Disjoint and non-empty: one lies entirely below the other.
  const [left, right] = x.hi !== null && y.lo !== null && cmp(x.hi.v, y.lo.v) <= 0 ? [x, y] : [y, x];
  return sub((right.lo as NonNullable<B>).v, (left.hi as NonNullable<B>).v);
}

/** @internal */
export function subI(a: I, b: I): boolean {
  if (emptyI(a)) return true;
  if (emptyI(b)) return false;
  const loOk =
    b.lo === null ||
    (a.lo !== null && (cmp(a.lo.v, b.lo.v) > 0 || (cmp(a.lo.v, b.lo.v) === 0 && (a.lo.open || !b.lo.open))));
  const hiOk =
    b.hi === null ||
    (a.hi !== null && (cmp(a.hi.v, b.hi.v) < 0 || (cmp(a.hi.v, b.hi.v) === 0 && (a.hi.open || !b.hi.open))));
  return loOk && hiOk;
}

/**
 * @internal The least and the greatest whole numbers in an interval (`null` for an unbounded end): what a count
 * written without decimals can be ("3 lớp", written precision [2,5; 3,5], is exactly 3; "hơn 75" is 76 or more).
 * An open end that is itself whole is left out. When the interval holds no whole number, `lo > hi` (not
 * canonicalised: the caller says so, e.g. audit's implied count "none").
 */
export function wholeEnds(i: I): { readonly lo: bigint | null; readonly hi: bigint | null } {
  return { lo: i.lo === null ? null : wholeEnd(i.lo, 'ceil'), hi: i.hi === null ? null : wholeEnd(i.hi, 'floor') };
}

function wholeEnd(x: { readonly v: Rat; readonly open: boolean }, mode: 'ceil' | 'floor'): bigint {
  const n = roundToInteger(x.v, mode);
  if (!x.open || x.v.d !== 1n) return n;
  return mode === 'ceil' ? n + 1n : n - 1n;
}
