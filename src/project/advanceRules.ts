import { ratio, type Ratio } from '../quantity/Ratio.js';
import { ADVANCE_TYPES, type AdvanceType } from './vocabulary.js';

/** The two cluster types: 30 % after more than half the work. */
const AFTER_HALF_WORK: readonly AdvanceType[] = ['CCN_INFRASTRUCTURE', 'CCN_POLLUTION_TREATMENT'];
/** Every other type with a sourced rule (all but the cluster types and `OTHER`): 70 % on contract. */
const ON_CONTRACT: readonly AdvanceType[] = ADVANCE_TYPES.filter((t) => t !== 'OTHER' && !AFTER_HALF_WORK.includes(t));

/**
 * An advance rule of TT 36/2013/TT-BCT (S32, secondary): the share of the support amount that may be
 * advanced, whether more than half the supported work must be done first, and the đề án types it covers.
 * @category Projects
 */
export interface AdvanceRule {
  readonly id: 'advance.70-on-contract' | 'advance.30-after-half-work';
  readonly rate: Ratio;
  readonly afterHalfWork: boolean;
  readonly types: readonly AdvanceType[];
}

/**
 * The two advance rules. Frozen.
 * @category Projects
 * @example
 * ADVANCE_RULES[0].rate.toString(); // "0.3"
 */
export const ADVANCE_RULES: readonly [AdvanceRule, AdvanceRule] = Object.freeze([
  Object.freeze({
    id: 'advance.30-after-half-work',
    rate: ratio('0.3'),
    afterHalfWork: true,
    types: Object.freeze([...AFTER_HALF_WORK]),
  }),
  Object.freeze({
    id: 'advance.70-on-contract',
    rate: ratio('0.7'),
    afterHalfWork: false,
    types: Object.freeze([...ON_CONTRACT]),
  }),
] as const);

/**
 * The advance rule of a đề án type, or `undefined` for a type the sources give no rule for.
 * @param type - the đề án type.
 * @returns the rule.
 * @category Projects
 * @example
 * advanceRuleFor('STUDY_TOUR')?.id; // 'advance.70-on-contract'
 * advanceRuleFor('OTHER');          // undefined
 */
export function advanceRuleFor(type: AdvanceType): AdvanceRule | undefined {
  return ADVANCE_RULES.find((r) => r.types.includes(type));
}
