/** Reading a report's figures: periods in words, scopes and periods compared, figures looked up and read. */
import type { LocalizedText } from '../internal/messages.js';
import { readClaimNumber } from '../claims/figures.js';
import type { ClaimOperand as Operand } from '../claims/operand.js';
import type { DerivedOf, ProgrammeReport, PublishedFigure, ReportPeriod, ReportScope } from './ProgrammeReport.js';

/** A period in words: "năm 2013" / "2013", "giai đoạn 2007–2015" / "2007–2015", "đến năm 2020" / "by 2020". */
export function periodText(p: ReportPeriod): LocalizedText {
  switch (p.kind) {
    case 'year':
      return { vi: `năm ${String(p.year)}`, en: String(p.year) };
    case 'period':
      return { vi: `giai đoạn ${String(p.from)}–${String(p.to)}`, en: `${String(p.from)}–${String(p.to)}` };
    default:
      return { vi: `đến năm ${String(p.year)}`, en: `by ${String(p.year)}` };
  }
}

/** The number of years a period covers (both ends included); `undefined` for targets "by" a year. */
export function periodYears(p: ReportPeriod): number | undefined {
  if (p.kind === 'year') return 1;
  if (p.kind === 'period') return p.to - p.from + 1;
  return undefined;
}

/** Whether two periods are the same. */
export function samePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  if (a.kind === 'period' && b.kind === 'period') return a.from === b.from && a.to === b.to;
  if (a.kind === 'period' || b.kind === 'period') return false;
  return a.kind === b.kind && a.year === b.year;
}

/** Whether two scopes are the same province or group (by code when both have one, else by name). */
export function sameScope(a: ReportScope, b: ReportScope): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'province' && b.kind === 'province' && a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return a.name === b.name;
}

/** The figure a derived figure is derived from: the total, or a source's amount. */
export function ofFigure(report: ProgrammeReport, of: DerivedOf): PublishedFigure | undefined {
  if (of.kind === 'total') return report.total;
  return report.funding?.find((l) => l.source === of.source)?.amount;
}

/** Reads a published figure, or `undefined` when its text is not a number the parser reads. */
export function read(fig: PublishedFigure): Operand | undefined {
  const r = readClaimNumber(fig.text);
  return r.ok ? r.value : undefined;
}
