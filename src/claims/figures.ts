/**
 * The claims area's reading and writing of figures, published with entry checks (issue 15, the seams): the audit
 * area reads a report's figures as {@link checkClaim} reads them and words its estimates as claims word their
 * explanations, through these functions only.
 */
import { fail } from '../internal/errors.js';
import { toI, type B } from '../internal/interval.js';
import type { LocalizedText } from '../internal/messages.js';
import { readOption } from '../internal/plain.js';
import { fromRat } from '../internal/ratio.js';
import { toRat } from '../internal/rational.js';
import type { Result } from '../internal/result.js';
import { showValue } from '../internal/showValue.js';
import type { Bound, Interval } from '../quantity/Interval.js';
import type { QuantityKind } from '../quantity/Quantity.js';
import type { Ratio } from '../quantity/Ratio.js';
import { MONEY_SCALES, type MoneyScale } from '../quantity/scales.js';
import type { ClaimNumber } from './Claim.js';
import { formatAmount, formatInterval, type ClaimFigureShape } from './formatClaimValue.js';
import { claimParseMessages as M } from './messages.js';
import { toOperand, type ClaimOperand } from './operand.js';
import { readNumber } from './readClaim.js';

const KINDS: readonly unknown[] = ['money', 'count', 'percent', 'number'];

/** A shape argument read once and checked: `claim.bad-shape` (path: `like`) otherwise. */
function readShape(like: unknown): ClaimFigureShape {
  const kind = readOption(like, 'kind');
  const scale = readOption(like, 'scale');
  const decimals = readOption(like, 'decimals');
  const good =
    KINDS.includes(kind) &&
    (scale === undefined || (typeof scale === 'string' && Object.hasOwn(MONEY_SCALES, scale))) &&
    (decimals === undefined || (Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 100));
  if (!good) {
    const value = typeof like === 'object' && like !== null ? `{ kind: ${showValue(kind, 20)}, scale: ${showValue(scale, 20)}, decimals: ${showValue(decimals, 20)} }` : showValue(like, 40);
    fail('claim.bad-shape', M['bad-shape']({ value }), ['like']);
  }
  return {
    kind: kind as QuantityKind,
    ...(scale === undefined ? {} : { scale: scale as MoneyScale }),
    ...(decimals === undefined ? {} : { decimals: decimals as number }),
  };
}

function publicEnd(x: B): Bound | null {
  return x === null ? null : { value: fromRat(x.v), open: x.open };
}

/**
 * Reads a claim number as {@link checkClaim} reads it: its exact value, the interval its published precision allows
 * (for a count written without decimals, the whole numbers in it), its unit, and how it was written.
 * @param n - the number: text as published (`"7,73 tỷ đồng"`), a parsed Quantity, a Money, Count, Percent or Ratio.
 * @returns `{ ok: true, value }` with the {@link ClaimOperand}, or `{ ok: false, reason }` for a text the parser does
 *   not read (`reason.code` is the parser's, e.g. `quantity.two-decimal-commas`).
 * @throws {@link KhuyenCongError} `claim.bad-number` (path: `number`) for a value of none of those types.
 * @category Claims
 * @example
 * const r = readClaimNumber('3 lớp');
 * r.ok && [r.value.unit, r.value.interval.lo?.value.toString(), r.value.interval.hi?.value.toString()]; // ['count', '3', '3']
 */
export function readClaimNumber(n: ClaimNumber): Result<ClaimOperand> {
  const r = toOperand(readNumber(n, ['number']));
  return r.ok ? Object.freeze({ ok: true, value: Object.freeze(r.value) }) : Object.freeze({ ok: false, reason: Object.freeze(r.reason) });
}

/**
 * Writes a computed value in a stated figure's unit, as claims write their explanations: money in the stated scale
 * (whole đồng, rounded half-up, then as many decimals as the exact value needs, at most the scale's), a
 * percentage with up to two more decimals than stated, a count or a plain number likewise (at most 6 decimals,
 * rounded half-up).
 * @param like - how the stated figure is written ({@link ClaimFigureShape}; a {@link ClaimOperand} is one).
 * @param value - the value, in the unit's base (đồng, items, a ratio).
 * @returns the text in Vietnamese and English notation.
 * @throws {@link KhuyenCongError} `claim.bad-shape` (path: `like`) for a shape that is not one; `ratio.not-ratio` for
 *   a value that is not a Ratio.
 * @category Claims
 * @example
 * formatClaimAmount({ kind: 'money', scale: 'tỷ', decimals: 2 }, ratio(63_367_000_000)); // { vi: '63,367 tỷ đồng', en: 'VND 63.367 billion' }
 */
export function formatClaimAmount(like: ClaimFigureShape, value: Ratio): LocalizedText {
  const shape = readShape(like);
  return formatAmount(shape, fromRat(toRat(value)));
}

/**
 * Writes an interval in words, its ends written like a stated figure ({@link formatClaimAmount}): "từ … đến …" /
 * "from … to …", "trên …" / "above …", "đúng …" / "exactly …".
 * @param like - how the stated figure is written.
 * @param interval - the interval, in the unit's base.
 * @returns the text in both languages.
 * @throws {@link KhuyenCongError} `claim.bad-shape` for a shape that is not one; `stats.invalid-interval` (path:
 *   `interval` and the end) for a value that is not an interval; `ratio.not-ratio` for a bound that is not a Ratio.
 * @category Claims
 * @example
 * formatClaimInterval({ kind: 'count' }, parseQuantity('hơn 75 cơ sở').interval).en; // 'above 75'
 */
export function formatClaimInterval(like: ClaimFigureShape, interval: Interval): LocalizedText {
  const shape = readShape(like);
  const i = toI(interval, 'interval');
  return formatInterval(shape, { lo: publicEnd(i.lo), hi: publicEnd(i.hi) });
}
