import type { Applicant } from './Applicant.js';
import type { CheckEligibilityOptions } from './checkEligibility.js';
import { FULL, readAt } from './checkEligibility.js';
import { showValue } from '../internal/showValue.js';
import { checkDate, evaluateApplicant, type EligibilityResult } from './engine.js';
import { fail } from '../internal/errors.js';
import { M } from './messages.js';

/**
 * Checks many applicants on one date: the same answers as {@link checkEligibility} for each, with the
 * date checked once. Suited to batch runs (a province's register, a data pipeline).
 * @param applicants - the applicants.
 * @param options - the evaluation date.
 * @returns one result per applicant, in order.
 * @throws {@link KhuyenCongError} `date.invalid` when `at` is not a real `YYYY-MM-DD` date from 1900-01-01 to 2999-12-31;
 *   `eligibility.invalid-applicant` when `applicants` is not an array or one of them is not an object.
 * @category Eligibility
 * @example
 * checkEligibilityMany(
 *   [{ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { group: 'CCN_INFRA_INVESTOR' }],
 *   { at: '2024-01-01' },
 * ).map((r) => r.outcome); // ['ineligible', 'ineligible']
 */
export function checkEligibilityMany(applicants: readonly Applicant[], options: CheckEligibilityOptions): EligibilityResult[] {
  const at = checkDate(readAt(options));
  if (!isArray(applicants)) fail('eligibility.invalid-applicant', M.invalidApplicantList({ value: showValue(applicants) }), []);
  const out = new Array<EligibilityResult>(applicants.length);
  for (let i = 0; i < applicants.length; i++) out[i] = evaluateApplicant(applicants[i], i, at, FULL);
  return out;
}

/** `Array.isArray` that reads a revoked Proxy as "not an array" instead of throwing. */
function isArray(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}
