import type { CatalogueEntry } from './catalogueEntry.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { fromText } from './cite.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The scope of a đề án khuyến công.
 * @category Policy
 */
export type ProjectScopeId = 'NATIONAL' | 'NATIONAL_FLAGSHIP' | 'LOCAL';

/**
 * The đề án scopes, read from the texts (S59). National and local đề án: Decree 45/2012 Art. 2(3) (a đề án
 * carries out Art. 4 contents; national and local funds, Art. 12–13), the two scopes defined in TT 46/2012
 * Art. 2(2)–(3) from 2013-02-10. National flagship đề án (đề án khuyến công quốc gia điểm): defined in
 * TT 36/2013 Art. 2(3) and given priority in Art. 7(1), so valid from TT 36/2013's entry into force,
 * 2014-02-10. Deeply frozen.
 * @category Policy
 * @example
 * PROJECT_SCOPES.find((s) => s.id === 'NATIONAL_FLAGSHIP')?.validFrom; // '2014-02-10'
 */
export const PROJECT_SCOPES: readonly CatalogueEntry<ProjectScopeId>[] = deepFreeze([
  {
    id: 'NATIONAL',
    label: { vi: 'Đề án khuyến công quốc gia', en: 'National đề án (national funds)' },
    citation: fromText('ND-45-2012', 2, 3, undefined, ['S09']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
    note: {
      vi: 'Khoản 2 Điều 2 Thông tư 46/2012/TT-BCT định nghĩa đề án khuyến công quốc gia (từ 10/02/2013).',
      en: 'Circular 46/2012/TT-BCT Art. 2(2) defines the national đề án (from 2013-02-10).',
    },
  },
  {
    id: 'NATIONAL_FLAGSHIP',
    label: { vi: 'Đề án khuyến công quốc gia điểm', en: 'National flagship đề án (đề án điểm)' },
    citation: fromText('TT-36-2013-BCT', 2, 3),
    validFrom: D.TT36_EFFECTIVE,
    validTo: null,
    note: {
      vi: 'Từ hai nội dung hoạt động trở lên, quy mô lớn, thời gian thực hiện nhiều hơn một năm; được ưu tiên khi xét chọn (khoản 1 Điều 7 Thông tư 36/2013/TT-BCT).',
      en: 'Two or more activity contents, large scale, more than one year; given priority in selection (Circular 36/2013/TT-BCT Art. 7(1)).',
    },
  },
  {
    id: 'LOCAL',
    label: { vi: 'Đề án khuyến công địa phương', en: 'Local đề án (local funds)' },
    citation: fromText('ND-45-2012', 2, 3, undefined, ['S09']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
    note: {
      vi: 'Khoản 3 Điều 2 Thông tư 46/2012/TT-BCT định nghĩa đề án khuyến công địa phương (từ 10/02/2013).',
      en: 'Circular 46/2012/TT-BCT Art. 2(3) defines the local đề án (from 2013-02-10).',
    },
  },
]);

/**
 * The "group" flag of a đề án (đề án lập theo nhóm: beneficiaries and locations fixed later), which combines
 * with any scope: TT 36/2013 Art. 10(1)(a), read from the text, so not before 2014-02-10. Deeply frozen.
 * @category Policy
 * @example
 * PROJECT_GROUP_FLAG.citation.article; // 10
 * PROJECT_GROUP_FLAG.validFrom; // '2014-02-10'
 */
export const PROJECT_GROUP_FLAG: CatalogueEntry<'GROUP'> = deepFreeze({
  id: 'GROUP',
  label: { vi: 'Đề án nhóm (xác định đối tượng, địa điểm sau)', en: 'Group đề án (beneficiaries and locations fixed later)' },
  citation: fromText('TT-36-2013-BCT', 10, 1, 'a', ['S30']),
  validFrom: D.TT36_EFFECTIVE,
  validTo: null,
});
