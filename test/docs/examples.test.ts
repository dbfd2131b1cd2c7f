/**
 * Runs every docs/examples/*.ts and compares what it prints with the expected text below (each figure
 * hand-checked against the seed figures or the legal source named in the comment).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from './markdown.js';

const EXPECTED: Readonly<Record<string, string>> = {
  // seed 003: 7,73 + 46,33 = 54,06 tỷ; "54,06" stands for [54,055; 54,065] tỷ.
  'parse-and-format.ts': `54060000000
54,06 tỷ đồng / VND 54.06 billion
54055000000 54065000000
quantity.two-decimal-commas
"1,2,3 tỷ đồng" có hai dấu phẩy thập phân; trong tiếng Việt dấu phẩy là dấu thập phân và chỉ được dùng một lần.
"1,2,3 tỷ đồng" has two decimal commas; in Vietnamese the comma is the decimal mark and may appear only once.`,
  // seed 003: 63,335 / 54,06 − 1 = 0,171568627…; 7,73 / 54,06 = 14,30%; 63,335 / 3,17 = 19,98.
  'growth-and-shares.ts': `0.171568627450980392156862745098 17,16%
14.30%
19.98 provinces, so the average is over 20
zero-base | The base (previous) is zero: the ratio is undefined.`,
  // NQ 202/2025/QH15: Bạc Liêu (95) → Cà Mau (96); Bình Dương (74) + Bà Rịa – Vũng Tàu (77) → Hồ Chí Minh City (79).
  'restate-provinces.ts': `95 Tỉnh Bạc Liêu
not-valid-at-date → 96 Tỉnh Cà Mau
20 2016 1,42 tỷ đồng from 20
79 2022 1,5 tỷ đồng from 74+77
96 2014-2018 6,979 tỷ đồng from 95`,
  // TT 28/2018/TT-BTC Art. 8(4): 50% of 800 triệu = 400 triệu, capped at 300 triệu per establishment.
  'compute-support.ts': `300 triệu đồng absolute-cap | khoản 4 Điều 8 Thông tư 28/2018/TT-BTC (secondary)
50% of the eligible cost 800,000,000 đồng is 400,000,000 đồng (rounded down), above the cap of 300,000,000 đồng per establishment, so the absolute cap binds: support of at most 300,000,000 đồng (Circular 28/2018/TT-BTC, Art. 8(4)).
before-coverage | 2011-01-01 is before Decree 45/2012/ND-CP took effect (2012-07-05); the library does not model that period.`,
  // 12,5 / 11,54 − 1 = 0,96 / 11,54 = 8,3189…%; seed 003: 13,877 + 49,49 − 63,335 = 0,032 tỷ, and
  // [13,8765 + 49,485; …] starts 0,026 tỷ above 63,3355: the gap beyond rounding.
  'check-a-claim.ts': `consistent | 12,5 tỷ đồng / 11,54 tỷ đồng − 1 = 8,319%: khớp với con số công bố “tăng 8,3%” ở độ chính xác đã công bố.
funding-sum inconsistent
average-per-member consistent
difference 32000000 đồng; gap beyond rounding 26000000 đồng`,
  // Decree 45/2012 Art. 1(2)(a): household, xã; in force 2012-07-05; amended by Decree 235/2025 from 2025-10-15;
  // the industry line is Art. 5(1)(a), read in the text (docs/legal-sources.md, S59).
  // Art. 6(2)(a): "công nghiệp chế biến nông - lâm - thủy sản" is a priority industry (a flag, not a condition).
  'explain-eligibility.ts': `2017-06-01 eligible ND45-2012 
2025-11-01 eligible ND45-as-amended-ND235 
**Result: ELIGIBLE** (as of 2017-06-01; rules in force: Decree 45/2012/ND-CP (2012 text))

Deciding rules:
- [passed] Rural industrial establishment: a beneficiary group. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.group, row 1
- [passed] Business household: a legal form of rural industrial establishments. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.legal-form, row 7
- [passed] Communes (xã) are eligible places. — Decree 45/2012/ND-CP, Art. 1(2)(a) (verified from the text) · beneficiary.location, row 5
- [passed] Agro-forestry-fishery processing and food processing: an eligible industry. — Decree 45/2012/ND-CP, Art. 5(1)(a) (verified from the text) · industry, row 3

Priority:
- Agro-forestry-fishery processing — Decree 45/2012/ND-CP, Art. 6(2)(a) (verified from the text)`,
};

const dir = join(ROOT, 'docs', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('docs/examples', () => {
  it('every example has its expected output here, and every expected output its example', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(files)('%s prints the expected output', async (file) => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    await import(pathToFileURL(join(dir, file)).href);
    expect(printed.join('\n')).toBe(EXPECTED[file]);
  });
});
