/**
 * How the report writes values for people. The one place that picks formats, so that the report reads the
 * same in every section.
 */
import type { Locale, Money } from '../index.js';

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * An amount in whole đồng with digit grouping: "800.000.000 đồng" / "800,000,000 đồng".
 * @param m - the amount.
 * @param locale - the language.
 * @returns the text.
 */
export function moneyText(m: Money, locale: Locale): string {
  const sign = m.dong < 0 ? '−' : '';
  return `${sign}${group(String(Math.abs(m.dong)), locale === 'vi' ? '.' : ',')} đồng`;
}
