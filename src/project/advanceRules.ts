import { RULE_DATES } from '../eligibility/regimeDates.js';
import type { Citation } from '../policy/citation.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { checkDate } from '../internal/date.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { CITE_ADVANCE, tt36Text } from './lifecycle.js';
import { DEFAULT_TT17_SWITCH_DATE } from './registrationRegime.js';
import type { AdvanceType } from './vocabulary.js';

/**
 * What must be true before an advance: nothing but the contract (`contract`), more than half the supported
 * work done (`half-work`), work worth more than 70 % of the total investment done (`investment-70`), or the
 * grassroots acceptance (nghiệm thu cơ sở) recorded (`acceptance`).
 * @category Projects
 */
export type AdvanceCondition = 'contract' | 'half-work' | 'investment-70' | 'acceptance';

/**
 * The ids of the advance rules.
 * @category Projects
 */
export type AdvanceRuleId =
  | 'advance.30-after-half-work'
  | 'advance.70-on-contract'
  | 'advance.70-after-70-percent-investment'
  | 'advance.100-after-acceptance';

/**
 * An advance rule of TT 36/2013/TT-BCT: the share of the support amount that may be advanced, the condition
 * before it, the đề án types it covers, its citation, and the wording it belongs to (`TT36-2013`, the
 * original wording from 2014-02-10 to the unknown day TT 17/2018 took effect; `TT36-as-amended-TT17-2018`).
 * @category Projects
 */
export interface AdvanceRule {
  readonly id: AdvanceRuleId;
  readonly rate: Ratio;
  readonly condition: AdvanceCondition;
  /** `condition === 'half-work'` (kept for callers of the first version). */
  readonly afterHalfWork: boolean;
  readonly types: readonly AdvanceType[];
  readonly citation: Citation;
  readonly wording: 'TT36-2013' | 'TT36-as-amended-TT17-2018';
}

const CLUSTER: readonly AdvanceType[] = ['CCN_INFRASTRUCTURE', 'CCN_POLLUTION_TREATMENT'];
const CONTRACT_S32: readonly AdvanceType[] = [
  'VOCATIONAL_TRAINING',
  'CONSULTING',
  'TRAINING',
  'WORKSHOP_FORUM',
  'STUDY_TOUR',
  'BRAND',
  'ASSOCIATION',
  'INDUSTRIAL_ENTERPRISE_CLUSTER',
  'CLEANER_PRODUCTION_ASSESSMENT',
];
/** Art. 13(2)(c): fairs, domestic fair participation, TV/radio, web, leaflets and other media, CCN planning. */
const CONTRACT_13_2_C: readonly AdvanceType[] = ['FAIR_ORGANISING', 'FAIR_PARTICIPATION_DOMESTIC', 'MEDIA', 'CCN_DETAILED_PLANNING'];

const rule = (
  id: AdvanceRuleId,
  rate: string,
  condition: AdvanceCondition,
  types: readonly AdvanceType[],
  citation: Citation,
  wording: AdvanceRule['wording'],
): AdvanceRule => ({ id, rate: ratio(rate), condition, afterHalfWork: condition === 'half-work', types, citation, wording });

/**
 * The advance rules as amended by TT 17/2018 (S32, secondary; article not confirmed): the first two are
 * `[30 % after half the work, 70 % on contract]`. Frozen.
 * @category Projects
 * @example
 * ADVANCE_RULES[0].rate.toString(); // "0.3"
 */
export const ADVANCE_RULES: readonly [AdvanceRule, AdvanceRule] = deepFreeze([
  rule('advance.30-after-half-work', '0.3', 'half-work', CLUSTER, CITE_ADVANCE, 'TT36-as-amended-TT17-2018'),
  rule('advance.70-on-contract', '0.7', 'contract', CONTRACT_S32, CITE_ADVANCE, 'TT36-as-amended-TT17-2018'),
] as const);

/**
 * The advance rules of TT 36/2013's original wording, Art. 13 in full (read in S59), in force from
 * 2014-02-10 until TT 17/2018 took effect (a day no source gives: the end is unknown, and callers set it
 * with `tt17SwitchDate`). Frozen.
 * @category Projects
 * @example
 * TT36_2013_ADVANCE_RULES.map((r) => `${r.id} ${r.rate.toString()}`);
 * // ['advance.30-after-half-work 0.3', 'advance.70-on-contract 0.7', 'advance.70-on-contract 0.7',
 * //  'advance.70-on-contract 0.7', 'advance.70-after-70-percent-investment 0.7', 'advance.100-after-acceptance 1']
 */
export const TT36_2013_ADVANCE_RULES: readonly AdvanceRule[] = deepFreeze([
  rule('advance.30-after-half-work', '0.3', 'half-work', CLUSTER, tt36Text(13, 1), 'TT36-2013'),
  rule('advance.70-on-contract', '0.7', 'contract', ['VOCATIONAL_TRAINING'], tt36Text(13, 2, 'a'), 'TT36-2013'),
  rule('advance.70-on-contract', '0.7', 'contract', CONTRACT_S32.filter((t) => t !== 'VOCATIONAL_TRAINING'), tt36Text(13, 2, 'b'), 'TT36-2013'),
  rule('advance.70-on-contract', '0.7', 'contract', CONTRACT_13_2_C, tt36Text(13, 2, 'c'), 'TT36-2013'),
  rule(
    'advance.70-after-70-percent-investment',
    '0.7',
    'investment-70',
    ['DEMO_MODEL', 'MACHINERY_TECH_TRANSFER', 'ESTABLISHMENT_POLLUTION_TREATMENT'],
    tt36Text(13, 2, 'd'),
    'TT36-2013',
  ),
  rule('advance.100-after-acceptance', '1', 'acceptance', ['ENTERPRISE_FOUNDING'], tt36Text(13, 3), 'TT36-2013'),
]);

/**
 * The advance rule of a đề án type on a day, or `undefined` when the sources give none: before 2014-02-10
 * (QĐ 5918/QĐ-BCT governed; not modelled), for `OTHER`, or, under the amended wording, for the types only
 * the original wording names.
 * @param type - the đề án type.
 * @param at - the day of the advance (default: the amended wording, as in the first version).
 * @param switchDate - the first day of TT 17/2018 ({@link DEFAULT_TT17_SWITCH_DATE} by default).
 * @returns the rule.
 * @throws {@link KhuyenCongError} `date.invalid` when `at` (if given) or `switchDate` is not a real date.
 * @category Projects
 * @example
 * advanceRuleFor('STUDY_TOUR')?.id; // 'advance.70-on-contract'
 * advanceRuleFor('ENTERPRISE_FOUNDING', '2016-05-01')?.rate.toString(); // '1'
 * advanceRuleFor('ENTERPRISE_FOUNDING', '2020-05-01'); // undefined
 * advanceRuleFor('OTHER');          // undefined
 */
export function advanceRuleFor(type: AdvanceType, at?: string, switchDate: string = DEFAULT_TT17_SWITCH_DATE): AdvanceRule | undefined {
  if (at !== undefined) checkDate(at, ['at']);
  checkDate(switchDate, ['switchDate']);
  if (at !== undefined && at < RULE_DATES.TT36_FROM) return undefined;
  const rules = at !== undefined && at < switchDate ? TT36_2013_ADVANCE_RULES : ADVANCE_RULES;
  return rules.find((r) => r.types.includes(type));
}
