export { SEED_REPORTS, seedReport, type SeedReportById, type SeedReportId } from './seedReports.js';
export { CORPUS_REPORTS } from './corpusReports.js';
