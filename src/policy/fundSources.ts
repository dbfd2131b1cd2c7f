import type { CatalogueEntry } from './catalogueEntry.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { LEGAL_DATES as D } from './legalDates.js';
import { fromText } from './cite.js';

/**
 * The sources of khuyến công funding.
 * @category Policy
 */
export type FundSourceId = 'NATIONAL' | 'LOCAL' | 'COUNTERPART' | 'OTHER_LAWFUL';

/**
 * The funding sources, Decree 45/2012 Chương IV (Art. 11–14, read from the text): national funds (Art. 11(1),
 * from the State budget, Art. 12(1)(a)); local funds (Art. 11(2): managed by the provincial, district or
 * commune People's Committee); sponsorship and other lawful sources (Art. 12(1)(b)–(c), 13(1)(b)–(c));
 * counterpart capital of the beneficiary as QĐ 1881 lists it (secondary). Deeply frozen.
 * @category Policy
 * @example
 * FUND_SOURCES.map((f) => f.id); // ['NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER_LAWFUL']
 */
export const FUND_SOURCES: readonly CatalogueEntry<FundSourceId>[] = deepFreeze([
  {
    id: 'NATIONAL',
    label: { vi: 'Kinh phí khuyến công quốc gia (ngân sách trung ương)', en: 'National industrial-promotion funds (central budget)' },
    citation: fromText('ND-45-2012', 11, 1, undefined, ['S19', 'S25', 'S26']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'LOCAL',
    label: { vi: 'Kinh phí khuyến công địa phương (ngân sách địa phương)', en: 'Local industrial-promotion funds (local budgets)' },
    citation: fromText('ND-45-2012', 11, 2, undefined, ['S19', 'S25', 'S26']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
    note: {
      vi: 'Trước 2025 gồm cả ngân sách cấp huyện.',
      en: 'Before 2025 this included district budgets.',
    },
  },
  {
    id: 'COUNTERPART',
    label: { vi: 'Vốn đối ứng của cơ sở thụ hưởng', en: "Beneficiary's counterpart capital" },
    citation: { instrument: 'QD-1881-2020-TTg', confidence: 'secondary', sources: ['S37'] },
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'OTHER_LAWFUL',
    label: { vi: 'Nguồn hợp pháp khác (tài trợ, chương trình, dự án liên quan)', en: 'Other lawful sources (sponsorship, related programmes and projects)' },
    citation: fromText('ND-45-2012', 12, 1, undefined, ['S37']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
]);
