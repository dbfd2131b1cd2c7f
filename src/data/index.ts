export { SEED_REPORTS, seedReport, type SeedReportId } from './seedReports.js';
