import type { Applicant } from './Applicant.js';
import { checkDate, evaluateApplicant, type EligibilityResult, type EvaluateOptions } from './engine.js';

/**
 * Options of {@link checkEligibility} and {@link checkEligibilityMany}.
 * @category Eligibility
 */
export interface CheckEligibilityOptions {
  /** The evaluation date, `YYYY-MM-DD`: the rules in force on that day apply. */
  readonly at: string;
}

/**
 * Decides whether an applicant is eligible for khuyến công support on a date, and why: every rule in
 * force that concerns the applicant gives a reason with its status, the facts it used, its citation and
 * a message in Vietnamese and English. A missing fact that a rule needs makes the outcome `needs-review`
 * and is listed in `missing`; nothing is guessed. Synchronous and pure; the applicant is not modified.
 * @param applicant - the applicant's facts (every fact optional; validate untrusted input with
 *   {@link parseApplicant} first).
 * @param options - the evaluation date.
 * @returns the outcome, the regime, the reasons, the missing facts and the priority flags.
 * @throws {@link KhuyenCongError} `date.invalid` when `at` is not a real `YYYY-MM-DD` date from 1900-01-01 to 2999-12-31;
 *   `eligibility.invalid-applicant` when the applicant is not an object (any JSON value is answered one way
 *   or the other, never with a TypeError).
 * @category Eligibility
 * @example
 * const r = checkEligibility(
 *   { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'BUSINESS_HOUSEHOLD', location: { unitKind: 'XA' }, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING' },
 *   { at: '2025-10-15' },
 * );
 * r.outcome; // 'eligible'
 * r.regime; // 'ND45-as-amended-ND235'
 * checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' }).outcome; // 'ineligible'
 */
export function checkEligibility(applicant: Applicant, options: CheckEligibilityOptions): EligibilityResult {
  const at = checkDate(readAt(options));
  return evaluateApplicant(applicant, undefined, at, FULL);
}

/** The options of a full check (the discretionary rules included): one object for every call. @internal */
export const FULL: EvaluateOptions = Object.freeze({ discretionary: true });

/** The `at` of an options argument of any JSON value (a Proxy or a throwing getter reads as absent). @internal */
export function readAt(options: unknown): unknown {
  try {
    return typeof options === 'object' && options !== null ? (options as { at?: unknown }).at : undefined;
  } catch {
    return undefined;
  }
}
