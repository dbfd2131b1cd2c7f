import type { Interval } from './Interval.js';
import type { Ratio } from './Ratio.js';
import type { CountUnit } from './units.js';

/**
 * What a qualifier word says about a number (see docs/statistics.md for the semantics of each):
 * `more-than` (hơn, trên), `nearly` (gần: a little below), `about` (khoảng, ước, xấp xỉ),
 * `at-least` (ít nhất, tối thiểu), `at-most` (tối đa, không quá), `planned` (dự kiến).
 * @category Quantities
 */
export type Qualifier = 'more-than' | 'nearly' | 'about' | 'at-least' | 'at-most' | 'planned';

/** The kind of a parsed quantity. @category Quantities */
export type QuantityKind = 'money' | 'count' | 'percent' | 'number';

/**
 * A number as published, read from Vietnamese text (see `parseQuantity`): its exact stated value in base
 * units, its precision interval, its unit and qualifiers, and the text it came from.
 *
 * @category Quantities
 */
export interface Quantity {
  readonly kind: QuantityKind;
  /** The stated value in base units: đồng for money, items for counts, a ratio (0.1716) for percentages. */
  readonly value: Ratio;
  /** What the published number can stand for, given its written precision and its qualifiers. */
  readonly interval: Interval;
  /** The count unit, for counts. */
  readonly unit?: CountUnit;
  readonly qualifiers: readonly Qualifier[];
  /** The text it was read from. */
  readonly text: string;
}
