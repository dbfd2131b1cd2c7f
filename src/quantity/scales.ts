import { text, type LocalizedText } from '../internal/messages.js';

/**
 * The scale words of Vietnamese amounts of money, with their power of ten and their English names.
 * `'đồng'` is the unscaled amount. Parsing also accepts the spellings `ngàn` (= nghìn) and `tỉ` (= tỷ);
 * formatting always writes the canonical spelling here. Frozen.
 *
 * @category Quantities
 * @example
 * MONEY_SCALES['tỷ'].exponent; // 9
 */
export const MONEY_SCALES = Object.freeze({
  'đồng': Object.freeze({ exponent: 0, label: text('đồng', '') }),
  'nghìn': Object.freeze({ exponent: 3, label: text('nghìn', 'thousand') }),
  'triệu': Object.freeze({ exponent: 6, label: text('triệu', 'million') }),
  'tỷ': Object.freeze({ exponent: 9, label: text('tỷ', 'billion') }),
  'nghìn tỷ': Object.freeze({ exponent: 12, label: text('nghìn tỷ', 'trillion') }),
} as const satisfies Record<string, { readonly exponent: number; readonly label: LocalizedText }>);

/** A scale word of an amount of money (see {@link MONEY_SCALES}). @category Quantities */
export type MoneyScale = keyof typeof MONEY_SCALES;
