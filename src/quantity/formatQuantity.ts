import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { absRat, div, mul, R1, rat, type Rat } from '../internal/rational.js';
import { unitNoun } from './formatCount.js';
import { moneyNumber, moneyText, pickScale } from './formatMoney.js';
import { DEFAULT_PERCENT_DECIMALS } from './formatPercent.js';
import { checkQuantity } from './checkQuantity.js';
import { optionsOf, shortestDecimals, writeDecimal } from './numberText.js';
import type { Qualifier, Quantity } from './Quantity.js';
import { toRat } from '../internal/rational.js';
import type { MoneyScale } from './scales.js';
import { COUNT_UNITS } from './units.js';

/** Options of {@link formatQuantity}. @category Quantities */
export interface FormatQuantityOptions {
  /** `'vi'` (default) writes text that `parseQuantity` reads back; `'en'` writes English. */
  readonly locale?: LocaleTag;
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, { readonly vi: string; readonly en: string }>> = Object.freeze({
  'more-than': { vi: 'hơn', en: 'more than' },
  'less-than': { vi: 'dưới', en: 'less than' },
  nearly: { vi: 'gần', en: 'nearly' },
  about: { vi: 'khoảng', en: 'about' },
  'at-least': { vi: 'ít nhất', en: 'at least' },
  'at-most': { vi: 'tối đa', en: 'at most' },
  planned: { vi: 'dự kiến', en: 'planned' },
});

/**
 * Writes a parsed quantity back as text with its qualifiers, direction, range, "x/y" total, multiple and
 * "per" unit, at its written precision (each end of a range at its own: "1,5 - 2 tỷ đồng" stays so):
 * `formatQuantity(parseQuantity(t))` reads back to the same value and interval (in Vietnamese, the canonical
 * spelling of each word: "tỉ" becomes "tỷ", "ngàn" becomes "nghìn", "03" becomes "3", "ít nhất là" becomes
 * "ít nhất", "ít hơn" becomes "dưới"). English text uses English number notation ("1,200.5").
 *
 * @param q - the quantity.
 * @param options - the locale.
 * @returns the text.
 * @throws {@link KhuyenCongError} `locale.unsupported` for a locale other than vi / en (and their regional tags).
 * @category Quantities
 * @example
 * formatQuantity(parseQuantity('ít nhất là 2 mô hình'));   // "ít nhất 2 mô hình"
 * formatQuantity(parseQuantity('tăng 17,16%'), { locale: 'en' }); // "up 17.16%"
 */
export function formatQuantity(q: Quantity, options?: FormatQuantityOptions): string {
  checkQuantity(q, 'q');
  const opts = optionsOf(options);
  const locale = resolveLocale(opts.locale);
  const words: string[] = [];
  if (q.qualifiers.includes('planned')) words.push(QUALIFIER_WORDS.planned[locale]);
  if (q.direction !== undefined) {
    words.push(locale === 'vi' ? (q.direction === 'increase' ? 'tăng' : 'giảm') : q.direction === 'increase' ? 'up' : 'down');
  }
  for (const qual of q.qualifiers) if (qual !== 'planned') words.push(QUALIFIER_WORDS[qual][locale]);
  if (q.multiple === true && locale === 'vi') words.push('gấp');

  // The numbers as written: a change by its size, a division ("giảm 3,5 lần", factor 1/3,5) by its divisor.
  const inverse = q.multiple === true && q.direction === 'decrease';
  const written = (r: Rat): Rat => (inverse ? (r.n === 0n ? r : div(R1, absRat(r))) : q.direction === undefined ? r : absRat(r));
  let ends: Rat[] = q.range === undefined ? [written(toRat(q.value))] : [written(toRat(q.range.lo)), written(toRat(q.range.hi))];
  let endDecimals: (number | undefined)[] = q.range?.decimals === undefined ? ends.map(() => q.decimals) : [...q.range.decimals];
  if (ends.length === 2 && q.direction === 'decrease') {
    ends = [ends[1] as Rat, ends[0] as Rat];
    endDecimals = [endDecimals[1], endDecimals[0]];
  }

  // An amount or a count written with a sign is not clipped at zero ("+0 tỷ" is [−0,5; 0,5] tỷ): keep the "+".
  const plus =
    q.direction === undefined &&
    (q.kind === 'money' || q.kind === 'count') &&
    (q.interval.lo === null || q.interval.lo.value.numerator < 0n) &&
    (ends[0] as Rat).n >= 0n;
  const signFirst = (k: number, t: string): string => (plus && k === 0 ? `+${t}` : t);

  let body: string;
  if (q.kind === 'money') {
    const scale = q.scale ?? pickScale(ends[ends.length - 1] as Rat);
    const nums = ends.map((r, k) => {
      const w: { scale?: MoneyScale; decimals?: number } = { scale };
      const d = endDecimals[k];
      if (d !== undefined) w.decimals = d;
      return signFirst(k, moneyNumber(r, w, {}, locale).text);
    });
    body = moneyText(nums.join(' - '), scale, locale);
  } else {
    const first = ends[0] as Rat;
    const points = q.kind === 'percent' ? 100n : 1n;
    const fallback = q.kind === 'percent' ? DEFAULT_PERCENT_DECIMALS : shortestDecimals(first, 3);
    let num = ends.map((r, k) => signFirst(k, writeDecimal(mul(r, rat(points)), endDecimals[k] ?? fallback, 'half-up', locale))).join(' - ');
    if (q.of !== undefined) num += `/${writeDecimal(toRat(q.of), q.decimals ?? fallback, 'half-up', locale)}`;
    if (q.kind === 'percent') body = `${num}%`;
    else if (q.kind === 'count' && q.unit !== undefined) body = `${num} ${unitNoun(q.unit, q.of === undefined ? first : toRat(q.of), locale)}`;
    else if (q.multiple === true) body = locale === 'vi' ? `${num} lần` : `${num} times`;
    else body = num;
  }
  if (q.per !== undefined) body += locale === 'vi' ? `/1 ${COUNT_UNITS[q.per].vi[0]}` : ` per ${COUNT_UNITS[q.per].one}`;
  words.push(body);
  return words.join(' ');
}
