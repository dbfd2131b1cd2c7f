/**
 * Writing exact decimals the way Vietnamese and English texts do. Internal to the quantity area.
 */
import { fail } from '../internal/errors.js';
import type { Locale } from '../internal/messages.js';
import { roundToDecimals, type Rat, type RoundingMode } from '../internal/rational.js';
import { showValue } from '../internal/showValue.js';
import { quantityMessages as M } from './messages.js';

/**
 * The options object of a format function: `undefined` and `null` (from JSON) are no options; anything that is
 * not an object is `quantity.bad-option`.
 */
export function optionsOf<T extends object>(options: T | null | undefined): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') fail('quantity.bad-option', M.notObject({ what: 'options', value: showValue(options, 40) }), ['options']);
  return options;
}

/** Throws `quantity.not-quantity` unless the value is an object (the format functions read its fields). */
export function checkObject(value: unknown, field: string): void {
  if (typeof value !== 'object' || value === null) fail('quantity.not-quantity', M.notObject({ what: field, value: showValue(value, 40) }), [field]);
}

/** The largest number of decimals the format functions write. */
export const MAX_FORMAT_DECIMALS = 20;

/** Throws unless `decimals` is a whole number from 0 to {@link MAX_FORMAT_DECIMALS}. */
export function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_FORMAT_DECIMALS) {
    fail('quantity.bad-decimals', M.badDecimals({ decimals: String(decimals) }), ['decimals']);
  }
  return decimals;
}

/** Groups the digits of a non-negative integer string in threes with `separator`. */
function group(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out === '' ? '' : separator) + digits.slice(i, i + 3);
  return out;
}

/**
 * A rational rounded to `decimals` places with `mode`, written with the locale's marks: "1.200,5" (vi),
 * "1,200.5" (en). A result that rounds to zero has no minus sign. `signed` writes "+" before positive values.
 */
export function writeDecimal(r: Rat, decimals: number, mode: RoundingMode, locale: Locale, signed = false): string {
  const scaled = roundToDecimals(r, decimals, mode);
  const negative = scaled < 0n;
  let digits = (negative ? -scaled : scaled).toString();
  if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
  const cut = digits.length - decimals;
  const thousands = locale === 'vi' ? '.' : ',';
  const point = locale === 'vi' ? ',' : '.';
  const body = group(digits.slice(0, cut), thousands) + (decimals > 0 ? point + digits.slice(cut) : '');
  return (negative ? '-' : signed && scaled > 0n ? '+' : '') + body;
}

/** The fewest decimals (at most `cap`) that write `r` exactly, or `cap` when none does. */
export function shortestDecimals(r: Rat, cap: number): number {
  // r × 10^d is an integer iff its denominator divides 10^d.
  for (let d = 0; d < cap; d++) if ((10n ** BigInt(d)) % r.d === 0n) return d;
  return cap;
}
