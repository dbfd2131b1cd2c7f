import type { LocalizedText } from '../internal/messages.js';
import { wholeEnds } from '../internal/interval.js';
import { isTerminating, terminatingDecimals, toRat } from '../internal/rational.js';
import type { Interval } from '../quantity/Interval.js';
import { safeParseQuantity } from '../quantity/parseQuantity.js';
import type { Quantity, QuantityKind } from '../quantity/Quantity.js';
import { ratio, isRatio, type Ratio } from '../quantity/Ratio.js';
import type { MoneyScale } from '../quantity/scales.js';
import type { CountUnit } from '../quantity/units.js';
import { intervalOfExact } from '../stats/interval.js';
import type { ClaimNumber } from './Claim.js';
import type { ClaimUnit } from './ClaimResult.js';

/**
 * A claim number as {@link checkClaim} reads it ({@link readClaimNumber}): its exact value, the interval of values
 * its published precision allows, its measure, and how it was written (what its explanations repeat).
 * @category Claims
 */
export interface ClaimOperand {
  /** What the number is: money, a count, a percentage or a plain number. */
  readonly kind: QuantityKind;
  /** The unit claims compare in: money (đồng), a count, or a ratio (a percentage or a plain number). */
  readonly unit: ClaimUnit;
  /** The exact value, in the unit's base (đồng, items, a ratio: 17,16% is 0.1716). */
  readonly value: Ratio;
  /** The values the number can stand for: its precision interval (a count without decimals: the whole numbers in it). */
  readonly interval: Interval;
  /** The text as published, when the number came as text or as a parsed quantity. */
  readonly text?: string;
  /** Decimal places written, when known. */
  readonly decimals?: number;
  /** The money scale word written, when known. */
  readonly scale?: MoneyScale;
  /** For a count: the noun counted ("người", "lớp"), when known. */
  readonly noun?: CountUnit;
  /** For a rate ("3,17 tỷ đồng/1 tỉnh", "80 người/lớp"): the noun it is per. */
  readonly per?: CountUnit;
  /** A multiple ("gấp 2,5 lần"). */
  readonly multiple?: true;
}

/** @internal The claims area's name of a {@link ClaimOperand}. */
export type Operand = ClaimOperand;

/** @internal */
export type OperandResult = { readonly ok: true; readonly value: Operand } | { readonly ok: false; readonly reason: { readonly code: string; readonly message: LocalizedText } };

const UNIT_OF: Readonly<Record<QuantityKind, ClaimUnit>> = Object.freeze({
  money: 'money',
  count: 'count',
  percent: 'ratio',
  number: 'ratio',
});

function isQuantity(x: object): x is Quantity {
  return 'interval' in x && 'text' in x;
}

function fromQuantity(q: Quantity): Operand {
  const o: { -readonly [K in keyof Operand]: Operand[K] } = {
    kind: q.kind,
    unit: UNIT_OF[q.kind],
    value: q.value,
    interval: q.kind === 'count' && (q.decimals ?? 0) === 0 && q.per === undefined ? wholeItems(q.interval) : q.interval,
    text: q.text,
  };
  if (q.decimals !== undefined) o.decimals = q.decimals;
  if (q.scale !== undefined) o.scale = q.scale;
  if (q.kind === 'count' && q.unit !== undefined) o.noun = q.unit;
  if (q.per !== undefined) o.per = q.per;
  if (q.multiple === true) o.multiple = true;
  return o;
}

/**
 * A count is a whole number of items, so its interval shrinks to the whole numbers in it: "3 lớp" (written
 * precision [2,5; 3,5]) is exactly 3, "hơn 75" is 76 or more. Without this, adding many counts would let
 * their half-units pile up into a tolerance no count has. Counts written with decimals or as a rate per unit
 * (averages) keep their interval. @internal
 */
export function wholeItems(i: Interval): Interval {
  const w = wholeEnds({ lo: i.lo === null ? null : { v: toRat(i.lo.value), open: i.lo.open }, hi: i.hi === null ? null : { v: toRat(i.hi.value), open: i.hi.open } });
  return { lo: w.lo === null ? null : { value: ratio(w.lo), open: false }, hi: w.hi === null ? null : { value: ratio(w.hi), open: false } };
}

/** The decimals an exact value is written with, so that explanations show it in full (at most 6). */
function digits(r: Ratio): { decimals?: number } {
  const x = toRat(r);
  return isTerminating(x) ? { decimals: Math.min(terminatingDecimals(x), 6) } : {};
}

/** @internal Reads a {@link ClaimNumber} into an {@link Operand}, never throwing. */
export function toOperand(n: ClaimNumber): OperandResult {
  if (typeof n === 'string') {
    const r = safeParseQuantity(n);
    if (!r.success) {
      const issue = r.error.issues[0];
      /* c8 ignore next -- a failed parse always carries an issue */
      const message = issue === undefined ? { vi: r.error.message, en: r.error.message } : issue.message;
      return { ok: false, reason: { code: issue === undefined ? 'quantity.unreadable' : issue.code, message } };
    }
    return { ok: true, value: fromQuantity(r.data) };
  }
  if (isRatio(n)) return { ok: true, value: { kind: 'number', unit: 'ratio', value: n, interval: intervalOfExact(n), ...digits(n) } };
  if (isQuantity(n)) return { ok: true, value: fromQuantity(n) };
  switch (n.kind) {
    case 'money': {
      const value = ratio(n.dong);
      return { ok: true, value: { kind: 'money', unit: 'money', value, interval: intervalOfExact(value) } };
    }
    case 'count': {
      const value = ratio(n.value);
      return { ok: true, value: { kind: 'count', unit: 'count', value, interval: intervalOfExact(value), noun: n.unit } };
    }
    default:
      return {
        ok: true,
        value: { kind: 'percent', unit: 'ratio', value: n.ratio, interval: intervalOfExact(n.ratio), ...digits(ratio(n.ratio.numerator * 100n, n.ratio.denominator)) },
      };
  }
}
