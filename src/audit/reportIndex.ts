import type { ProgrammeReport, ReportPeriod, ReportScope } from './ProgrammeReport.js';
import { samePeriod, sameScope } from './reportFigures.js';

/** A key equal for two periods when {@link samePeriod} holds (and, rarely, for others: lookups re-check). */
function periodKey(p: ReportPeriod): string {
  return p.kind === 'period' ? `p${String(p.from)}-${String(p.to)}` : `${p.kind === 'year' ? 'y' : 'b'}${String(p.year)}`;
}

/** The key of the reports of a period ending in a year (what the yearly-average comparison looks for). */
function endKey(to: number): string {
  return `t${String(to)}`;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else list.push(i);
}

const SEP = '\u0000';

/**
 * @internal The reports indexed by scope and period, so that auditing n reports looks up each report's
 * neighbours (the base of a stated change, the year before, the period just before) in time proportional to
 * their number instead of scanning all n: auditing is linear in the reports (plus the findings produced).
 * Lookups return the same reports, in the same order (the order given), as a scan with {@link sameScope} and
 * {@link samePeriod} would.
 */
export class ReportIndex {
  /** Province reports with a code, by code and period key. */
  private readonly byCode = new Map<string, number[]>();
  /** Reports without a code (groups, provinces named only), by kind, name and period key. */
  private readonly byNameNoCode = new Map<string, number[]>();
  /** Every report, by kind, name and period key. */
  private readonly byName = new Map<string, number[]>();

  constructor(readonly reports: readonly ProgrammeReport[]) {
    reports.forEach((r, i) => {
      const keys = [periodKey(r.period), ...(r.period.kind === 'period' ? [endKey(r.period.to)] : [])];
      for (const k of keys) {
        const name = `${r.scope.kind}${SEP}${r.scope.name}${SEP}${k}`;
        push(this.byName, name, i);
        if (r.scope.kind === 'province' && r.scope.code !== undefined) push(this.byCode, `${r.scope.code}${SEP}${k}`, i);
        else push(this.byNameNoCode, name, i);
      }
    });
  }

  /** The indexes of the reports of `scope` under a period key, ascending (a superset: callers re-check). */
  private candidates(scope: ReportScope, key: string): number[] {
    const name = `${scope.kind}${SEP}${scope.name}${SEP}${key}`;
    if (scope.kind === 'province' && scope.code !== undefined) {
      // Two coded provinces match by code; a coded and an uncoded one by name.
      const a = this.byCode.get(`${scope.code}${SEP}${key}`) ?? [];
      const b = this.byNameNoCode.get(name) ?? [];
      return mergeSorted(a, b);
    }
    return this.byName.get(name) ?? [];
  }

  /** The reports of the same scope as `report` (other than it) for which `accept` holds, in the order given. */
  private find(report: ProgrammeReport, key: string, accept: (o: ProgrammeReport) => boolean): ProgrammeReport[] {
    const out: ProgrammeReport[] = [];
    for (const i of this.candidates(report.scope, key)) {
      const o = this.reports[i] as ProgrammeReport;
      if (o !== report && sameScope(o.scope, report.scope) && accept(o)) out.push(o);
    }
    return out;
  }

  /** The first report of the same scope covering `period` (and of `status`, when given): the base of a change. */
  base(report: ProgrammeReport, period: ReportPeriod, status: ProgrammeReport['status'] | undefined): ProgrammeReport | undefined {
    return this.find(report, periodKey(period), (o) => samePeriod(o.period, period) && (status === undefined || status === o.status))[0];
  }

  /**
   * The reports of the same scope just before `year`, in the order given: those of the year before
   * (`kind: 'year'`, `year − 1`) and those of a period ending that year.
   */
  before(report: ProgrammeReport, year: number): ProgrammeReport[] {
    const out: ProgrammeReport[] = [];
    const ids = mergeSorted(this.candidates(report.scope, `y${String(year - 1)}`), this.candidates(report.scope, endKey(year - 1)));
    for (const i of ids) {
      const o = this.reports[i] as ProgrammeReport;
      const p = o.period;
      const fits = p.kind === 'year' ? p.year === year - 1 : p.kind === 'period' && p.to === year - 1;
      if (o !== report && fits && sameScope(o.scope, report.scope)) out.push(o);
    }
    return out;
  }
}

/** Merges two ascending lists of distinct indexes into one ascending list without duplicates. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as number);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}
