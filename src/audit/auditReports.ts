import { fail } from '../internal/errors.js';
import { guarded } from '../internal/plain.js';
import { showValue, valueKind } from '../internal/showValue.js';
import type { LocalizedText } from '../internal/messages.js';
import { percentChange, percentChangeInterval } from '../stats/percentChange.js';
import type { ClaimOperand as Operand } from '../claims/operand.js';
import { auditOne, estimate, PERCENT_SHAPE, sumOf } from './auditReport.js';
import type { AuditResult, Estimate } from './Finding.js';
import { SOURCE_NAMES, auditMessages as M } from './messages.js';
import type { FundingSource, ProgrammeReport } from './ProgrammeReport.js';
import { periodText, read, samePeriod } from './reportFigures.js';
import { readReport } from './readReport.js';
import { ReportIndex } from './reportIndex.js';

/** The number of đề án of a report: stated, or the sum over its sources when every source states it. */
function projectsOf(report: ProgrammeReport): { value: Operand['value']; interval: Operand['interval']; text: string } | undefined {
  if (report.projects !== undefined) {
    const op = read(report.projects);
    return op === undefined ? undefined : { value: op.value, interval: op.interval, text: report.projects.text };
  }
  const lines = report.funding ?? [];
  const ops = lines.flatMap((l) => {
    const op = l.projects === undefined ? undefined : read(l.projects);
    return op === undefined ? [] : [op];
  });
  if (ops.length === 0 || ops.length !== lines.length) return undefined;
  const s = sumOf(ops);
  return { ...s, text: s.value.toString() };
}

function amountOf(report: ProgrammeReport, source: FundingSource): Operand | undefined {
  const fig = report.funding?.find((l) => l.source === source)?.amount;
  return fig === undefined ? undefined : read(fig);
}

/** Changes from one year's report to the next year's, by source, in đề án and in total. */
function yearOnYear(prev: ProgrammeReport, next: ProgrammeReport): Estimate[] {
  const out: Estimate[] = [];
  const period = periodText(prev.period);
  for (const line of next.funding ?? []) {
    const a = amountOf(prev, line.source);
    const b = amountOf(next, line.source);
    if (a === undefined || b === undefined) continue;
    out.push(
      ...estimate('source-change', next, percentChange(b.value, a.value), percentChangeInterval(b.interval, a.interval), PERCENT_SHAPE, 'ratio', (v) =>
        M['source-change']({ ...v, source: SOURCE_NAMES[line.source], period }),
      { against: prev.id, subject: line.source }),
    );
  }
  const pa = projectsOf(prev);
  const pb = projectsOf(next);
  if (pa !== undefined && pb !== undefined) {
    out.push(
      ...estimate('projects-change', next, percentChange(pb.value, pa.value), percentChangeInterval(pb.interval, pa.interval), PERCENT_SHAPE, 'ratio', (v) =>
        M['projects-change']({ ...v, period, from: pa.text, to: pb.text }),
      { against: prev.id }),
    );
  }
  const statesChange = (next.derived ?? []).some(
    (d) => d.kind === 'change' && d.of.kind === 'total' && samePeriod(d.base.period, prev.period) && (d.base.status === undefined || d.base.status === prev.status),
  );
  const ta = prev.total === undefined ? undefined : read(prev.total);
  const tb = next.total === undefined ? undefined : read(next.total);
  if (!statesChange && ta !== undefined && tb !== undefined) {
    out.push(
      ...estimate('total-change', next, percentChange(tb.value, ta.value), percentChangeInterval(tb.interval, ta.interval), PERCENT_SHAPE, 'ratio', (v) =>
        M['total-change']({ ...v, period }),
      { against: prev.id }),
    );
  }
  return out;
}

/** A year's amount against the stated yearly average of the period just before it ("khoảng 700 triệu/năm"). */
function versusPeriodAverage(prev: ProgrammeReport, next: ProgrammeReport): Estimate[] {
  const out: Estimate[] = [];
  for (const d of prev.derived ?? []) {
    if (d.kind !== 'average-per-year') continue;
    const avg = read(d.stated);
    const cur = d.of.kind === 'total' ? (next.total === undefined ? undefined : read(next.total)) : amountOf(next, d.of.source);
    if (avg === undefined || cur === undefined) continue;
    const source: LocalizedText = d.of.kind === 'total' ? { vi: 'tổng', en: 'total' } : SOURCE_NAMES[d.of.source];
    out.push(
      ...estimate('versus-period-average', next, percentChange(cur.value, avg.value), percentChangeInterval(cur.interval, avg.interval), PERCENT_SHAPE, 'ratio', (v) =>
        M['versus-period-average']({ ...v, source, period: periodText(prev.period) }),
      { against: prev.id, ...(d.of.kind === 'source' ? { subject: d.of.source } : {}) }),
    );
  }
  return out;
}

/**
 * Audits several reports together, across years: each report as {@link auditReport} does, except that a
 * stated change whose base year is among the reports is checked against that report's figure (a `change`
 * finding with `against`); and, for reports of the same scope in consecutive years, estimates of the change
 * by funding source, in đề án and in total, and of a year against the stated yearly average of the period
 * just before it.
 *
 * @param input - the reports, in any order.
 * @returns every finding and estimate, report by report in the order given, then the cross-year estimates.
 * @throws {@link KhuyenCongError} `audit.invalid-report` when `input` is not an array, or (with the report's
 *   index first in the path) for an element that is not a {@link ProgrammeReport}, as {@link auditReport} says.
 * @category Audit
 * @example
 * // seed 003: 2014 plan "tăng 17,16% so năm 2013" checked against the 2013 executed total
 * const { findings } = auditReports([seedReport('seed-003/south-2013-executed'), seedReport('seed-003/south-2014-plan')]);
 * findings.find((f) => f.check === 'change')?.status; // "consistent"
 */
export function auditReports(input: readonly ProgrammeReport[]): AuditResult {
  // Each report as auditReport reads it (`audit.invalid-report` with the report's index first in the path).
  if (valueKind(input) !== 'array') {
    fail('audit.invalid-report', { vi: `Cần một mảng báo cáo, nhận được ${showValue(input, 60)}.`, en: `Expected an array of reports, got ${showValue(input, 60)}.` }, []);
  }
  const reports = guarded(input, () => Array.from(input)).map((r, i) => readReport(r, [i]));
  const findings = [];
  const estimates = [];
  // Indexed by scope and period: each report's neighbours are looked up, never searched for (linear in n).
  const index = new ReportIndex(reports);
  for (const r of reports) {
    const one = auditOne(r, index);
    for (const f of one.findings) findings.push(f);
    for (const e of one.estimates) estimates.push(e);
  }
  for (const next of reports) {
    if (next.period.kind !== 'year') continue;
    const y = next.period.year;
    // In the order given, as a scan over every earlier-year report of the scope would find them.
    for (const prev of index.before(next, y)) {
      for (const e of prev.period.kind === 'year' ? yearOnYear(prev, next) : versusPeriodAverage(prev, next)) estimates.push(e);
    }
  }
  return Object.freeze({ findings: Object.freeze(findings), estimates: Object.freeze(estimates) });
}

