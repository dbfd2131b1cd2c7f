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
 * The report: one section per part of the library, computed from the embedded seed data set.
 * @category Report
 */
export interface Report {
  /** The shape's version: `'khuyen-cong/report@1'`. */
  readonly schema: 'khuyen-cong/report@1';
  readonly title: LocalizedText;
  /** Maximum national support for example requests, with the cap that bound and its citation. */
  readonly support: readonly SupportExample[];
}
