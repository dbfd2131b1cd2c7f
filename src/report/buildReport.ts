import { provinceSection } from './provinceSection.js';
import type { Report } from './Report.js';
import { supportExamples } from './supportExamples.js';

/**
 * Options of {@link buildReport}. None yet: the report is computed from the embedded data set only.
 * @category Report
 */
export type BuildReportOptions = Record<string, never>;

/**
 * Computes the report on the embedded seed data set with the library's public API. Pure: no I/O, same
 * result on every call.
 * @param _options - reserved.
 * @returns the structured report (plain JSON data).
 * @category Report
 */
export function buildReport(_options: BuildReportOptions = {}): Report {
  return {
    schema: 'khuyen-cong/report@1',
    title: {
      vi: 'Khuyến công: báo cáo trên bộ dữ liệu nguồn',
      en: 'Khuyến công (industrial promotion): report on the source data set',
    },
    support: supportExamples(),
    provinces: provinceSection(),
  };
}
