import { resolveLocale, type LocaleTag } from '../internal/locale.js';
import { fail } from '../internal/errors.js';
import type { Locale } from '../internal/messages.js';
import { rat, type Rat } from '../internal/rational.js';
import { checkQuantity } from './checkQuantity.js';
import { isCount, type Count } from './Count.js';
import { quantityMessages as M } from './messages.js';
import { checkObject, optionsOf, writeDecimal } from './numberText.js';
import type { Quantity } from './Quantity.js';
import { toRat } from '../internal/rational.js';
import { COUNT_UNITS, type CountUnit } from './units.js';

/** Options of {@link formatCount}. @category Quantities */
export interface FormatCountOptions {
  /** `'vi'` (default): "1.200 người"; `'en'`: "1,200 people". */
  readonly locale?: LocaleTag;
}

/** The unit noun of a count in a locale (English singular for exactly one). */
export function unitNoun(unit: CountUnit, value: Rat, locale: Locale): string {
  const def = COUNT_UNITS[unit];
  if (locale === 'vi') return def.vi[0];
  return value.n === 1n && value.d === 1n ? def.one : def.label.en;
}

/**
 * Writes a count with its unit noun: "1.200 người", "03 lớp" is written "3 lớp"; in English "1,200 people".
 * A parsed count quantity keeps its written decimals and its "x/y" form ("28/28 tỉnh"). Qualifiers are not
 * written (see `formatQuantity`).
 *
 * @param value - a {@link Count} or a count {@link Quantity}.
 * @param options - the locale.
 * @returns the text.
 * @throws {@link KhuyenCongError} `quantity.not-count` for a quantity of another kind or without a unit.
 * @category Quantities
 * @example
 * formatCount(count(1200, 'person'));                   // "1.200 người"
 * formatCount(count(1200, 'person'), { locale: 'en' }); // "1,200 people"
 */
export function formatCount(value: Count | Quantity, options?: FormatCountOptions): string {
  checkObject(value, 'value');
  const opts = optionsOf(options);
  const locale = resolveLocale(opts.locale);
  if (!isCount(value)) {
    checkQuantity(value, 'value');
    if (value.kind !== 'count' || value.unit === undefined) {
      return fail('quantity.not-count', M.notKind({ text: value.text, expected: 'count-with-unit', actual: value.kind }));
    }
    const v = toRat(value.value);
    const decimals = value.decimals ?? 0;
    let num = writeDecimal(v, decimals, 'half-up', locale);
    if (value.of !== undefined) num += `/${writeDecimal(toRat(value.of), decimals, 'half-up', locale)}`;
    return `${num} ${unitNoun(value.unit, value.of === undefined ? v : toRat(value.of), locale)}`;
  }
  const v = rat(BigInt(value.value));
  return `${writeDecimal(v, 0, 'half-up', locale)} ${unitNoun(value.unit, v, locale)}`;
}
