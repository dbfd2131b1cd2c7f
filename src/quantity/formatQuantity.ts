import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { absRat, mul, rat, type Rat } from '../internal/rational.js';
import { unitNoun } from './formatCount.js';
import { moneyNumber, moneyText, pickScale } from './formatMoney.js';
import { DEFAULT_PERCENT_DECIMALS } from './formatPercent.js';
import { shortestDecimals, writeDecimal } from './numberText.js';
import type { Qualifier, Quantity } from './Quantity.js';
import { toRat } from './Ratio.js';
import type { MoneyScale } from './scales.js';
import { COUNT_UNITS } from './units.js';

/** Options of {@link formatQuantity}. @category Quantities */
export interface FormatQuantityOptions {
  /** `'vi'` (default) writes text that `parseQuantity` reads back; `'en'` writes English. */
  readonly locale?: LocaleTag;
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, { readonly vi: string; readonly en: string }>> = Object.freeze({
  'more-than': { vi: 'hơn', en: 'more than' },
  nearly: { vi: 'gần', en: 'nearly' },
  about: { vi: 'khoảng', en: 'about' },
  'at-least': { vi: 'ít nhất', en: 'at least' },
  'at-most': { vi: 'tối đa', en: 'at most' },
  planned: { vi: 'dự kiến', en: 'planned' },
});

/**
 * Writes a parsed quantity back as text with its qualifiers, direction, range, "x/y" total, multiple and
 * "per" unit, at its written precision: `formatQuantity(parseQuantity(t))` reads back to the same value and
 * interval (in Vietnamese, the canonical spelling of each word: "tỉ" becomes "tỷ", "ngàn" becomes "nghìn",
 * "03" becomes "3", "ít nhất là" becomes "ít nhất").
 *
 * @param q - the quantity.
 * @param options - the locale.
 * @returns the text.
 * @category Quantities
 * @example
 * formatQuantity(parseQuantity('ít nhất là 2 mô hình'));   // "ít nhất 2 mô hình"
 * formatQuantity(parseQuantity('tăng 17,16%'), { locale: 'en' }); // "up 17.16%"
 */
export function formatQuantity(q: Quantity, options: FormatQuantityOptions = {}): string {
  const locale = resolveLocale(options.locale);
  const words: string[] = [];
  if (q.qualifiers.includes('planned')) words.push(QUALIFIER_WORDS.planned[locale]);
  if (q.direction !== undefined) {
    words.push(locale === 'vi' ? (q.direction === 'increase' ? 'tăng' : 'giảm') : q.direction === 'increase' ? 'up' : 'down');
  }
  for (const qual of q.qualifiers) if (qual !== 'planned') words.push(QUALIFIER_WORDS[qual][locale]);
  if (q.multiple === true && locale === 'vi') words.push('gấp');

  const magnitude = (r: Rat): Rat => (q.direction === undefined ? r : absRat(r));
  let ends: Rat[] = q.range === undefined ? [magnitude(toRat(q.value))] : [magnitude(toRat(q.range.lo)), magnitude(toRat(q.range.hi))];
  if (ends.length === 2 && q.direction === 'decrease') ends = [ends[1] as Rat, ends[0] as Rat];

  let body: string;
  if (q.kind === 'money') {
    const written: { scale?: MoneyScale; decimals?: number } = {};
    if (q.decimals !== undefined) written.decimals = q.decimals;
    const scale = q.scale ?? pickScale(ends[ends.length - 1] as Rat);
    written.scale = scale;
    body = moneyText(ends.map((r) => moneyNumber(r, written, { locale }).text).join(' - '), scale, locale);
  } else {
    const first = ends[0] as Rat;
    const points = q.kind === 'percent' ? 100n : 1n;
    const decimals = q.decimals ?? (q.kind === 'percent' ? DEFAULT_PERCENT_DECIMALS : shortestDecimals(first, 3));
    let num = ends.map((r) => writeDecimal(mul(r, rat(points)), decimals, 'half-up', locale)).join(' - ');
    if (q.of !== undefined) num += `/${writeDecimal(toRat(q.of), decimals, 'half-up', locale)}`;
    if (q.kind === 'percent') body = `${num}%`;
    else if (q.kind === 'count' && q.unit !== undefined) body = `${num} ${unitNoun(q.unit, q.of === undefined ? first : toRat(q.of), locale)}`;
    else if (q.multiple === true) body = locale === 'vi' ? `${num} lần` : `${num} times`;
    else body = num;
  }
  if (q.per !== undefined) body += locale === 'vi' ? `/1 ${COUNT_UNITS[q.per].vi[0]}` : ` per ${COUNT_UNITS[q.per].one}`;
  words.push(body);
  return words.join(' ');
}
