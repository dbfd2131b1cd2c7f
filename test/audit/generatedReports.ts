/**
 * Generated province × year reports for scale tests of `auditReports` (not a test file). Each province's
 * local funding grows by a known step each year, so every expected finding and estimate is known in advance:
 * report (p, y) states a total of (p + 1) × (y − first + 1) tỷ đồng from one source with 2 đề án, and,
 * from the second year on, "tăng x%" against the year before, x being the exact growth (y−first+1)/(y−first) − 1
 * rounded to two decimals. One group report per year states a change against a base it does not match.
 */
import type { ProgrammeReport } from '../../src/audit/index.js';

const S = { seed: 'generated', publication: 'generated' } as const;
const fig = (text: string) => ({ text, source: S });

/** "12,5" for 12.5: Vietnamese decimal comma, at most two decimals, exact for the figures used here. */
function vi(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** The percentage increase from step k to step k + 1, written to two decimals ("tăng 100%", "tăng 33,33%"). */
export function statedGrowth(k: number): string {
  return `tăng ${vi((100 * 1) / k)}%`;
}

/** `provinces` × `years` reports, provinces coded "P0001"…, years from 2015, in a shuffled but fixed order. */
export function generatedReports(provinces: number, years: number): ProgrammeReport[] {
  const out: ProgrammeReport[] = [];
  for (let y = 0; y < years; y++) {
    for (let p = 0; p < provinces; p++) {
      const year = 2015 + y;
      const amount = `${String((p + 1) * (y + 1))} tỷ đồng`;
      out.push({
        id: `P${String(p).padStart(4, '0')}-${String(year)}`,
        scope: { kind: 'province', name: `Tỉnh ${String(p)}`, code: `P${String(p).padStart(4, '0')}` },
        period: { kind: 'year', year },
        status: 'executed',
        total: fig(amount),
        funding: [{ source: 'local', amount: fig(amount), projects: fig('2 đề án') }],
        ...(y === 0
          ? {}
          : { derived: [{ kind: 'change', of: { kind: 'total' }, stated: fig(statedGrowth(y)), base: { period: { kind: 'year', year: year - 1 } } }] as const }),
        source: S,
      });
    }
  }
  // Latest years first: the audit must not depend on the reports coming in order.
  return out.reverse();
}
