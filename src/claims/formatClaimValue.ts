/**
 * How the claims area writes figures in its explanations: published numbers as they were published, computed
 * numbers with the quantity area's formatters in the stated figure's unit (money in the stated scale, a
 * percentage with two more decimals than stated, a count or multiple as a plain number).
 */
import type { Locale, LocalizedText } from '../internal/messages.js';
import { isTerminating, terminatingDecimals, toRat } from '../internal/rational.js';
import { formatMoney } from '../quantity/formatMoney.js';
import { formatPercent } from '../quantity/formatPercent.js';
import { money } from '../quantity/Money.js';
import { ratio, ratioToFixed, type Ratio } from '../quantity/Ratio.js';
import { MONEY_SCALES, type MoneyScale } from '../quantity/scales.js';
import type { Interval } from '../quantity/Interval.js';
import type { ClaimOperand, Operand } from './operand.js';

/**
 * How a figure is written, what {@link formatClaimAmount} writes a computed value like: its kind, and for money its
 * scale word, and the decimals written. A {@link ClaimOperand} is one.
 * @category Claims
 */
export type ClaimFigureShape = Pick<ClaimOperand, 'kind'> & Partial<Pick<ClaimOperand, 'scale' | 'decimals'>>;

/** @internal The claims area's name of a {@link ClaimFigureShape}. */
export type Shape = ClaimFigureShape;

/** Extra decimals shown for a computed value beyond the stated figure's own. */
const EXTRA_DECIMALS = 2;
/** The most decimals a computed value is written with (it is rounded half-up beyond). */
const MAX_DECIMALS = 6;

/** Exact when the expansion is short (at most {@link MAX_DECIMALS} places), else two more places than written. */
function decimalsFor(value: Ratio, written: number): number {
  const r = toRat(value);
  if (isTerminating(r)) return Math.min(terminatingDecimals(r), MAX_DECIMALS);
  return Math.min(MAX_DECIMALS, written + EXTRA_DECIMALS);
}

/** A plain number in a locale: "1.234,5" (vi) or "1,234.5" (en). */
export function writePlain(value: Ratio, decimals: number, locale: Locale): string {
  const fixed = ratioToFixed(value, decimals);
  const [int = '', frac] = fixed.replace('-', '').split('.');
  const group = locale === 'vi' ? '.' : ',';
  const point = locale === 'vi' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${fixed.startsWith('-') ? '-' : ''}${grouped}${frac === undefined ? '' : point + frac}`;
}

/** Money in a scale (or the formatter's own choice of scale), rounded half-up to whole đồng first. */
function moneyText(scale: MoneyScale | undefined, written: number, value: Ratio, locale: Locale): string {
  const dong = money(BigInt(ratioToFixed(value, 0)));
  if (scale === undefined) return formatMoney(dong, { locale });
  const exponent = MONEY_SCALES[scale].exponent;
  const scaled = ratio(value.numerator, value.denominator * 10n ** BigInt(exponent));
  return formatMoney(dong, { locale, scale, decimals: Math.min(decimalsFor(scaled, written), exponent) });
}

/** A computed amount in the stated figure's unit, in one locale. */
export function amountIn(stated: Shape, value: Ratio, locale: Locale): string {
  switch (stated.kind) {
    case 'money':
      return moneyText(stated.scale, stated.decimals ?? 0, value, locale);
    case 'percent': {
      const points = ratio(value.numerator * 100n, value.denominator);
      return formatPercent(value, { locale, decimals: decimalsFor(points, stated.decimals ?? 0) });
    }
    default:
      return writePlain(value, decimalsFor(value, stated.decimals ?? 0), locale);
  }
}

/** A computed amount in both languages. */
export function formatAmount(stated: Shape, value: Ratio): LocalizedText {
  return { vi: amountIn(stated, value, 'vi'), en: amountIn(stated, value, 'en') };
}

/**
 * A gap or a difference in both languages: signed when asked, percentages as percentage points, and money
 * below one unit of the stated scale also in its own scale ("0,032 tỷ đồng (32 triệu đồng)").
 */
export function formatDifference(stated: Shape, difference: Ratio, signed = true): LocalizedText {
  const sign = signed && difference.numerator > 0n ? '+' : '';
  const a = formatAmount(stated, difference);
  if (stated.kind === 'percent') {
    return { vi: `${sign}${a.vi.replace('%', '')} điểm phần trăm`, en: `${sign}${a.en.replace('%', '')} percentage points` };
  }
  const one = stated.scale === undefined ? 1n : 10n ** BigInt(MONEY_SCALES[stated.scale].exponent);
  const magnitude = difference.numerator < 0n ? -difference.numerator : difference.numerator;
  if (stated.kind === 'money' && magnitude !== 0n && magnitude < one * difference.denominator) {
    const own = { vi: moneyText(undefined, 0, difference, 'vi'), en: moneyText(undefined, 0, difference, 'en') };
    return { vi: `${sign}${a.vi} (${sign}${own.vi})`, en: `${sign}${a.en} (${sign}${own.en})` };
  }
  return { vi: sign + a.vi, en: sign + a.en };
}

/** A stated figure for a message: its published text in quotes, or its exact value. */
export function formatStated(op: Operand): LocalizedText {
  if (op.text !== undefined) return { vi: `“${op.text}”`, en: `“${op.text}”` };
  return formatAmount(op, op.value);
}

/** An input as published (its text), or its exact value written in its own unit. */
export function formatOperand(op: Operand, locale: Locale = 'vi'): string {
  // English text writes every number in English notation: the published Vietnamese text only in Vietnamese.
  if (op.text !== undefined && locale === 'vi') return op.text;
  return amountIn(op, op.value, locale);
}

/** An interval in words, its ends written like the figure: "từ 52,9221 đến 52,974 tỷ đồng" / "from … to …". */
export function formatInterval(shape: Shape, interval: Interval): LocalizedText {
  const end = (v: Ratio): LocalizedText => formatAmount(shape, v);
  const { lo, hi } = interval;
  if (lo !== null && hi !== null && !lo.open && !hi.open && lo.value.numerator === hi.value.numerator && lo.value.denominator === hi.value.denominator) {
    const a = end(lo.value);
    return { vi: `đúng ${a.vi}`, en: `exactly ${a.en}` };
  }
  if (lo !== null && hi !== null) {
    const a = end(lo.value);
    const b = end(hi.value);
    return {
      vi: `từ ${a.vi}${lo.open ? ' (không kể)' : ''} đến ${b.vi}${hi.open ? ' (không kể)' : ''}`,
      en: `from ${a.en}${lo.open ? ' (excluded)' : ''} to ${b.en}${hi.open ? ' (excluded)' : ''}`,
    };
  }
  if (lo !== null) {
    const a = end(lo.value);
    return lo.open ? { vi: `trên ${a.vi}`, en: `above ${a.en}` } : { vi: `từ ${a.vi} trở lên`, en: `${a.en} or more` };
  }
  if (hi !== null) {
    const b = end(hi.value);
    return hi.open ? { vi: `dưới ${b.vi}`, en: `below ${b.en}` } : { vi: `tối đa ${b.vi}`, en: `at most ${b.en}` };
  }
  return { vi: 'bất kỳ giá trị nào', en: 'any value' };
}
