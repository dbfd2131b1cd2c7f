/**
 * The report of `npm run report`: an application of the library's public API to the embedded seed data set.
 * It imports the library only through the package barrel (`src/index.ts`), like any user would.
 * @packageDocumentation
 */
export { buildReport, type BuildReportOptions } from './buildReport.js';
export { displayWidth, padDisplay, type Align } from './displayWidth.js';
export { parseReportArgs, REPORT_USAGE, type ReportCommand } from './parseReportArgs.js';
export type { Report, SupportExample } from './Report.js';
export { renderReport, type RenderReportOptions } from './renderReport.js';
export { renderTable, type RenderTableOptions, type TextTable } from './renderTable.js';
