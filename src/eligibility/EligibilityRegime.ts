/**
 * A regime: the eligibility rules of one period, as a strategy object (one file per regime) picked by
 * date. The core never switches on a regime's name: it evaluates whatever tables the regime in force gives.
 */
import { text, type LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import type { FactPath } from './Applicant.js';
import type { DecisionRow, DecisionTable, RowOutcome } from './DecisionTable.js';

/**
 * The regimes: `ND45_2012` (2012-07-05 → 2025-10-14) and `ND45_AS_AMENDED_ND235` (from 2025-10-15).
 * @category Eligibility
 */
export type RegimeId = 'ND45_2012' | 'ND45_AS_AMENDED_ND235';

/** A priority flag (not a condition of eligibility). @category Eligibility */
export type PriorityId = 'women-owned' | 'ethnic-minority-owned';

/** A priority rule: the flag applies when the boolean fact at `path` is `true`. @category Eligibility */
export interface PriorityRule {
  readonly id: PriorityId;
  readonly path: FactPath;
  readonly label: LocalizedText;
  readonly citation: Citation;
}

/**
 * The eligibility rules of one period.
 * @category Eligibility
 */
export interface EligibilityRegime {
  readonly id: RegimeId;
  /** First day in force (`YYYY-MM-DD`). */
  readonly validFrom: string;
  /** Last day in force, or `null` while in force. */
  readonly validTo: string | null;
  readonly label: LocalizedText;
  readonly citation: Citation;
  /** The beneficiary and industry tables, in evaluation order. */
  readonly tables: readonly DecisionTable[];
  readonly priorities: readonly PriorityRule[];
}

/** Builds a frozen row. @internal */
export function row(
  when: { readonly [inputId: string]: readonly string[] },
  outcome: RowOutcome,
  vi: string,
  en: string,
  citation: Citation,
): DecisionRow {
  const w: Record<string, readonly string[]> = {};
  for (const [k, v] of Object.entries(when)) w[k] = Object.freeze([...v]);
  return Object.freeze({ when: Object.freeze(w), outcome, message: text(vi, en), citation });
}

/** Freezes a table. @internal */
export function table(t: DecisionTable): DecisionTable {
  return Object.freeze({ ...t, inputs: Object.freeze([...t.inputs]), rows: Object.freeze([...t.rows]) });
}

/** The group ids, for brevity in tables. @internal */
export const G = Object.freeze({
  A: 'RURAL_INDUSTRIAL_ESTABLISHMENT',
  B: 'CLEANER_PRODUCTION_ESTABLISHMENT',
  CCN: 'CCN_INFRA_INVESTOR',
  C: 'KC_MANAGER_OR_SERVICE_PROVIDER',
} as const);

/** The traditional industries of the 2012 list, by point (point c split in two). @internal */
export const INDUSTRY_POINTS = Object.freeze([
  ['AGRO_FOREST_FISHERY_FOOD_PROCESSING', 'a'],
  ['CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS', 'b'],
  ['AGRI_CHEMICALS', 'c'],
  ['BUILDING_MATERIALS', 'c'],
  ['MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY', 'd'],
  ['HANDICRAFT', 'đ'],
  ['CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT', 'g'],
] as const);

/** The industries reported as added by NĐ 235/2025. @internal */
export const INDUSTRIES_ADDED_2025 = Object.freeze(['HIGH_TECH', 'CLEAN_INDUSTRY', 'ENERGY_SAVING', 'ENVIRONMENTAL_INDUSTRY', 'GREEN_ENERGY'] as const);

/** SME size classes. @internal */
export const SME = Object.freeze(['micro', 'small', 'medium'] as const);
