/**
 * The structured report of `npm run report`, which is also its `--json` output. Every value is plain JSON
 * data (strings, numbers, booleans, arrays, objects): `JSON.parse(JSON.stringify(report))` deep-equals the
 * report. Money is `{ kind: 'money', dong }` (whole đồng); exact ratios are decimal strings ("0.1430…");
 * texts meant for people come in both languages (`{ vi, en }`). The shape is versioned by `schema`: fields may
 * be added within a version, never renamed or removed. See docs/report.md.
 */
import type { LocalizedText, Money } from '../index.js';

/**
 * One computed support amount (`computeSupport`), with the bound that decided it and its citation.
 * @category Report
 */
export interface SupportExample {
  /** The support-item id, e.g. `'MACHINERY_APPLICATION'`. */
  readonly item: string;
  readonly itemLabel: LocalizedText;
  /** The date the level is taken at (`YYYY-MM-DD`). */
  readonly at: string;
  readonly eligibleCost: Money;
  /** The maximum support from national khuyến công funds. */
  readonly support: Money;
  /** Which bound decided: `'percent-cap'`, `'absolute-cap'` or `'cost'`. */
  readonly binding: string;
  /** The citation of the level, formatted in both languages. */
  readonly citation: LocalizedText;
  /** `'verified-from-text'` or `'secondary'`. */
  readonly confidence: string;
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
  readonly value: Money;
  /** The codes of the 63-unit map whose values were added. */
  readonly from: readonly string[];
  readonly text: LocalizedText;
}

/**
 * The provinces section: the seed provinces on both maps and the seed funding series restated.
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
 * The report: one section per part of the library, computed from the embedded seed data set.
 * @category Report
 */
export interface Report {
  /** The shape's version: `'khuyen-cong/report@1'`. */
  readonly schema: 'khuyen-cong/report@1';
  readonly title: LocalizedText;
  /** Maximum national support for example requests, with the cap that bound and its citation. */
  readonly support: readonly SupportExample[];
  /** The seed provinces restated to the 34-unit map. */
  readonly provinces: ProvinceSection;
}
