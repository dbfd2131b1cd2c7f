/**
 * Legal citations as values. Every rule, category, parameter and threshold in the library carries one.
 * (The instrument registry with titles and dates is `src/policy/instruments.ts`.)
 */

/**
 * How sure the library is of a legal fact (the labels of the project's legal research notes):
 * `verified-from-text`, read in a reproduction of the legal text itself; `secondary`, taken from a secondary
 * source (a Q&A quoting a clause, a ministry or provincial portal, the press). Facts known only from memory
 * are never encoded as law.
 * @category Policy
 */
export type Confidence = 'verified-from-text' | 'secondary';

/**
 * The ids of the legal instruments the library cites (see `INSTRUMENTS` for number, title and dates).
 * @category Policy
 */
export type InstrumentId =
  | 'ND-134-2004'
  | 'QD-136-2007-TTg'
  | 'ND-45-2012'
  | 'TT-46-2012-BCT'
  | 'TT-36-2013-BCT'
  | 'TTLT-26-2014-BTC-BCT'
  | 'QD-1288-2014-TTg'
  | 'TT-26-2014-BCT'
  | 'TT-20-2017-BCT'
  | 'TT-28-2018-BTC'
  | 'TT-14-2018-BCT'
  | 'TT-17-2018-BCT'
  | 'QD-1881-2020-TTg'
  | 'TT-64-2024-BTC'
  | 'TT-38-2025-BCT'
  | 'ND-235-2025'
  | 'QD-2646-2025-BCT';

/**
 * A pinpoint citation: instrument, article (Điều), clause (khoản), point (điểm), and how sure we are.
 * Where only the instrument is known, the finer parts are absent; where the article number itself is not
 * confirmed, `articleConfirmed` is `false` and the formatted citation says so.
 * @category Policy
 */
export interface Citation {
  readonly instrument: InstrumentId;
  /** Điều (article) number. */
  readonly article?: number;
  /** Khoản (clause) number. */
  readonly clause?: number;
  /** Điểm (point) letter, Vietnamese alphabet order: a, b, c, d, đ, e, g, … */
  readonly point?: string;
  /** Phụ lục (annex) number, for forms and tables annexed to a circular. */
  readonly annex?: number;
  /** The amending instrument when the cited provision is the amended wording ("as amended by …"). */
  readonly asAmendedBy?: InstrumentId;
  readonly confidence: Confidence;
  /** `false` when the article/clause numbering is not confirmed from the text (default `true`). */
  readonly articleConfirmed?: boolean;
  /** The source keys (S01, S04, …) of docs/legal-sources.md that support it. */
  readonly sources?: readonly string[];
}
