import { describe, expect, it } from 'vitest';
import { auditReports, type ProgrammeReport } from '../../src/audit/index.js';
import { ratio } from '../../src/quantity/index.js';
import { generatedReports } from './generatedReports.js';

describe('auditReports over 10 000 generated reports (issue 19: indexed, linear)', () => {
  const P = 1000;
  const Y = 10;
  const reports = generatedReports(P, Y);
  const { findings, estimates } = auditReports(reports);

  it('finds every stated change against its own province’s year before, and only that', () => {
    expect(reports).toHaveLength(10_000);
    const changes = findings.filter((f) => f.check === 'change');
    // every report but the first year's states a change: 1000 × 9
    expect(changes).toHaveLength(P * (Y - 1));
    for (const f of changes) {
      const [code, year] = f.report.split('-');
      expect(f.against).toBe(`${code ?? ''}-${String(Number(year) - 1)}`);
      expect(f.status).toBe('consistent');
    }
  });

  it('funding sums check per report, and year-on-year estimates pair each province with its year before', () => {
    expect(findings.filter((f) => f.check === 'funding-sum')).toHaveLength(P * Y);
    expect(findings.every((f) => f.status === 'consistent')).toBe(true);
    const sourceChanges = estimates.filter((e) => e.id === 'source-change');
    expect(sourceChanges).toHaveLength(P * (Y - 1));
    // province 0 from 2015 (1 tỷ) to 2016 (2 tỷ): +100%; province 999 from 2023 (9 990 tỷ) to 2024 (10 000 tỷ): +1/9
    expect(sourceChanges.find((e) => e.report === 'P0000-2016')?.value).toEqual(ratio(1));
    expect(sourceChanges.find((e) => e.report === 'P0999-2024')?.value).toEqual(ratio(1, 9));
    expect(sourceChanges.find((e) => e.report === 'P0999-2024')?.against).toBe('P0999-2023');
    // the stated change is checked, so the total change is not estimated again; the number of đề án is flat
    expect(estimates.filter((e) => e.id === 'total-change')).toEqual([]);
    expect(estimates.filter((e) => e.id === 'projects-change').every((e) => e.value?.numerator === 0n)).toBe(true);
  });
});

describe('auditReports: the index finds what a scan would, in the order given', () => {
  const S = { seed: 'test', publication: 'test' } as const;
  const fig = (text: string) => ({ text, source: S });
  const mk = (id: string, year: number, scope: ProgrammeReport['scope'], period?: ProgrammeReport['period']): ProgrammeReport => ({
    id,
    scope,
    period: period ?? { kind: 'year', year },
    status: 'executed',
    total: fig('1 tỷ đồng'),
    funding: [{ source: 'local', amount: fig('1 tỷ đồng') }],
    source: S,
  });
  it('coded and uncoded reports of one province, a period report, interleaved: pairs in the order given', () => {
    const coded = { kind: 'province', name: 'Bạc Liêu', code: '95' } as const;
    const named = { kind: 'province', name: 'Bạc Liêu' } as const;
    const other = { kind: 'province', name: 'Bạc Liêu', code: '96' } as const;
    const reports = [
      mk('a', 2019, named),
      mk('b', 2019, coded),
      mk('p', 2019, named, { kind: 'period', from: 2015, to: 2019 }),
      mk('c', 2019, named),
      mk('o', 2019, other),
      mk('n', 2020, coded),
    ];
    const r = auditReports(reports);
    // n (coded 95) pairs with the uncoded a, c and p (by name) and with b (same code), not with o (code 96)
    expect(r.estimates.filter((e) => e.report === 'n' && e.id === 'source-change').map((e) => e.against)).toEqual(['a', 'b', 'c']);
    expect(r.estimates.filter((e) => e.report === 'n' && e.id === 'total-change').map((e) => e.against)).toEqual(['a', 'b', 'c']);
  });
});
