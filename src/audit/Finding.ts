import type { LocalizedText } from '../internal/messages.js';
import type { Interval } from '../quantity/Interval.js';
import type { Ratio } from '../quantity/Ratio.js';
import type { ClaimResult, ClaimStatus, ClaimUnit } from '../claims/ClaimResult.js';

/**
 * The checks an audit runs, each when the report's data allow it:
 * `funding-sum` (the sources' amounts add up to the stated total), `projects-sum` (the sources' đề án add up to
 * the stated number of đề án), `change` (a stated change against the base's value, stated or from the base
 * report), `average-per-member` (a stated average per province against the total and the number of members,
 * stated or implied), `average-per-year` (a stated yearly average against the total of the period), `share`
 * (a stated share of a source in the total).
 * @category Audit
 */
export type AuditCheckId = 'funding-sum' | 'projects-sum' | 'change' | 'average-per-member' | 'average-per-year' | 'share';

/**
 * One audit finding: which check, on which report (and against which other report), its verdict with the
 * numbers of the claim, and a bilingual explanation.
 * @category Audit
 */
export interface Finding {
  readonly check: AuditCheckId;
  /** The id of the report checked. */
  readonly report: string;
  /** The id of the other report the check used (the base year's report), if any. */
  readonly against?: string;
  readonly status: ClaimStatus;
  /** The claim's full result: recomputed value and interval, stated interval, gap. */
  readonly result: ClaimResult;
  /** What was assumed, when something was (the number of provinces implied by an average). */
  readonly note?: LocalizedText;
  readonly message: LocalizedText;
}

/**
 * Figures an audit derives that the report does not state, so that they are not findings: the base implied by
 * a stated change, the number of members implied by an average, shares and changes by source, averages per
 * year or per class, a total implied by a yearly average.
 * @category Audit
 */
export type EstimateId =
  | 'implied-base'
  | 'implied-count'
  | 'implied-total'
  | 'source-share'
  | 'source-change'
  | 'projects-change'
  | 'total-change'
  | 'average-per-year'
  | 'average-per-class'
  | 'versus-period-average';

/**
 * A derived estimate: its exact value from the stated figures, the interval their precision allows, and a
 * bilingual explanation.
 * @category Audit
 */
export interface Estimate {
  readonly id: EstimateId;
  readonly report: string;
  /** The id of the other report used, if any. */
  readonly against?: string;
  /** What it is about: a funding source, a topic of classes, … */
  readonly subject?: string;
  readonly value: Ratio;
  readonly interval: Interval;
  readonly unit: ClaimUnit;
  readonly message: LocalizedText;
}

/**
 * The result of {@link auditReport} and {@link auditReports}.
 * @category Audit
 */
export interface AuditResult {
  readonly findings: readonly Finding[];
  readonly estimates: readonly Estimate[];
}
