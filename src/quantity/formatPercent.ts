import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { fail, KhuyenCongError } from '../internal/errors.js';
import { showValue } from '../internal/showValue.js';
import { mul, rat, type RoundingMode } from '../internal/rational.js';
import { quantityMessages as M } from './messages.js';
import { checkObject, optionsOf, checkDecimals, writeDecimal } from './numberText.js';
import type { Percent } from './Percent.js';
import type { Quantity } from './Quantity.js';
import { isRatio, Ratio } from './Ratio.js';
import { fromRat } from '../internal/ratio.js';
import { toRat } from '../internal/rational.js';

/** Decimals {@link formatPercent} writes by default. @category Quantities */
export const DEFAULT_PERCENT_DECIMALS = 2;

/** Options of {@link formatPercent}. @category Quantities */
export interface FormatPercentOptions {
  /**
   * Digits after the decimal mark (0–20). Default {@link DEFAULT_PERCENT_DECIMALS} (2); for a parsed percent
   * quantity, the digits it was written with.
   */
  readonly decimals?: number;
  /** `'vi'` (default): "17,16%"; `'en'`: "17.16%". */
  readonly locale?: LocaleTag;
  /** Write "+" before a positive value ("+17,16%"); negative values always carry "-". Default `false`. */
  readonly signed?: boolean;
  /** How the percentage is rounded to `decimals`; `'half-up'` (ties away from zero) by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Writes a ratio as a percentage: the ratio 0.1716 is "17,16%" (vi) or "17.16%" (en), rounded half-up to 2
 * decimals by default. A value that rounds to zero is written without a sign.
 *
 * @param value - a {@link Ratio} (0.1716 for 17,16%), a {@link Percent}, or a percent {@link Quantity}.
 * @param options - decimals, locale, sign and rounding (see {@link FormatPercentOptions}).
 * @returns the text.
 * @throws {@link KhuyenCongError} `quantity.not-percent` for a quantity of another kind, `quantity.bad-decimals`.
 * @category Quantities
 * @example
 * formatPercent(ratio(63335, 54060));                     // "117,16%"
 * formatPercent(ratio('0.1716'), { locale: 'en' });       // "17.16%"
 * formatPercent(ratio('-0.04'), { decimals: 0 });         // "-4%"
 * formatPercent(ratio('0.021'), { decimals: 1, signed: true }); // "+2,1%"
 */
export function formatPercent(value: Ratio | Percent | Quantity, options?: FormatPercentOptions): string {
  checkObject(value, 'value');
  const opts = optionsOf(options);
  const locale = resolveLocale(opts.locale);
  let r: Ratio;
  let written: number | undefined;
  try {
    [r, written] = percentOf(value as unknown as { readonly kind?: unknown; readonly text?: unknown });
  } catch (e) {
    if (e instanceof KhuyenCongError) throw e;
    // A revoked Proxy or a getter that throws: not a value that can be read.
    return fail('quantity.not-quantity', M.notObject({ what: 'value', value: showValue(value, 40) }), ['value']);
  }
  const decimals = opts.decimals !== undefined ? checkDecimals(opts.decimals) : (written ?? DEFAULT_PERCENT_DECIMALS);
  const points = mul(toRat(r), rat(100n));
  return `${writeDecimal(points, decimals, opts.rounding ?? 'half-up', locale, opts.signed ?? false)}%`;
}

/** The ratio of a Ratio, a Percent or a percent Quantity, and the decimals it was written with. */
function percentOf(v: { readonly kind?: unknown; readonly text?: unknown }): [Ratio, number | undefined] {
  if (isRatio(v)) return [v, undefined];
  if ('numerator' in v && 'denominator' in v) return [fromRat(toRat(v as unknown as Ratio)), undefined];
  if (v.kind === 'percent' && 'ratio' in v) return [(v as unknown as Percent).ratio, undefined];
  if ('text' in v && v.kind === 'percent') return [(v as unknown as Quantity).value, (v as unknown as Quantity).decimals];
  const kind = v.kind === 'money' || v.kind === 'count' ? v.kind : 'number';
  return fail('quantity.not-percent', M.notKind({ text: typeof v.text === 'string' ? v.text : '', expected: 'percent', actual: kind }));
}
