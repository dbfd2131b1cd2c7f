import { div, rat } from '../internal/rational.js';
import { isRatio, ratio, type Ratio } from './Ratio.js';
import { fromRat } from '../internal/ratio.js';
import { toRat } from '../internal/rational.js';

/**
 * A percentage as an exact ratio (17,16% is the ratio 0.1716). A distinct type from {@link Money} and
 * {@link Count}.
 *
 * @category Quantities
 */
export interface Percent {
  readonly kind: 'percent';
  /** The exact ratio: 0.1716 for 17,16%. */
  readonly ratio: Ratio;
}

/**
 * Makes a percentage from its number of percent points, written as a '.'-decimal string or an integer.
 * @category Quantities
 * @example
 * percent('17.16').ratio.toString(); // "0.1716"
 */
export function percent(points: string | number | bigint): Percent {
  return Object.freeze({ kind: 'percent', ratio: fromRat(div(toRat(ratio(points)), rat(100n))) }) as Percent;
}

/**
 * Whether a value is a {@link Percent}: `kind: 'percent'` with a {@link Ratio} (checked by its brand, so a
 * Percent made by another copy of the library passes).
 * @category Quantities
 * @example
 * isPercent(percent('17.16')); // true
 * isPercent({ kind: 'percent', ratio: 0.1716 }); // false
 */
export function isPercent(value: unknown): value is Percent {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as { kind?: unknown }).kind === 'percent' && isRatio((value as { ratio?: unknown }).ratio);
  } catch {
    return false; // a revoked Proxy or a getter that throws: not a Percent
  }
}
