/**
 * A regime: the eligibility rules of one period, as a strategy object (one file per regime) picked by
 * date. The core never switches on a regime's name: it evaluates whatever tables the regime in force gives.
 */
import { text, type LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import type { RegimeId } from '../policy/regimes.js';
import type { FactPath } from './Applicant.js';
import type { DecisionRow, DecisionTable, RowOutcome } from './DecisionTable.js';


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
  ARTISAN: 'ARTISAN',
} as const);

/** SME size classes. @internal */
export const SME = Object.freeze(['MICRO', 'SMALL', 'MEDIUM'] as const);
