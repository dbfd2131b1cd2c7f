import type { LocalizedText } from '../internal/messages.js';
import type { KhuyenCongError } from '../internal/errors.js';
import type { IndicatorId } from '../audit/indicators.js';
import type { FundingSource, ReportPeriod, ReportStatus } from '../audit/ProgrammeReport.js';
import type { Province } from '../geo/registry.js';
import type { Quantity } from '../quantity/Quantity.js';
import type { CountUnit } from '../quantity/units.js';

/**
 * A part of the input text: its UTF-16 offsets (`start` included, `end` excluded) and the text there.
 * @category Reading
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The noun a figure counts, as written: the count noun ("cơ sở"), its unit id when it is one of
 * `COUNT_UNITS` (or the caller's own id from `ReadFiguresOptions.nouns`), and the modifiers written after it
 * ("sản xuất công nghiệp nông thôn"). `span` covers the noun and its modifiers.
 * @category Reading
 */
export interface FigureNoun {
  /** The count noun as written ("cơ sở CNNT", "DN", "tôn sao gas"). */
  readonly head: string;
  /** The count unit, when the noun is one of `COUNT_UNITS`. */
  readonly unit?: CountUnit;
  /** The caller's id, when the noun is one of the caller's own nouns. */
  readonly custom?: string;
  /** The words after the noun that qualify it, as written ('' when none). */
  readonly modifiers: string;
  readonly span: TextSpan;
}

/**
 * What a figure measures: an indicator of `INDICATORS`, or `'funding'` for an amount of money spent or
 * approved for the programme.
 * @category Reading
 */
export type FigureMeasure = IndicatorId | 'funding';

/**
 * A doubt about a figure, stated rather than guessed:
 * `refused` (the number phrase cannot be read; see `error`),
 * `unknown-noun` (the number counts a noun the reader does not know; the quantity is a plain number),
 * `several-sources` (the text names more than one fund source next to the figure),
 * `several-places` (more than one province is named in its sentence),
 * `place-not-found` (a place named near it is not a province on the date; see `place`),
 * `estimated` ("ước đạt trên …": an estimate with a bound; the bound is kept, the estimate is this flag),
 * `compound` ("1 tỷ 650 triệu đồng": read as one amount, see `read`),
 * `rate` (a rate with denominators parseQuantity does not take: `per` lists them; the quantity is the amount
 *   per one of each).
 * @category Reading
 */
export type FigureFlag =
  | 'refused'
  | 'unknown-noun'
  | 'several-sources'
  | 'several-places'
  | 'place-not-found'
  | 'estimated'
  | 'compound'
  | 'rate';

/**
 * A place a figure is about, as the text names it, and the province it is on the reading date (absent when
 * the name is not one on that date: then `reason` says why).
 * @category Reading
 */
export interface FigurePlace {
  readonly span: TextSpan;
  readonly province?: Province;
  readonly reason?: LocalizedText;
}

/**
 * A period the text gives a figure: a year ("năm 2013"), a period ("giai đoạn 2014–2018") or a year to reach
 * ("đến năm 2025"), with where it is written.
 * @category Reading
 */
export interface FigurePeriod {
  readonly period: ReportPeriod;
  readonly span: TextSpan;
}

/**
 * One figure read from a text by `readFigures`. `span` covers the number phrase as parseQuantity read it
 * (qualifier words, number, unit); the noun's modifiers have their own span. Fields after `quantity` are
 * present only where the text says so.
 * @category Reading
 */
export interface TextFigure {
  /** The number phrase: qualifiers, number and unit. */
  readonly span: TextSpan;
  /** The reading of the phrase by parseQuantity; absent when it was refused (see `error`). */
  readonly quantity?: Quantity;
  /** The phrase given to parseQuantity when it differs from `span.text` ("1.650 triệu đồng" for "1 tỷ 650 triệu đồng"). */
  readonly read?: string;
  /** Why the phrase was refused. */
  readonly error?: KhuyenCongError;
  readonly noun?: FigureNoun;
  /** The denominators of a rate, as written, when parseQuantity could not take them ("người", "tháng"). */
  readonly per?: readonly string[];
  readonly measures?: FigureMeasure;
  /** The funding source the text ties the figure to. */
  readonly source?: FundingSource;
  /** `true` when the figure is introduced as a total ("tổng kinh phí", "tổng cộng"). */
  readonly total?: true;
  readonly period?: FigurePeriod;
  /** The period a stated change is measured against ("so với năm 2012"). */
  readonly comparedWith?: FigurePeriod;
  /** What the figure is: a target, a plan, an approval or a result, when the sentence says so. */
  readonly status?: ReportStatus;
  readonly place?: FigurePlace;
  readonly flags: readonly FigureFlag[];
}
