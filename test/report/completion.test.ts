import { describe, expect, it } from 'vitest';
import type { ProgrammeReport } from '../../src/index.js';
import { buildReport } from '../../src/report/buildReport.js';
import { renderReport } from '../../src/report/renderReport.js';
import { completionRows } from '../../src/report/statisticsSection.js';

// Constructed reports (not from the sources): a target and a result of the same province and indicator.
const src = { publication: 'test' } as const;
const target: ProgrammeReport = {
  id: 'test/x-by-2025-target',
  scope: { kind: 'province', name: 'Bình Dương', code: '74' },
  period: { kind: 'by', year: 2025 },
  status: 'target',
  outputs: [
    { indicator: 'machinery-support', value: { text: 'hơn 75 cơ sở', source: src } },
    { indicator: 'fairs', value: { text: '20 hội chợ', source: src } },
    { indicator: 'study-tours' },
  ],
  source: src,
};
const result: ProgrammeReport = {
  id: 'test/x-2024-executed',
  scope: { kind: 'province', name: 'Bình Dương', code: '74' },
  period: { kind: 'year', year: 2024 },
  status: 'executed',
  outputs: [
    { indicator: 'machinery-support', value: { text: '75 cơ sở', source: src } },
    { indicator: 'fairs', value: { text: '25 hội chợ', source: src } },
  ],
  source: src,
};

describe('completion of targets (completionRate)', () => {
  it('75 of "hơn 75" is 100% but not met; 25 of 20 fairs is 125%, met', () => {
    const { rows, note } = completionRows([target, result]);
    expect(rows.map((r) => [r.subject, r.value, r.text.vi, r.text.en])).toEqual([
      ['machinery-support', '1', '100,00% (chưa đạt)', '100.00% (not met)'],
      ['fairs', '1.25', '125,00% (đạt)', '125.00% (met)'],
    ]);
    expect(rows[0]).toMatchObject({ id: 'completion', seed: '', against: 'test/x-2024-executed', period: { en: 'by 2025' } });
    expect(rows[1]?.message.en).toBe('25 hội chợ / 20 hội chợ = 125.00%: met.');
    expect(note.en).toBe("Executed results against the same province's targets.");
  });
  it('ignores a result of a later year, or of another province', () => {
    expect(completionRows([target, { ...result, period: { kind: 'year', year: 2026 } }]).rows).toEqual([]);
    expect(completionRows([target, { ...result, scope: { kind: 'province', name: 'Lạng Sơn' } }]).rows).toEqual([]);
  });
  it('buildReport takes other reports, and renderReport shows their completion table', () => {
    const r = buildReport({ reports: [target, result] });
    expect(r.completion.rows).toHaveLength(2);
    expect(r.figures).toEqual([]);
    expect(renderReport(r, { locale: 'en' })).toContain('125.00% (met)  Completion: fairs and exhibitions');
  });
});
