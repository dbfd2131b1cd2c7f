/**
 * The figures the browser page computes with the library (served by browser.test.ts to headless Chromium).
 *
 * The page loads the library's ESM build (bundled for the browser from the installed tarball) and passes it to
 * {@link computeFigures}; each figure's text lands in the DOM as `<dd data-figure="id">`, and the test reads
 * them back. The library parameter is typed against the sources, so this file is type-checked with the rest
 * of the project while the page runs the built package.
 *
 * To check another function in the browser, add one entry to FIGURES and its expected text to EXPECTED_FIGURES
 * in browser.test.ts, for example once they exist:
 *
 *   { id: 'parse-quantity', compute: (k) => k.parseQuantity('54,06 tỷ đồng') … },
 *   { id: 'percent-change', compute: (k) => k.percentChange(…).toString() },
 *   { id: 'eligibility', compute: (k) => k.checkEligibility(…) + the explanation's first line },
 */
import type * as KhuyenCong from '../../src/index.js';

/** The library's namespace as the page receives it. */
export type Library = typeof KhuyenCong;

/** One figure computed in the browser: its DOM id and how to compute its text. */
export interface Figure {
  readonly id: string;
  readonly compute: (k: Library) => string;
}

/** Seed 003 (Báo Công Thương, 29/05/2014): southern region, khuyến công funding 2013 and plan 2014. */
export const FIGURES: readonly Figure[] = [
  // National 7.73 tỷ + local 46.33 tỷ = 54.06 tỷ đồng.
  { id: 'money-sum', compute: (k) => String(k.sumMoney([k.money(7_730_000_000), k.money(46_330_000_000)]).dong) },
  // Plan 2014 against 2013: (63.335 − 54.06) / 54.06 = 35/204 (published "tăng 17,16%").
  {
    id: 'ratio',
    compute: (k) => k.ratio(k.subtractMoney(k.money(63_335_000_000), k.money(54_060_000_000)).dong, 54_060_000_000).toString(),
  },
  { id: 'ratio-4dp', compute: (k) => k.ratioToFixed(k.ratio(35, 204), 4) },
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
