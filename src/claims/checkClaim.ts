import type { Locale, LocalizedText } from '../internal/messages.js';
import { changeI, divI, emptyI, gapI, intersectI, positiveDivI, sumI, toI, type B, type I, type IResult } from '../internal/interval.js';
import { add, div, R0, R1, sign, sub, toRat, type Rat } from '../internal/rational.js';
import type { Bound, Interval } from '../quantity/Interval.js';
import { MAX_MONEY_DONG } from '../quantity/Money.js';
import { fromRat } from '../internal/ratio.js';
import { type Ratio } from '../quantity/Ratio.js';
import { cagr, cagrInterval } from '../stats/cagr.js';
import type { StatReason } from '../stats/StatResult.js';
import type { Claim, ClaimKind, ClaimNumber } from './Claim.js';
import type { CannotCheckReason, ClaimResult, DecidedClaim, Measure, UndecidedClaim } from './ClaimResult.js';
import { formatAmount, formatDifference, formatOperand, formatStated } from './formatClaimValue.js';
import { lazyText } from '../internal/lazyText.js';
import { claimsMessages as M } from './messages.js';
import { toOperand, type Operand } from './operand.js';
import { readClaim } from './readClaim.js';

type Fields = readonly (readonly [field: string, n: ClaimNumber])[];

/** The inputs of a claim, in the order of its formula, with their field names. */
function inputsOf(claim: Claim): Fields {
  switch (claim.kind) {
    case 'sum': {
      const out: (readonly [string, ClaimNumber])[] = [];
      for (let i = 0; i < claim.parts.length; i++) out.push([`parts.${String(i)}`, claim.parts[i] as ClaimNumber]);
      return out;
    }
    case 'change':
      return [['current', claim.current], ['previous', claim.previous]];
    case 'share':
      return [['part', claim.part], ['whole', claim.whole]];
    case 'average':
      return [['total', claim.total], ['count', claim.count]];
    case 'completion':
      return [['actual', claim.actual], ['target', claim.target]];
    case 'cagr':
      return [['first', claim.first], ['last', claim.last]];
    default:
      return [['numerator', claim.numerator], ['denominator', claim.denominator]];
  }
}

function undecided(kind: ClaimKind, reason: CannotCheckReason, field: string, message: LocalizedText): UndecidedClaim {
  return Object.freeze({ kind, status: 'cannot-check', consistent: null, reason, field, message });
}

type StatCannotCheck = Exclude<CannotCheckReason, 'unreadable-number' | 'unit-mismatch' | 'out-of-range'>;

/** How each reason a statistic gives maps to a claim's reason (inputs are never missing in a claim). */
const REASONS: Readonly<Record<StatReason, StatCannotCheck>> = Object.freeze({
  'missing-value': 'empty-interval',
  'missing-base': 'empty-interval',
  'invalid-period': 'invalid-years',
  'empty-denominator': 'zero-base',
  'zero-base': 'zero-base',
  'denominator-contains-zero': 'base-interval-contains-zero',
  'negative-base': 'negative-base',
  'negative-value': 'negative-value',
  'zero-years': 'invalid-years',
  'invalid-years': 'invalid-years',
  // A CAGR claim over more than 1000 years (a mistyped year) cannot be checked.
  'too-many-years': 'invalid-years',
  'empty-interval': 'empty-interval',
});

/** Turns an undefined statistic into a cannot-check result, naming the claim's own field. */
function fromStat(kind: ClaimKind, u: { readonly code: StatReason; readonly field: string }, fields: readonly string[], baseField: string): UndecidedClaim {
  const reason = REASONS[u.code];
  const field = fields.includes(u.field) || u.field === 'years' ? u.field : baseField;
  return undecided(kind, reason, field, M[reason]({ field }));
}

/** The most parts an explanation writes out; the others are counted, so that a message stays short. */
const SHOWN_PARTS = 20;

/** The terms of a sum as published: the first {@link SHOWN_PARTS}, then how many more. */
function sumTerms(ops: readonly Operand[], l: Locale): string {
  const shown = ops.slice(0, SHOWN_PARTS).map((o) => formatOperand(o, l));
  const more = ops.length - shown.length;
  if (more > 0) shown.push(l === 'vi' ? `… (thêm ${String(more)} số hạng)` : `… (${String(more)} more terms)`);
  return shown.join(' + ');
}

interface Computation {
  readonly value: Exact;
  readonly exact: boolean;
  /** The computed interval, or why there is none (the internal refusals, or a statistic's reason for a growth rate). */
  readonly interval: IResult | Refusal;
}

/** How a two-input computation reads in one locale: its formula over the inputs as published, then the result. */
function formulaText(claim: Claim, ops: readonly Operand[], exact: boolean, v: string, l: Locale): string {
  if (claim.kind === 'sum') return `${sumTerms(ops, l)} = ${v}`;
  const a = formatOperand(ops[0] as Operand, l);
  const b = formatOperand(ops[1] as Operand, l);
  if (claim.kind === 'change') return `${a} / ${b} − 1 = ${v}`;
  if (claim.kind === 'cagr') return `(${b} / ${a})^(1/${String(claim.years)}) − 1 ${exact ? '=' : '≈'} ${v}`;
  return `${a} / ${b} = ${v}`;
}

type Refusal = { readonly ok: false; readonly code: StatReason; readonly field: string };
type Exact = { readonly ok: true; readonly value: Rat } | Refusal;

/** A refusal of the exact computation, with the statistic's reason and the field at fault. */
function refuse(code: StatReason, field: string): Refusal {
  return { ok: false, code, field };
}

/**
 * The exact quotient a / b on internal rationals, with the statistics' refusals (as `share`,
 * `averagePer`, `ratioOf` and `percentChange` give them): `zero-base` for a zero divisor,
 * `negative-base` for a negative one when the computation needs a positive base.
 */
function quotient(a: Rat, b: Rat, field: string, positive: boolean): Exact {
  const s = sign(b);
  if (s === 0) return refuse('zero-base', field);
  if (s < 0 && positive) return refuse('negative-base', field);
  return { ok: true, value: div(a, b) };
}

/**
 * The exact value and the interval of a claim's computation, on internal rationals and intervals
 * (src/internal/) from the inputs to the verdict: each input's value and interval are read once ({@link toI}
 * checks the interval: an operand may come from a caller's Quantity), and only the results are made public.
 */
function compute(claim: Claim, ops: readonly Operand[], fields: readonly string[]): Computation {
  const a = ops[0] as Operand;
  const b = ops[1] as Operand;
  switch (claim.kind) {
    case 'sum': {
      let total = R0;
      const intervals: I[] = [];
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k] as Operand;
        total = add(total, toRat(o.value));
        intervals.push(toI(o.interval, ['intervals', k]));
      }
      return { value: { ok: true, value: total }, exact: true, interval: { ok: true, value: sumI(intervals) } };
    }
    case 'change': {
      // current / previous − 1; a negative base is refused (percentChange's default policy).
      const q = quotient(toRat(a.value), toRat(b.value), 'previous', true);
      const value: Exact = q.ok ? { ok: true, value: sub(q.value, R1) } : q;
      return { value, exact: true, interval: changeI(toI(a.interval, 'current'), toI(b.interval, 'previous'), 'refuse') };
    }
    case 'cagr': {
      const r = cagr(a.value, b.value, claim.years);
      const i = cagrInterval(a.interval, b.interval, claim.years);
      return {
        value: r.ok ? { ok: true, value: toRat(r.value) } : refuse(r.reason.code, r.reason.field),
        exact: r.ok && r.exact,
        interval: i.ok ? { ok: true, value: toI(i.value) } : refuse(i.reason.code, i.reason.field),
      };
    }
    case 'share':
    case 'average': {
      const value = quotient(toRat(a.value), toRat(b.value), fields[1] as string, true);
      // The divisor is read first, as the statistics read it.
      const divisor = toI(b.interval, fields[1] as string);
      return { value, exact: true, interval: positiveDivI(toI(a.interval, fields[0] as string), divisor, fields[0] as string, fields[1] as string) };
    }
    default: {
      const value = quotient(toRat(a.value), toRat(b.value), 'denominator', false);
      const divisor = toI(b.interval, 'denominator');
      return { value, exact: true, interval: divI(toI(a.interval, 'numerator'), divisor, 'numerator', 'denominator') };
    }
  }
}

/** A computed interval made public once: frozen, with Ratio ends. */
function publicInterval(i: I): Interval {
  return Object.freeze({ lo: publicEnd(i.lo), hi: publicEnd(i.hi) });
}

function publicEnd(x: B): Bound | null {
  return x === null ? null : Object.freeze({ value: fromRat(x.v), open: x.open });
}

const MAX_DONG = BigInt(MAX_MONEY_DONG);

/** Whether an amount in đồng, rounded to whole đồng, lies beyond ±{@link MAX_MONEY_DONG}. */
function outOfMoneyRange(r: Ratio): boolean {
  const magnitude = r.numerator < 0n ? -r.numerator : r.numerator;
  return magnitude > MAX_DONG * r.denominator;
}

/** Whether two figures measure the same thing: the same dimension, the same noun counted, the same "per". */
function sameMeasure(a: Measure, b: Measure): boolean {
  return a.unit === b.unit && a.noun === b.noun && a.per === b.per;
}

/** What a figure measures, for unit checks and messages. */
function measureOf(o: Operand): Measure {
  return { unit: o.unit, ...(o.noun === undefined ? {} : { noun: o.noun }), ...(o.per === undefined ? {} : { per: o.per }) };
}

/** A plain number with no unit ("7", a `Ratio`): the only non-count an average may divide by. */
function isPlainNumber(o: Operand): boolean {
  return o.kind === 'number' && o.multiple !== true;
}

/** The unit-mismatch result: the field, what it measures and what the computation needs there. */
function mismatch(kind: ClaimKind, field: string, found: Measure, expected: Measure): UndecidedClaim {
  return Object.freeze({
    ...undecided(kind, 'unit-mismatch', field, M['unit-mismatch']({ field, found, expected })),
    found: Object.freeze(found),
    expected: Object.freeze(expected),
  });
}

/**
 * Which inputs must measure the same thing, and what the stated figure must be. Counts of different nouns
 * never add, compare or divide into a share ("5 người + 3 lớp" is no count at all); money goes with money; an
 * average divides by a count (or a plain number), and its stated figure is the total's unit, per the count's
 * noun when both are written.
 */
function unitProblem(claim: Claim, fields: readonly string[], ops: readonly Operand[], stated: Operand): UndecidedClaim | null {
  const first = ops[0] as Operand;
  if (claim.kind === 'sum') {
    for (let i = 0; i < ops.length; i++) {
      const o = ops[i] as Operand;
      if (!sameMeasure(o, stated)) return mismatch(claim.kind, fields[i] as string, measureOf(o), measureOf(stated));
    }
    return null;
  }
  const second = ops[1] as Operand;
  if (claim.kind === 'average') {
    if (second.unit !== 'count' && !isPlainNumber(second)) return mismatch(claim.kind, 'count', measureOf(second), { unit: 'count' });
    const total = measureOf(first);
    const per = second.noun;
    const want: Measure = { unit: total.unit, ...(total.noun === undefined ? {} : { noun: total.noun }), ...(per === undefined ? {} : { per }) };
    const got = measureOf(stated);
    const nounOk = got.noun === undefined || total.noun === undefined || got.noun === total.noun;
    const perOk = got.per === undefined || per === undefined || got.per === per;
    if (got.unit !== total.unit || !nounOk || !perOk || total.per !== undefined) return mismatch(claim.kind, 'stated', got, want);
    return null;
  }
  if (!sameMeasure(second, first)) return mismatch(claim.kind, fields[1] as string, measureOf(second), measureOf(first));
  if (stated.unit !== 'ratio') return mismatch(claim.kind, 'stated', measureOf(stated), { unit: 'ratio' });
  return null;
}

const BASE_FIELD: Readonly<Record<ClaimKind, string>> = Object.freeze({
  sum: 'parts',
  change: 'previous',
  share: 'whole',
  average: 'count',
  completion: 'target',
  cagr: 'first',
  ratio: 'denominator',
});

/** What a decided claim's explanation is written from. */
interface Explained {
  readonly claim: Claim;
  readonly ops: readonly Operand[];
  readonly stated: Operand;
  readonly value: Ratio;
  readonly exact: boolean;
  readonly consistent: boolean;
  readonly difference: Ratio;
  readonly gap: Ratio;
}

/** The bilingual explanation of a decided claim: the computation over the inputs as published, then the verdict. */
function explain(e: Explained): LocalizedText {
  const shown = formatAmount(e.stated, e.value);
  const computation = { vi: formulaText(e.claim, e.ops, e.exact, shown.vi, 'vi'), en: formulaText(e.claim, e.ops, e.exact, shown.en, 'en') };
  const statedText = formatStated(e.stated);
  return e.consistent
    ? M.consistent({ computation, stated: statedText })
    : M.inconsistent({
        computation,
        stated: statedText,
        difference: formatDifference(e.stated, e.difference),
        gap: formatDifference(e.stated, e.gap, false),
      });
}

/**
 * Decides whether a published derived figure is consistent with its published inputs. Every number stands
 * for the interval its written precision and qualifiers allow ("7,73 tỷ" is anything in [7,725; 7,735] tỷ;
 * "hơn 75" is above 75); the claim is consistent when some choice of inputs within their intervals gives a
 * result within the stated figure's interval, that is when the recomputed interval (exact interval arithmetic)
 * meets the stated interval. The result also carries the exact recomputation from the stated values, the gap
 * between the two intervals (0 when they meet) and a bilingual explanation. Never throws for a value of the
 * {@link Claim} type: unreadable numbers, units that do not match, amounts beyond the exact money range and
 * undefined computations (a zero base) give a `cannot-check` result with the reason. A value outside the type
 * (not an object, an unknown kind, a missing field, a number that is neither text nor a Quantity, Money, Count,
 * Percent or Ratio) is not a claim that cannot be checked but a caller's error: it is refused with the
 * {@link KhuyenCongError} {@link parseClaim} gives (read JSON with {@link parseClaim} first).
 *
 * @param input - the claim: its kind, its inputs and the stated figure.
 * @returns the decided claim, or a `cannot-check` result.
 * @throws {@link KhuyenCongError} `claim.not-object`, `claim.unknown-kind`, `claim.missing-field`,
 *   `claim.bad-parts`, `claim.bad-number`, `claim.bad-years` or `input.unreadable` for a
 *   value outside the {@link Claim} type; never for a claim.
 * @category Claims
 * @example
 * // seed 003: the 2014 plan's components against its stated total
 * const r = checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' });
 * r.status; // "inconsistent"
 * r.status === 'inconsistent' && r.difference.toString(); // "32000000"
 * r.status === 'inconsistent' && r.gap.toString();        // "26000000"
 */
export function checkClaim(input: Claim): ClaimResult {
  // Read once into a plain record: a value outside the Claim type is refused (parseClaim's codes), never a TypeError.
  const claim = readClaim(input);
  const inputs = inputsOf(claim);
  const fields: string[] = [];
  const ops: Operand[] = [];
  for (const [field, n] of inputs) {
    const r = toOperand(n);
    if (!r.ok) return undecided(claim.kind, 'unreadable-number', field, M['unreadable-number']({ field, problem: r.reason.message }));
    fields.push(field);
    ops.push(r.value);
  }
  const s = toOperand(claim.stated);
  if (!s.ok) return undecided(claim.kind, 'unreadable-number', 'stated', M['unreadable-number']({ field: 'stated', problem: s.reason.message }));
  const stated = s.value;
  const problem = unitProblem(claim, fields, ops, stated);
  if (problem !== null) return problem;
  const c = compute(claim, ops, fields);
  if (!c.value.ok) return fromStat(claim.kind, c.value, fields, BASE_FIELD[claim.kind]);
  if (!c.interval.ok) return fromStat(claim.kind, c.interval, fields, BASE_FIELD[claim.kind]);
  const exactValue = c.value.value;
  const value = fromRat(exactValue);
  const computed = c.interval.value;
  const statedI = toI(stated.interval, 'b');
  const consistent = !emptyI(intersectI(computed, statedI));
  // An empty interval (only from a caller's own Quantity) meets nothing and has no distance: the gap is then 0.
  const gapValue = fromRat(emptyI(computed) || emptyI(statedI) ? R0 : gapI(computed, statedI));
  const interval = publicInterval(computed);
  const difference = fromRat(sub(exactValue, toRat(stated.value)));
  if (stated.unit === 'money') {
    // Money is written in whole đồng up to ±MAX_MONEY_DONG; past it no figure of the claim can be shown exactly.
    const field = outOfMoneyRange(value) ? 'value' : outOfMoneyRange(stated.value) ? 'stated' : outOfMoneyRange(difference) ? 'difference' : outOfMoneyRange(gapValue) ? 'gap' : undefined;
    if (field !== undefined) return undecided(claim.kind, 'out-of-range', field, M['out-of-range']({ field }));
  }
  // The explanation is built when first read (issue 19: formatting was 40% of a check whose verdict is often all a caller reads).
  const message = lazyText(explain, { claim, ops, stated, value, exact: c.exact, consistent, difference, gap: gapValue });
  const result: DecidedClaim = {
    kind: claim.kind,
    status: consistent ? 'consistent' : 'inconsistent',
    consistent,
    value,
    exact: c.exact,
    interval,
    stated: stated.value,
    statedInterval: stated.interval,
    gap: gapValue,
    difference,
    unit: stated.unit,
    message,
  };
  return Object.freeze(result);
}
