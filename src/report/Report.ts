/**
 * The structured report of `npm run report`, which is also its `--json` output. Every value is plain JSON
 * data (strings, numbers, booleans, arrays, objects): `JSON.parse(JSON.stringify(report))` deep-equals the
 * report. Money is `{ kind: 'money', dong }` (whole đồng); exact ratios are decimal strings ("0.1430…");
 * texts meant for people come in both languages (`{ vi, en }`). The shape is versioned by `schema`: fields may
 * be added within a version, never renamed or removed. See docs/report.md.
 */
import type {
  AuditCheckId,
  ClaimStatus,
  ClaimUnit,
  Confidence,
  EstimateId,
  IndicatorId,
  LocalizedText,
  Money,
  ReportStatus,
  SupportBinding,
  SupportItemId,
  EligibilityOutcome,
  ReasonStatus,
  RegimeId,
} from '../index.js';

/**
 * One computed support amount (`computeSupport`), with the bound that decided it and its citation.
 * @category Report
 */
export interface SupportExample {
  /** The support-item id, e.g. `'MACHINERY_APPLICATION'`. */
  readonly item: SupportItemId;
  readonly itemLabel: LocalizedText;
  /** The date the level is taken at (`YYYY-MM-DD`). */
  readonly at: string;
  readonly eligibleCost: Money;
  /** The maximum support from national khuyến công funds. */
  readonly support: Money;
  /** Which bound decided: `'percent-cap'`, `'absolute-cap'` or `'cost'`. */
  readonly binding: SupportBinding;
  /** The citation of the level, formatted in both languages. */
  readonly citation: LocalizedText;
  /** `'verified-from-text'` or `'secondary'`. */
  readonly confidence: Confidence;
  readonly explanation: LocalizedText;
  /** The amounts written for people. */
  readonly text: { readonly eligibleCost: LocalizedText; readonly support: LocalizedText };
}

/**
 * A province of a seed article on the 63-unit map and the unit of the 34-unit map it is part of from
 * 2025-07-01 (Nghị quyết 202/2025/QH15).
 * @category Report
 */
export interface ProvinceMapRow {
  readonly seed: string;
  /** The name as the article writes it. */
  readonly published: string;
  /** Its two-digit code on the 63-unit map. */
  readonly legacyCode: string;
  readonly legacyName: LocalizedText;
  /** The code of the unit it is part of from 2025-07-01. */
  readonly currentCode: string;
  readonly currentName: LocalizedText;
  /** `true` when the current unit was formed from more than one old unit. */
  readonly merged: boolean;
}

/**
 * One value of a series restated onto the current map.
 * @category Report
 */
export interface RestatedRow {
  readonly currentCode: string;
  readonly currentName: LocalizedText;
  /** "2016" or "2014-2018". */
  readonly period: string;
  /** The status of the figures restated (`'approved'`, `'executed'`, `'plan'`): series of different status are never added. */
  readonly status: ReportStatus;
  readonly statusLabel: LocalizedText;
  readonly value: Money;
  /** The codes of the 63-unit map whose values were added. */
  readonly from: readonly string[];
  readonly text: LocalizedText;
}

/**
 * The provinces section: the seed provinces on both maps and the funding the seed reports state, restated.
 * @category Report
 */
export interface ProvinceSection {
  readonly map: readonly ProvinceMapRow[];
  readonly restated: readonly RestatedRow[];
  /** How many input values could not be restated (0 for the seed data). */
  readonly notRestated: number;
  readonly warnings: readonly LocalizedText[];
}

/**
 * One step of an eligibility decision, with its citation.
 * @category Report
 */
export interface EligibilityReasonRow {
  /** The rule id of the decision tables. */
  readonly rule: string;
  /** `'passed'`, `'failed'`, `'unknown'` or `'review'`. */
  readonly status: ReasonStatus;
  readonly message: LocalizedText;
  /** The legal basis, formatted in both languages. */
  readonly citation: LocalizedText;
  readonly confidence: Confidence;
  /** For `unknown`: the facts that would decide it (field paths). */
  readonly missing: readonly string[];
}

/**
 * An eligibility decision (`checkEligibility`) with its cited explanation (`explain`).
 * @category Report
 */
export interface EligibilityExample {
  readonly description: LocalizedText;
  /** The date the applicant is judged at. */
  readonly at: string;
  /** `'eligible'`, `'ineligible'` or `'needs-review'`. */
  readonly outcome: EligibilityOutcome;
  readonly outcomeLabel: LocalizedText;
  /** The regime in force on `at` (`null` before 2012-07-05). */
  readonly regime: RegimeId | null;
  readonly regimeLabel: LocalizedText;
  readonly reasons: readonly EligibilityReasonRow[];
  /** The facts missing to decide every rule (field paths). */
  readonly missing: readonly string[];
  /** The library's explanation (`explain`), Markdown, in both languages. */
  readonly explanation: LocalizedText;
}

/**
 * The report: one section per part of the library, computed from the embedded seed data set.
 * @category Report
 */
export interface Report {
  /** The shape's version: `'khuyen-cong/report@1'`. */
  readonly schema: 'khuyen-cong/report@1';
  readonly title: LocalizedText;
  /** The source articles of the data set, one per seed. */
  readonly sources: readonly SourceRow[];
  /** The funding figures of every seed report, as published. */
  readonly figures: readonly FigureRow[];
  /** The outputs (results and targets) of every seed report, as published. */
  readonly outputs: readonly OutputRow[];
  /** Growth, shares, averages and implied values derived from the figures. */
  readonly statistics: readonly StatisticRow[];
  /** Completion of targets: what could be computed, and why not when nothing could. */
  readonly completion: { readonly rows: readonly StatisticRow[]; readonly note: LocalizedText };
  /** Every published derived figure checked against its inputs. */
  readonly audit: AuditSection;
  /** Eligibility decisions for example applicants, with their cited reasons. */
  readonly eligibility: readonly EligibilityExample[];
  /** Maximum national support for example requests, with the cap that bound and its citation. */
  readonly support: readonly SupportExample[];
  /** The seed provinces restated to the 34-unit map. */
  readonly provinces: ProvinceSection;
}

/**
 * A source article of the data set.
 * @category Report
 */
export interface SourceRow {
  readonly seed: string;
  readonly publication: string;
  /** `YYYY-MM-DD` or `YYYY`; absent when the source shows no date. */
  readonly date?: string;
  /** The province or group the article is about, as it names it. */
  readonly scope: string;
}

/**
 * A number as an article published it, and as the report writes it in each language.
 * @category Report
 */
export interface PublishedValue {
  /** The text as published ("7,73 tỷ đồng"). */
  readonly published: string;
  /** Written for people (`formatQuantity`); the published text itself when the parser cannot read it. */
  readonly text: LocalizedText;
  /** The stated value in base units (đồng, items, a ratio), as a decimal string; absent when unreadable. */
  readonly value?: string;
}

/**
 * The funding figures of one seed report (`ProgrammeReport`).
 * @category Report
 */
export interface FigureRow {
  /** The report id, e.g. `'seed-003/south-2014-plan'`. */
  readonly report: string;
  readonly seed: string;
  /** The province or group as the article names it. */
  readonly scope: string;
  readonly period: LocalizedText;
  /** `'plan'`, `'approved'`, `'executed'` or `'target'`. */
  readonly status: ReportStatus;
  readonly statusLabel: LocalizedText;
  readonly national?: PublishedValue;
  readonly nationalProjects?: PublishedValue;
  readonly local?: PublishedValue;
  readonly localProjects?: PublishedValue;
  readonly total?: PublishedValue;
}

/**
 * One output (result or target) of a seed report.
 * @category Report
 */
export interface OutputRow {
  readonly report: string;
  readonly seed: string;
  readonly period: LocalizedText;
  /** `'plan'`, `'approved'`, `'executed'` or `'target'`. */
  readonly status: ReportStatus;
  readonly statusLabel: LocalizedText;
  /** The indicator id of `INDICATORS`. */
  readonly indicator: IndicatorId;
  readonly label: LocalizedText;
  /** Absent when the article names the activity without a number. */
  readonly value?: PublishedValue;
}

/**
 * An interval bound as plain data: the value as a decimal string and whether it is excluded.
 * @category Report
 */
export interface BoundJson {
  readonly value: string;
  readonly open: boolean;
}

/**
 * A statistic derived from the seed figures (an audit estimate): growth, share, average, implied value.
 * @category Report
 */
export interface StatisticRow {
  /** The estimate id (`'source-change'`, `'source-share'`, `'average-per-year'`, …), or `'completion'`. */
  readonly id: EstimateId | 'completion';
  readonly report: string;
  readonly seed: string;
  /** The period of the report the statistic is about. */
  readonly period: LocalizedText;
  /** The other report used (the base year's), if any. */
  readonly against?: string;
  /** A funding source or a topic of classes, when the statistic is about one. */
  readonly subject?: string;
  readonly label: LocalizedText;
  /** `'money'` (đồng), `'count'` (items) or `'ratio'`. */
  readonly unit: ClaimUnit;
  /** The exact value from the stated figures, as a decimal string. */
  readonly value: string;
  /** Every value the figures' published precision allows (`null`: unbounded on that side). */
  readonly interval: { readonly lo: BoundJson | null; readonly hi: BoundJson | null };
  /** The value written for people. */
  readonly text: LocalizedText;
  /** The library's explanation, with the interval. */
  readonly message: LocalizedText;
}

/**
 * One audit finding: a published figure checked against the figures it is derived from.
 * @category Report
 */
export interface FindingRow {
  /** `'funding-sum'`, `'projects-sum'`, `'change'`, `'average-per-member'`, `'average-per-year'` or `'share'`. */
  readonly check: AuditCheckId;
  readonly report: string;
  readonly seed: string;
  readonly against?: string;
  /** `'consistent'`, `'inconsistent'` or `'cannot-check'`. */
  readonly status: ClaimStatus;
  /** The unit of `difference` and `gap`: `'money'` (đồng), `'count'` or `'ratio'`; absent when not decided. */
  readonly unit?: ClaimUnit;
  /** Recomputed − stated, in the stated figure's unit (decimal string), for a decided check. */
  readonly difference?: string;
  /** The distance left between the two precision intervals (0 when they meet), for a decided check. */
  readonly gap?: string;
  readonly message: LocalizedText;
  readonly note?: LocalizedText;
}

/**
 * The audit of the seed reports (`auditReports`).
 * @category Report
 */
export interface AuditSection {
  readonly findings: readonly FindingRow[];
  readonly counts: { readonly consistent: number; readonly inconsistent: number; readonly cannotCheck: number };
}
