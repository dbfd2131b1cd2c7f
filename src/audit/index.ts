export { auditReport } from './auditReport.js';
export { auditReports } from './auditReports.js';
export type { AuditCheckId, AuditResult, Estimate, EstimateId, Finding } from './Finding.js';
export { INDICATORS, isIndicatorId, type Indicator, type IndicatorId } from './indicators.js';
export type {
  ApprovingDocument,
  DerivedFigure,
  DerivedOf,
  FigureSource,
  FundingLine,
  FundingSource,
  OutputLine,
  ProgrammeReport,
  PublishedFigure,
  ReportPeriod,
  ReportScope,
  ReportStatus,
} from './ProgrammeReport.js';
export {
  parseProgrammeReport,
  PROGRAMME_REPORT_JSON_SCHEMA,
  ProgrammeReportSchema,
  safeParseProgrammeReport,
} from './parseProgrammeReport.js';
