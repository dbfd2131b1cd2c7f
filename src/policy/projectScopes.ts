import type { CatalogueEntry } from './catalogueEntry.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The scope of a đề án khuyến công.
 * @category Policy
 */
export type ProjectScopeId = 'NATIONAL' | 'NATIONAL_FLAGSHIP' | 'LOCAL';

/**
 * The đề án scopes. National and local đề án: TT 46/2012 Art. 2 (read in part). National flagship đề án
 * (đề án điểm): recognised from 2018 (TT 17/2018, whose date is unverified), so the library lists it from
 * 2020-11-20, the earliest dated source (QĐ 1881). Deeply frozen.
 * @category Policy
 * @example
 * PROJECT_SCOPES.find((s) => s.id === 'NATIONAL_FLAGSHIP')?.validFrom; // '2020-11-20'
 */
export const PROJECT_SCOPES: readonly CatalogueEntry<ProjectScopeId>[] = deepFreeze([
  {
    id: 'NATIONAL',
    label: { vi: 'Đề án khuyến công quốc gia', en: 'National đề án (national funds)' },
    citation: { instrument: 'TT-46-2012-BCT', article: 2, confidence: 'verified-from-text', sources: ['S09'] },
    validFrom: '2012-07-05',
    validTo: null,
  },
  {
    id: 'NATIONAL_FLAGSHIP',
    label: { vi: 'Đề án khuyến công quốc gia điểm', en: 'National flagship đề án (đề án điểm)' },
    citation: { instrument: 'TT-17-2018-BCT', confidence: 'secondary', sources: ['S29', 'S39'] },
    validFrom: '2020-11-20',
    validTo: null,
    note: {
      vi: 'Có từ Thông tư 17/2018/TT-BCT (ngày hiệu lực chưa xác minh); thư viện chỉ ghi từ 20/11/2020 (Quyết định 1881/QĐ-TTg).',
      en: 'Exists since Circular 17/2018/TT-BCT (effective date unverified); the library lists it only from 2020-11-20 (Decision 1881/QD-TTg).',
    },
  },
  {
    id: 'LOCAL',
    label: { vi: 'Đề án khuyến công địa phương', en: 'Local đề án (local funds)' },
    citation: { instrument: 'TT-46-2012-BCT', article: 2, confidence: 'verified-from-text', sources: ['S09'] },
    validFrom: '2012-07-05',
    validTo: null,
  },
]);

/**
 * The "group" flag of a đề án (đề án nhóm: beneficiaries and locations fixed later), which combines with
 * any scope (TT 36/2013 Art. 10, secondary). Deeply frozen.
 * @category Policy
 * @example
 * PROJECT_GROUP_FLAG.citation.article; // 10
 */
export const PROJECT_GROUP_FLAG: CatalogueEntry<'GROUP'> = deepFreeze({
  id: 'GROUP',
  label: { vi: 'Đề án nhóm (xác định đối tượng, địa điểm sau)', en: 'Group đề án (beneficiaries and locations fixed later)' },
  citation: { instrument: 'TT-36-2013-BCT', article: 10, confidence: 'secondary', sources: ['S30'] },
  validFrom: '2012-07-05',
  validTo: null,
  note: { vi: 'Ngày áp dụng sớm nhất chưa xác minh.', en: 'Earliest date of use unverified.' },
});
