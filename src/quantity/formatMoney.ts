import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { fail } from '../internal/errors.js';
import { showValue } from '../internal/showValue.js';
import type { Locale } from '../internal/messages.js';
import { absRat, cmp, div, rat, roundToDecimals, type Rat, type RoundingMode } from '../internal/rational.js';
import { quantityMessages as M } from './messages.js';
import { checkQuantity } from './checkQuantity.js';
import { MAX_MONEY_DONG, type Money } from './Money.js';
import { checkObject, optionsOf, checkDecimals, shortestDecimals, writeDecimal } from './numberText.js';
import type { Quantity } from './Quantity.js';
import { toRat } from '../internal/rational.js';
import { MONEY_SCALES, type MoneyScale } from './scales.js';

/** The most decimals {@link formatMoney} writes when it picks them itself. @category Quantities */
export const DEFAULT_MONEY_MAX_DECIMALS = 3;

/** Options of {@link formatMoney}. @category Quantities */
export interface FormatMoneyOptions {
  /** `'vi'` (default): "63,335 tỷ đồng"; `'en'`: "VND 63.335 billion". */
  readonly locale?: LocaleTag;
  /**
   * The scale word. By default: the scale written in a parsed quantity; otherwise `'tỷ'` from 1 tỷ,
   * `'triệu'` from 1 triệu, else `'đồng'` (never `'nghìn'` or `'nghìn tỷ'` unless asked for).
   */
  readonly scale?: MoneyScale;
  /**
   * Digits after the decimal mark (0–20, trailing zeros kept). By default: the digits written in a parsed
   * quantity (when its scale is used); otherwise the fewest that write the amount exactly, at most
   * {@link DEFAULT_MONEY_MAX_DECIMALS}, rounding beyond that.
   */
  readonly decimals?: number;
  /** How the amount is rounded to `decimals`; `'half-up'` (ties away from zero) by default. */
  readonly rounding?: RoundingMode;
}

const TY: Rat = rat(1_000_000_000n);
const TRIEU: Rat = rat(1_000_000n);

/** The exact amount in đồng of a Money or of a money quantity; the written scale and decimals if any. */
export function moneyAmount(amount: Money | Quantity): { value: Rat; scale?: MoneyScale; decimals?: number } {
  let dong: unknown;
  let moneyLike = false;
  try {
    moneyLike = amount.kind === 'money' && 'dong' in amount;
    if (moneyLike) dong = (amount as Money).dong;
  } catch {
    moneyLike = false; // a revoked Proxy or a getter that throws: checkQuantity refuses it below
  }
  if (moneyLike) {
    // A Money of another copy of the library, or from JSON: only a safe integer of đồng is an amount.
    if (!Number.isSafeInteger(dong)) fail('quantity.not-money', M.notObject({ what: 'amount.dong', value: showValue(dong, 40) }), ['amount', 'dong']);
    return { value: rat(BigInt(dong as number)) };
  }
  checkQuantity(amount, 'amount');
  if (amount.kind !== 'money') {
    return fail('quantity.not-money', M.notKind({ text: amount.text, expected: 'money', actual: amount.kind }));
  }
  const q = amount;
  const out: { value: Rat; scale?: MoneyScale; decimals?: number } = { value: toRat(q.value) };
  if (q.scale !== undefined) out.scale = q.scale;
  if (q.decimals !== undefined) out.decimals = q.decimals;
  return out;
}

/** The scale formatMoney picks for an amount in đồng. */
export function pickScale(value: Rat): MoneyScale {
  const a = absRat(value);
  if (cmp(a, TY) >= 0) return 'tỷ';
  if (cmp(a, TRIEU) >= 0) return 'triệu';
  return 'đồng';
}

const MAX_DONG = BigInt(MAX_MONEY_DONG);

/**
 * The number part of a money text (no unit) and the scale it is in. Rounding never produces a text that reads
 * as something else: an automatic scale moves up when rounding reaches 1 000 of it (999 999 999 đồng is
 * "1 tỷ đồng", not "1.000,000 triệu đồng"); automatic decimals grow when rounding would pass the largest Money
 * (so that `parseQuantity` reads the text back); the đồng scale has no decimals (an amount in đồng is whole,
 * and "1,500 đồng" would read as an English thousands separator).
 */
export function moneyNumber(value: Rat, written: { scale?: MoneyScale; decimals?: number }, options: FormatMoneyOptions, locale: Locale): { text: string; scale: MoneyScale } {
  const mode = options.rounding ?? 'half-up';
  let scale = options.scale ?? written.scale ?? pickScale(value);
  const autoScale = options.scale === undefined && written.scale === undefined;
  const choose = (): { inScale: Rat; decimals: number; auto: boolean } => {
    const inScale = div(value, rat(10n ** BigInt(MONEY_SCALES[scale].exponent)));
    if (scale === 'đồng') {
      if (options.decimals !== undefined) checkDecimals(options.decimals);
      return { inScale, decimals: 0, auto: false };
    }
    if (options.decimals !== undefined) return { inScale, decimals: checkDecimals(options.decimals), auto: false };
    if (written.decimals !== undefined && written.scale === scale) return { inScale, decimals: written.decimals, auto: false };
    return { inScale, decimals: shortestDecimals(inScale, DEFAULT_MONEY_MAX_DECIMALS), auto: true };
  };
  let c = choose();
  if (autoScale && scale === 'triệu' && absBig(roundToDecimals(c.inScale, c.decimals, mode)) >= 1000n * 10n ** BigInt(c.decimals)) {
    scale = 'tỷ';
    c = choose();
  }
  if (c.auto) {
    const exponent = MONEY_SCALES[scale].exponent;
    while (c.decimals < exponent && absBig(roundToDecimals(c.inScale, c.decimals, mode)) * 10n ** BigInt(exponent - c.decimals) > MAX_DONG) c.decimals += 1;
  }
  return { text: writeDecimal(c.inScale, c.decimals, mode, locale), scale };
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** Joins a money number and its scale in a locale: "63,335 tỷ đồng" / "VND 63.335 billion". */
export function moneyText(num: string, scale: MoneyScale, locale: Locale): string {
  if (locale === 'en') return scale === 'đồng' ? `VND ${num}` : `VND ${num} ${MONEY_SCALES[scale].label.en}`;
  return scale === 'đồng' ? `${num} đồng` : `${num} ${scale} đồng`;
}

/**
 * Writes an amount of money as Vietnamese (or English) texts do, with a sensible scale word: "63,335 tỷ đồng",
 * "700 triệu đồng", "1.200.000 đồng"; in English "VND 63.335 billion". A parsed money quantity keeps its
 * written scale and precision, so formatting `parseQuantity('4,020 tỷ đồng')` gives back "4,020 tỷ đồng".
 * Qualifiers are not written (see `formatQuantity`).
 *
 * @param amount - a {@link Money} or a money {@link Quantity}.
 * @param options - locale, scale, decimals and rounding (see {@link FormatMoneyOptions}).
 * @returns the text.
 * @throws {@link KhuyenCongError} `quantity.not-money` for a quantity of another kind, `quantity.bad-decimals`.
 * @category Quantities
 * @example
 * formatMoney(money(63_335_000_000));                    // "63,335 tỷ đồng"
 * formatMoney(money(63_335_000_000), { locale: 'en' });  // "VND 63.335 billion"
 * formatMoney(money(700_000_000));                       // "700 triệu đồng"
 * formatMoney(parseQuantity('4,020 tỷ đồng'));           // "4,020 tỷ đồng"
 */
export function formatMoney(amount: Money | Quantity, options?: FormatMoneyOptions): string {
  checkObject(amount, 'amount');
  const opts = optionsOf(options);
  const locale = resolveLocale(opts.locale);
  const written = moneyAmount(amount);
  const { text, scale } = moneyNumber(written.value, written, opts, locale);
  return moneyText(text, scale, locale);
}
