import type { Count } from '../quantity/Count.js';
import type { Money } from '../quantity/Money.js';
import type { Percent } from '../quantity/Percent.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { Ratio } from '../quantity/Ratio.js';

/**
 * A number in a claim: Vietnamese text as published ("7,73 tỷ đồng", "tăng 17,16%", "gấp 2,5 lần"), a parsed
 * {@link Quantity} (which carries its precision interval), or an exact value ({@link Money}, {@link Count},
 * {@link Percent}, {@link Ratio}) that stands for itself alone.
 * @category Claims
 */
export type ClaimNumber = string | Quantity | Money | Count | Percent | Ratio;

/**
 * The parts add up to the stated total: "54,06 tỷ đồng, trong đó 7,73 tỷ … 46,33 tỷ".
 * @category Claims
 */
export interface SumClaim {
  readonly kind: 'sum';
  readonly parts: readonly ClaimNumber[];
  readonly stated: ClaimNumber;
}

/**
 * The relative change from `previous` to `current` is the stated percentage ("tăng 17,16% so năm 2013").
 * @category Claims
 */
export interface ChangeClaim {
  readonly kind: 'change';
  readonly current: ClaimNumber;
  readonly previous: ClaimNumber;
  readonly stated: ClaimNumber;
}

/**
 * `part` is the stated share of `whole` ("chiếm 14,30%").
 * @category Claims
 */
export interface ShareClaim {
  readonly kind: 'share';
  readonly part: ClaimNumber;
  readonly whole: ClaimNumber;
  readonly stated: ClaimNumber;
}

/**
 * `total` divided by `count` is the stated average ("bình quân 3,17 tỷ đồng/1 tỉnh").
 * @category Claims
 */
export interface AverageClaim {
  readonly kind: 'average';
  readonly total: ClaimNumber;
  readonly count: ClaimNumber;
  readonly stated: ClaimNumber;
}

/**
 * `actual` against `target` is the stated completion rate ("đạt 105% kế hoạch").
 * @category Claims
 */
export interface CompletionClaim {
  readonly kind: 'completion';
  readonly actual: ClaimNumber;
  readonly target: ClaimNumber;
  readonly stated: ClaimNumber;
}

/**
 * Growing from `first` to `last` over `years` yearly steps is the stated compound annual rate
 * ("tăng bình quân 10%/năm").
 * @category Claims
 */
export interface CagrClaim {
  readonly kind: 'cagr';
  readonly first: ClaimNumber;
  readonly last: ClaimNumber;
  /** The number of yearly steps: a positive whole number (2014 → 2018 is 4). */
  readonly years: number;
  readonly stated: ClaimNumber;
}

/**
 * `numerator` is the stated multiple of `denominator` ("gấp 2,5 lần", "hơn 10 lần").
 * @category Claims
 */
export interface RatioClaim {
  readonly kind: 'ratio';
  readonly numerator: ClaimNumber;
  readonly denominator: ClaimNumber;
  readonly stated: ClaimNumber;
}

/**
 * A published derived figure together with the published inputs it is derived from.
 * @category Claims
 */
export type Claim = SumClaim | ChangeClaim | ShareClaim | AverageClaim | CompletionClaim | CagrClaim | RatioClaim;

/** The kind of a {@link Claim}. @category Claims */
export type ClaimKind = Claim['kind'];

/** The claim kinds, in the order of the documentation. @category Claims */
export const CLAIM_KINDS: readonly ClaimKind[] = Object.freeze([
  'sum',
  'change',
  'share',
  'average',
  'completion',
  'cagr',
  'ratio',
] as const);

/**
 * The number fields of each claim kind besides `stated` (and a sum's `parts`, a growth rate's `years`), in the
 * order of its formula: one table for the parser and for the entry check of `checkClaim`. @internal
 */
export const CLAIM_NUMBER_FIELDS: Readonly<Record<ClaimKind, readonly string[]>> = Object.freeze({
  sum: [],
  change: ['current', 'previous'],
  share: ['part', 'whole'],
  average: ['total', 'count'],
  completion: ['actual', 'target'],
  cagr: ['first', 'last'],
  ratio: ['numerator', 'denominator'],
});
