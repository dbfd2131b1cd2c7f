/**
 * A regime: the eligibility rules of one period, as a strategy object (one file per regime) picked by
 * date. The core never switches on a regime's name: it evaluates whatever tables the regime in force gives.
 */
import { text, type LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import type { RegimeId } from '../policy/regimes.js';
import type { FactPath } from './Applicant.js';
import type { DecisionRow, DecisionTable, RowOutcome } from './DecisionTable.js';


/**
 * A priority flag (not a condition of eligibility). 2025: the owner flags of NĐ 235/2025. 2012: NĐ 45/2012
 * Art. 6 and TT 46/2012 Art. 6 — the areas (6(1)(a)–(d) of TT 46) and the industries (TT 46 Art. 6(2)).
 * @category Eligibility
 */
export type PriorityId =
  | 'women-owned'
  | 'ethnic-minority-owned'
  | 'area-highland-island-border-ethnic'
  | 'area-poor-district'
  | 'area-new-rural-commune'
  | 'area-difficult'
  | 'industry-certified-typical-product'
  | 'industry-export'
  | 'industry-local-materials'
  | 'industry-labour-intensive'
  | 'industry-supporting'
  | 'industry-agro-processing';

/**
 * A priority rule: the flag applies when the fact at `path` is `true` (`when` absent), is one of
 * `when.oneOf`, or is a number of at least `when.atLeast`; from `validFrom` when given (a rule defined by
 * TT 46/2012 applies from its entry into force).
 * @category Eligibility
 */
export interface PriorityRule {
  readonly id: PriorityId;
  readonly path: FactPath;
  readonly when?: { readonly oneOf: readonly string[] } | { readonly atLeast: number };
  readonly validFrom?: string;
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
