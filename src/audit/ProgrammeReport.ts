import type { LocalizedText } from '../internal/messages.js';
import type { CountUnit } from '../quantity/units.js';
import type { IndicatorId } from './indicators.js';

/**
 * Where a published figure comes from: the seed article (or another source) it was read in, the publication
 * and its date (ISO `YYYY-MM-DD`, or `YYYY` when only the year is known).
 * @category Audit
 */
export interface FigureSource {
  /** The id of the seed article in the project's sources (`'003'`), when it is one. */
  readonly seed?: string | undefined;
  /** The publication or portal. */
  readonly publication: string;
  /** The publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent when the source does not show it. */
  readonly date?: string | undefined;
  /** The address of the article or page, when it is known. */
  readonly url?: string | undefined;
  /** The title of the article or page, as published. */
  readonly title?: string | undefined;
}

/**
 * A number exactly as it was published ("54,06 tỷ đồng", "hơn 75 cơ sở", "tăng 17,16%"), with its source.
 * The text is kept as written: its precision and qualifiers are part of what it says.
 * @category Audit
 */
export interface PublishedFigure {
  /** The figure as written, with its unit and qualifiers ("hơn 75 cơ sở"). */
  readonly text: string;
  /** Where it was published. */
  readonly source: FigureSource;
}

/**
 * Whom a report covers: one province (its code and name as written at the time), or a named group of
 * provinces with the number of members when the report states it.
 * @category Audit
 */
export type ReportScope =
  | {
      /** One province. */
      readonly kind: 'province';
      /** The name as written at the time of the report ("Bạc Liêu", "Bà Rịa – Vũng Tàu"). */
      readonly name: string;
      /** The province code of the time, as a plain string (pre-2025 codes: Quyết định 124/2004/QĐ-TTg). */
      readonly code?: string | undefined;
    }
  | {
      /** A named group of provinces. */
      readonly kind: 'group';
      /** The group's name as written ("các tỉnh, thành phố khu vực phía Nam"). */
      readonly name: string;
      /** The number of members, when stated. */
      readonly members?: PublishedFigure | undefined;
    };

/**
 * The time a report covers: a year, a period (giai đoạn) from one year to another, both included, or targets
 * to reach by a year ("đến năm 2020") with no stated start.
 * @category Audit
 */
export type ReportPeriod =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'period'; readonly from: number; readonly to: number }
  | { readonly kind: 'by'; readonly year: number };

/**
 * What the figures of a report are: `plan` (kế hoạch, dự kiến), `approved` (funding approved, phê duyệt),
 * `executed` (thực hiện, results) or `target` (mục tiêu, chỉ tiêu to reach by the end of the period).
 * @category Audit
 */
export type ReportStatus = 'plan' | 'approved' | 'executed' | 'target';

/**
 * A funding source: `national` (khuyến công quốc gia, KCQG), `local` (khuyến công địa phương, KCĐP),
 * `counterpart` (vốn đối ứng), `other` (nguồn hợp pháp khác).
 * @category Audit
 */
export type FundingSource = 'national' | 'local' | 'counterpart' | 'other';

/**
 * The document that approved a funding line: its number as written and its date.
 * @category Audit
 */
export interface ApprovingDocument {
  /** The number as written ("2948/QĐ-BCT", "4262/UBND-VP"). */
  readonly number: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly date: string;
  /** Where the document was read. */
  readonly source: FigureSource;
}

/**
 * One funding source of a report: its amount, its number of đề án or tasks, and the approving document.
 * @category Audit
 */
export interface FundingLine {
  /** The funding source. */
  readonly source: FundingSource;
  /** The amount from this source, as published. */
  readonly amount?: PublishedFigure | undefined;
  /** The number of đề án funded from this source ("50 đề án"). */
  readonly projects?: PublishedFigure | undefined;
  /** The number of tasks (nhiệm vụ), when the report counts tasks rather than đề án. */
  readonly tasks?: PublishedFigure | undefined;
  /** The document that approved the funding, when the report names it. */
  readonly approvedBy?: ApprovingDocument | undefined;
  /** What the đề án or tasks are, in short. */
  readonly note?: LocalizedText | undefined;
}

/**
 * One output (result or target) of a report, by indicator of the catalogue. `value` is absent when the report
 * names the activity without a number. Lines with the same `topic` belong together (classes and their
 * trainees).
 * @category Audit
 */
export interface OutputLine {
  /** The indicator of the catalogue the output counts. */
  readonly indicator: IndicatorId;
  /** The number as published; absent when the report names the activity without a number. */
  readonly value?: PublishedFigure | undefined;
  /** Groups lines that describe the same activity ("startup-management": 20 classes, about 800 people). */
  readonly topic?: string | undefined;
  /** What the output is, in short. */
  readonly note?: LocalizedText | undefined;
}

/**
 * What a derived figure is derived from: the report's total, or one funding source's amount.
 * @category Audit
 */
export type DerivedOf = { readonly kind: 'total' } | { readonly kind: 'source'; readonly source: FundingSource };

/**
 * A derived figure the report states: a change against an earlier period ("tăng 17,16% so năm 2013"), an
 * average per member of the scope ("bình quân đạt 3,17 tỷ đồng/1 tỉnh, thành phố"), an average per year of the
 * period ("bình quân mỗi năm khoảng 700 triệu đồng") or a share of the total.
 * @category Audit
 */
export type DerivedFigure =
  | {
      /** A change against an earlier period. */
      readonly kind: 'change';
      /** What changed: the total or one source's amount. */
      readonly of: DerivedOf;
      /** The change as published ("tăng 2,1%"). */
      readonly stated: PublishedFigure;
      /** The base: its period, its status when known, and its value when the report states it. */
      readonly base: {
        /** The base period. */
        readonly period: ReportPeriod;
        /** The base's status (plan, approved, executed, target), when known. */
        readonly status?: ReportStatus | undefined;
        /** The base's value, when the report states it. */
        readonly value?: PublishedFigure | undefined;
      };
    }
  | {
      /** An average per member of the scope. */
      readonly kind: 'average-per-member';
      /** What is averaged: the total or one source's amount. */
      readonly of: DerivedOf;
      /** The average as published. */
      readonly stated: PublishedFigure;
      /** What a member is ("province"). */
      readonly per: CountUnit;
      /** The number of members, when stated (otherwise the scope's `members`, or implied). */
      readonly count?: PublishedFigure | undefined;
    }
  | {
      /** An average per year of the period. */
      readonly kind: 'average-per-year';
      /** What is averaged: the total or one source's amount. */
      readonly of: DerivedOf;
      /** The average as published. */
      readonly stated: PublishedFigure;
    }
  | {
      /** A share of the total. */
      readonly kind: 'share';
      /** The part: a funding source. */
      readonly source: FundingSource;
      /** The share as published. */
      readonly stated: PublishedFigure;
    };

/**
 * A khuyến công report as published: scope, period, status, funding per source, stated total, outputs per
 * indicator and the derived figures it states, every figure as written with its source.
 * @category Audit
 */
export interface ProgrammeReport {
  /** A stable id ("seed-003/south-2013-executed"). */
  readonly id: string;
  /** Whom the report covers. */
  readonly scope: ReportScope;
  /** The time it covers. */
  readonly period: ReportPeriod;
  /** What its figures are: plan, approved, executed or target. */
  readonly status: ReportStatus;
  /** Funding per source, in the order published. */
  readonly funding?: readonly FundingLine[] | undefined;
  /** The stated total funding. */
  readonly total?: PublishedFigure | undefined;
  /** The stated total number of đề án (programmes). */
  readonly projects?: PublishedFigure | undefined;
  /** The outputs (results or targets) per indicator. */
  readonly outputs?: readonly OutputLine[] | undefined;
  /** The derived figures the report states (changes, averages, shares). */
  readonly derived?: readonly DerivedFigure[] | undefined;
  /** Where the report as a whole was published. */
  readonly source: FigureSource;
}
