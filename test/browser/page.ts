/**
 * The figures the browser page computes with the library (served by browser.test.ts to headless Chromium).
 *
 * The page loads the library's ESM build (bundled for the browser from the installed tarball) and passes it to
 * {@link computeFigures}; each figure's text lands in the DOM as `<dd data-figure="id">`, and the test reads
 * them back. The library parameter is typed against the sources, so this file is type-checked with the rest
 * of the project while the page runs the built package.
 *
 * To check another function in the browser, add one entry to FIGURES and its expected text to EXPECTED_FIGURES
 * in browser.test.ts. Each area is exercised once: money and ratios, parsing Vietnamese text, a statistic with
 * its Vietnamese formatting, a claim check with its bilingual message, and an eligibility decision with its
 * explanation (long Vietnamese text with diacritics and citations; index.html keeps its line breaks).
 */
import type * as KhuyenCong from '../../src/index.js';

/** The library's namespace as the page receives it. */
export type Library = typeof KhuyenCong;

/** One figure computed in the browser: its DOM id and how to compute its text. */
export interface Figure {
  readonly id: string;
  readonly compute: (k: Library) => string;
}

/** Seed 003 (Báo Công Thương, 29/05/2014): southern region, khuyến công funding 2013 and plan 2014; then eligibility. */
export const FIGURES: readonly Figure[] = [
  // National 7.73 tỷ + local 46.33 tỷ = 54.06 tỷ đồng.
  { id: 'money-sum', compute: (k) => String(k.sumMoney([k.money(7_730_000_000), k.money(46_330_000_000)]).dong) },
  // Plan 2014 against 2013: (63.335 − 54.06) / 54.06 = 35/204 (published "tăng 17,16%").
  {
    id: 'ratio',
    compute: (k) => k.ratio(k.subtractMoney(k.money(63_335_000_000), k.money(54_060_000_000)).dong, 54_060_000_000).toString(),
  },
  { id: 'ratio-4dp', compute: (k) => k.ratioToFixed(k.ratio(35, 204), 4) },
  // Reading the 2014 plan total as published: its exact value and what it stands for at its precision
  // (half a unit of the last digit, 0,0005 tỷ = 500 000 đồng).
  {
    id: 'parse-quantity',
    compute: (k) => {
      const q = k.parseQuantity('63,335 tỷ đồng');
      return `${q.kind} ${q.value.toString()} [${String(q.interval.lo?.value)}; ${String(q.interval.hi?.value)}] ${k.formatMoney(q)}`;
    },
  },
  // "tăng 17,16% so năm 2013": 63,335 tỷ against 54,06 tỷ, both read from text.
  {
    id: 'percent-change',
    compute: (k) => {
      const change = k.percentChange(
        k.quantityToMoney(k.parseQuantity('63,335 tỷ đồng')),
        k.quantityToMoney(k.parseQuantity('54,06 tỷ đồng')),
      );
      return change.ok ? k.formatPercent(change.value) : `undefined: ${change.reason}`;
    },
  },
  // The 2014 plan's components against its total: 13,877 + 49,49 = 63,367 ≠ 63,335 tỷ.
  {
    id: 'claim-status',
    compute: (k) => k.checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' }).status,
  },
  {
    id: 'claim-vi',
    compute: (k) => k.checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' }).message.vi,
  },
  // Eligibility (Decree 45/2012 Art. 1(2)(a)): an establishment in an urban district (quận) on 2024-01-01.
  {
    id: 'eligibility-outcome',
    compute: (k) => k.checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' }).outcome,
  },
  {
    id: 'eligibility-explain-vi',
    compute: (k) =>
      k.explain(k.checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, { at: '2024-01-01' }), {
        locale: 'vi',
      }),
  },
  // The bilingual error (Vietnamese text must survive bundling and rendering).
  {
    id: 'error-vi',
    compute: (k) => {
      try {
        k.money(1.5);
        return 'no error';
      } catch (e) {
        return e instanceof k.KhuyenCongError ? (e.messagesIn('vi')[0] ?? '') : `unexpected: ${String(e)}`;
      }
    },
  },
];

/**
 * Computes every figure; a figure that throws yields `error: …` so that one failure does not hide the others.
 * @param k - the library.
 * @returns the text of each figure by id.
 */
export function computeFigures(k: Library): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FIGURES) {
    try {
      out[f.id] = f.compute(k);
    } catch (e) {
      out[f.id] = `error: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return out;
}
