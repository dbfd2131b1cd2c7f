import type { Applicant } from './Applicant.js';
import type { CheckEligibilityOptions } from './checkEligibility.js';
import { checkDate, evaluate, type EligibilityResult } from './engine.js';

/**
 * Checks many applicants on one date: the same answers as {@link checkEligibility} for each, with the
 * date checked once. Suited to batch runs (a province's register, a data pipeline).
 * @param applicants - the applicants.
 * @param options - the evaluation date.
 * @returns one result per applicant, in order.
 * @throws {@link KhuyenCongError} `eligibility.invalid-date` when `at` is not a real `YYYY-MM-DD` date.
 * @category Eligibility
 * @example
 * checkEligibilityMany(
 *   [{ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { group: 'CCN_INFRA_INVESTOR' }],
 *   { at: '2024-01-01' },
 * ).map((r) => r.outcome); // ['ineligible', 'ineligible']
 */
export function checkEligibilityMany(applicants: readonly Applicant[], options: CheckEligibilityOptions): EligibilityResult[] {
  const at = checkDate((options as Partial<typeof options> | undefined)?.at);
  const out = new Array<EligibilityResult>(applicants.length);
  for (let i = 0; i < applicants.length; i++) out[i] = evaluate(applicants[i] as Applicant, at, { discretionary: true });
  return out;
}
