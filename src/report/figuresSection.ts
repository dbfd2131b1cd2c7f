import { INDICATORS, type ProgrammeReport } from '../index.js';
import { L } from './labels.js';
import { periodLabel, publishedValue, seedOf } from './published.js';
import type { FigureRow, OutputRow, SourceRow } from './Report.js';

/**
 * The funding figures of the reports, one row per report that states any funding.
 * @param reports - the reports (the embedded `SEED_REPORTS` in the report).
 * @returns the rows, in the reports' order.
 */
export function figureRows(reports: readonly ProgrammeReport[]): FigureRow[] {
  return reports
    .filter((r) => r.total !== undefined || (r.funding ?? []).some((f) => f.amount !== undefined || f.projects !== undefined))
    .map((r) => {
      const line = (source: 'national' | 'local') => r.funding?.find((f) => f.source === source);
      const nat = line('national');
      const loc = line('local');
      return {
        report: r.id,
        seed: r.source.seed ?? seedOf(r.id),
        scope: r.scope.name,
        period: periodLabel(r.period),
        status: r.status,
        statusLabel: L.status[r.status],
        ...(nat?.amount === undefined ? {} : { national: publishedValue(nat.amount) }),
        ...(nat?.projects === undefined ? {} : { nationalProjects: publishedValue(nat.projects) }),
        ...(loc?.amount === undefined ? {} : { local: publishedValue(loc.amount) }),
        ...(loc?.projects === undefined ? {} : { localProjects: publishedValue(loc.projects) }),
        ...(r.total === undefined ? {} : { total: publishedValue(r.total) }),
      };
    });
}

/**
 * The outputs of the reports (results and targets), one row per output line.
 * @param reports - the reports.
 * @returns the rows, in the reports' order.
 */
export function outputRows(reports: readonly ProgrammeReport[]): OutputRow[] {
  return reports.flatMap((r) =>
    (r.outputs ?? []).map((o) => {
      const label = INDICATORS[o.indicator].label;
      return {
        report: r.id,
        seed: r.source.seed ?? seedOf(r.id),
        period: periodLabel(r.period),
        status: r.status,
        statusLabel: L.status[r.status],
        indicator: o.indicator,
        label: { vi: label.vi, en: label.en },
        ...(o.value === undefined ? {} : { value: publishedValue(o.value) }),
      };
    }),
  );
}

/**
 * The source articles of the reports, one row per seed, in the reports' order.
 * @param reports - the reports.
 * @returns the sources.
 */
export function sourceRows(reports: readonly ProgrammeReport[]): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const r of reports) {
    const seed = r.source.seed ?? seedOf(r.id);
    if (rows.some((s) => s.seed === seed)) continue;
    rows.push({ seed, publication: r.source.publication, ...(r.source.date === undefined ? {} : { date: r.source.date }), scope: r.scope.name });
  }
  return rows;
}
