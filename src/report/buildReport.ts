import { auditReports, SEED_REPORTS, type ProgrammeReport } from '../index.js';
import { auditSection } from './auditSection.js';
import { eligibilityExamples } from './eligibilitySection.js';
import { figureRows, outputRows, sourceRows } from './figuresSection.js';
import { provinceSection } from './provinceSection.js';
import type { Report } from './Report.js';
import { completionRows, statisticRows } from './statisticsSection.js';
import { supportExamples } from './supportExamples.js';

/**
 * Options of {@link buildReport}.
 * @category Report
 */
export interface BuildReportOptions {
  /** The reports to compute over. Default: the embedded seed data set, `SEED_REPORTS`. */
  readonly reports?: readonly ProgrammeReport[];
}

/**
 * Computes the report with the library's public API: the figures of the reports, the statistics derived from
 * them, the audit of every published derived figure, the provinces on the current map, and worked eligibility
 * and support examples. Pure: no I/O, the same result on every call; the result is plain JSON data.
 * @param options - the reports to use (default: the embedded seed data set).
 * @returns the structured report.
 * @category Report
 */
export function buildReport(options: BuildReportOptions = {}): Report {
  const reports = options.reports ?? SEED_REPORTS;
  const audit = auditReports(reports);
  return {
    schema: 'khuyen-cong/report@1',
    title: {
      vi: 'Khuyến công: báo cáo trên bộ dữ liệu nguồn',
      en: 'Khuyến công (industrial promotion): report on the source data set',
    },
    sources: sourceRows(reports),
    figures: figureRows(reports),
    outputs: outputRows(reports),
    statistics: statisticRows(audit.estimates, reports),
    completion: completionRows(reports),
    audit: auditSection(audit.findings),
    provinces: provinceSection(reports),
    eligibility: eligibilityExamples(),
    support: supportExamples(),
  };
}
