import type { LocalizedText } from '../internal/messages.js';
import type { Interval } from './Interval.js';
import type { Ratio } from './Ratio.js';
import type { MoneyScale } from './scales.js';
import type { CountUnit } from './units.js';

/**
 * What a qualifier word says about a number (docs/quantities.md gives the interval of each):
 * `more-than` (hơn, trên, nhiều hơn), `less-than` (dưới, ít hơn), `nearly` (gần: a little below), `about` (khoảng, ước, ước tính, xấp xỉ),
 * `at-least` (ít nhất, tối thiểu), `at-most` (tối đa, không quá, lên đến), `planned` (dự kiến).
 * @category Quantities
 */
export type Qualifier = 'more-than' | 'less-than' | 'nearly' | 'about' | 'at-least' | 'at-most' | 'planned';

/** The kind of a parsed quantity. @category Quantities */
export type QuantityKind = 'money' | 'count' | 'percent' | 'number';

/**
 * The direction of a stated change: `increase` (tăng, cao hơn), `decrease` (giảm, thấp hơn). ("nhiều hơn" and
 * "ít hơn" are bounds, `more-than` and `less-than`, not directions.)
 * @category Quantities
 */
export type Direction = 'increase' | 'decrease';

/**
 * The two ends of a written range ("10 - 15 đề án"), in base units.
 * @category Quantities
 */
export interface QuantityRange {
  readonly lo: Ratio;
  readonly hi: Ratio;
  /** Digits written after the decimal comma at each end, as written ("1,5 - 2 tỷ" → [1, 0]). */
  readonly decimals?: readonly [number, number];
}

/**
 * A doubt about a reading that the caller accepted by an option (the reading is returned, flagged): for
 * example `quantity.whole-reading` when `{ ambiguousSeparator: 'whole' }` read "1,200 người" as 1 200.
 * @category Quantities
 */
export interface QuantityWarning {
  readonly code: string;
  readonly message: LocalizedText;
}

/**
 * A number as published, read from Vietnamese text (see `parseQuantity`): its exact stated value in base
 * units, its precision interval, its unit and qualifiers, and the text it came from. The first six fields are
 * the stable core; the optional ones describe how the number was written.
 *
 * @category Quantities
 */
export interface Quantity {
  readonly kind: QuantityKind;
  /**
   * The stated value in base units: đồng for money, items for counts, a ratio (0.1716) for percentages. Signed
   * for a stated decrease ("giảm 4%" is -0.04). For a range, the midpoint of its two ends.
   */
  readonly value: Ratio;
  /** What the published number can stand for, given its written precision and its qualifiers. */
  readonly interval: Interval;
  /** The count unit, for counts. */
  readonly unit?: CountUnit;
  readonly qualifiers: readonly Qualifier[];
  /** The text it was read from. */
  readonly text: string;
  /** For money: the scale word as written (`'đồng'` when there is none). */
  readonly scale?: MoneyScale;
  /** The number of digits written after the decimal comma ("4,020" has 3). */
  readonly decimals?: number;
  /** Half a unit of the last written digit, in base units: the written precision ("54,06 tỷ" → 5 000 000 đồng). */
  readonly halfUnit?: Ratio;
  /** For a stated change: its direction. */
  readonly direction?: Direction;
  /** For "x/y" ("28/28 tỉnh"): the total y, in base units; `value` is x. */
  readonly of?: Ratio;
  /** For a written range ("10 - 15 đề án"): its two ends as written, in base units. */
  readonly range?: QuantityRange;
  /** `true` for a multiple ("gấp 2,5 lần", "2,5 lần"): kind `'number'`, value 2.5. */
  readonly multiple?: true;
  /** For a rate per unit ("3,17 tỷ đồng/1 tỉnh, thành phố"): the unit it is per. */
  readonly per?: CountUnit;
  /** Doubts about the reading that an option accepted (see {@link QuantityWarning}); absent when there are none. */
  readonly warnings?: readonly QuantityWarning[];
}
