/**
 * How the report writes values for people. The one place that picks formats, so that the report reads the
 * same in every section.
 */
import { formatMoney, type Locale, type Money } from '../index.js';

/**
 * An amount as the press writes it: "300 triệu đồng" / "VND 300 million" (`formatMoney`, at most three
 * decimals of the scale).
 * @param m - the amount.
 * @param locale - the language.
 * @returns the text.
 */
export function moneyText(m: Money, locale: Locale): string {
  return formatMoney(m, { locale });
}
