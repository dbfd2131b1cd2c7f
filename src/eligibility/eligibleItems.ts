import { inPeriod } from '../internal/date.js';
import { SUPPORT_ITEMS, type SupportItemId } from '../policy/supportItems.js';
import { supportLevelAt, type SupportLevelLookup } from '../policy/supportLevelAt.js';
import { localSupportLevel, parsePolicyPacks, readFundsOption, type LocalLevelLookup, type PackProvince } from '../policy/packs/pricing.js';
import type { Applicant, FactPath } from './Applicant.js';
import type { CheckEligibilityOptions } from './checkEligibility.js';
import { readAt } from './checkEligibility.js';
import { checkDate, evaluate, readApplicant, type EligibilityReason } from './engine.js';

/**
 * A support item open to the applicant: `eligible`, or `needs-review` (a fact is missing or a rule needs
 * human judgement), with its support level from the policy catalogue.
 * @category Eligibility
 */
export interface EligibleItem {
  readonly item: SupportItemId;
  readonly outcome: 'eligible' | 'needs-review';
  /** The level and cap in force on the date (`ok: true`, `value: { level, warnings }`), or an explicit not-modelled (`ok: false`). */
  readonly level: SupportLevelLookup;
  /** With `funds: 'LOCAL'`: the level for local funds under the province's policy pack in force on the date. */
  readonly localLevel?: LocalLevelLookup;
  /** The reasons of the item's own rules (the beneficiary reasons are those of {@link checkEligibility}). */
  readonly reasons: readonly EligibilityReason[];
  readonly missing: readonly FactPath[];
}

// The typical-product selection items pay the organiser of a round (per round), not an applicant.
const ORGANISER_ITEMS: readonly SupportItemId[] = [
  'TYPICAL_PRODUCT_SELECTION_DISTRICT',
  'TYPICAL_PRODUCT_SELECTION_COMMUNE',
  'TYPICAL_PRODUCT_SELECTION_PROVINCIAL',
  'TYPICAL_PRODUCT_SELECTION_REGIONAL',
  'TYPICAL_PRODUCT_SELECTION_NATIONAL',
];

/**
 * The support items open to an applicant on a date, each with its level and cap from the policy catalogue
 * (`{ ok: false, reason }` where the level is not known). An item is left out when a rule fails; the appraisal
 * council's judgement, which every đề án still needs, is not part of this list.
 * @param applicant - the applicant's facts (`requestedItem` is ignored: every item is tried).
 * @param options - the evaluation date; with `funds: 'LOCAL'`, `policy` (a policy pack or an array of them)
 *   and optionally `province`, each item also carries `localLevel`, its level for local funds.
 * @returns the open items, in catalogue order.
 * @throws {@link KhuyenCongError} `date.invalid` when `at` is not a real `YYYY-MM-DD` date from 1900-01-01 to 2999-12-31;
 *   `eligibility.invalid-applicant` when the applicant is not an object.
 * @category Eligibility
 * @example
 * const items = eligibleItems(
 *   { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'COOPERATIVE', location: { unitKind: 'XA', difficulty: 'NONE' }, industry: 'HANDICRAFT' },
 *   { at: '2024-06-01' },
 * );
 * items.some((i) => i.item === 'ENTERPRISE_FOUNDING'); // false: founding support needs a difficult area
 * items.find((i) => i.item === 'MACHINERY_APPLICATION')?.level.ok; // true (50%, 300 million đồng)
 */
export function eligibleItems(
  applicant: Applicant,
  options: CheckEligibilityOptions & { readonly funds?: 'NATIONAL' | 'LOCAL'; readonly policy?: unknown; readonly province?: PackProvince },
): readonly EligibleItem[] {
  const at = checkDate(readAt(options));
  const local = readFundsOption(options) === 'LOCAL';
  const packs = local ? parsePolicyPacks(options.policy) : [];
  const facts = readApplicant(applicant);
  const out: EligibleItem[] = [];
  const seen = new Set<SupportItemId>();
  for (const entry of SUPPORT_ITEMS) {
    if (seen.has(entry.id) || ORGANISER_ITEMS.includes(entry.id) || !inPeriod(at, entry.validFrom, entry.validTo)) continue;
    seen.add(entry.id);
    const r = evaluate({ ...facts, requestedItem: entry.id }, at, { discretionary: false });
    if (r.outcome === 'ineligible') continue;
    out.push({
      item: entry.id,
      outcome: r.outcome,
      level: supportLevelAt(entry.id, at),
      ...(local ? { localLevel: localSupportLevel(entry.id, at, { policy: packs, province: options.province }) } : {}),
      reasons: r.reasons.filter((x) => x.rule.startsWith('item.')),
      missing: r.missing,
    });
  }
  return out;
}
