import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { nd45Art1Clause2 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The kinds of place where a rural industrial establishment must invest and produce (Art. 1(2)(a)).
 * @category Policy
 */
export type LocationKindId =
  | 'HUYEN'
  | 'THI_XA'
  | 'THI_TRAN'
  | 'XA'
  | 'PHUONG_OF_TYPE_2_OR_3_CITY'
  | 'PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA'
  | 'XA_OF_PROVINCE'
  | 'PHUONG_OF_PROVINCE'
  | 'DAC_KHU_OF_PROVINCE'
  | 'XA_OF_CENTRAL_CITY'
  | 'DAC_KHU_OF_CENTRAL_CITY'
  | 'RECOGNISED_CRAFT_VILLAGE';

/**
 * A location kind.
 * @category Policy
 */
export interface LocationKind extends CatalogueEntry<LocationKindId> {
  /**
   * For wards of type-1 cities: converted from a commune "chưa quá 05 năm" (not more than 5 years before).
   * How to count the years is left to the eligibility rules.
   */
  readonly maxYearsSinceConversionFromXa?: number;
}

const c2012: Citation = nd45Art1Clause2('a', false, ['S01', 'S02', 'S03']);
const c2025: Citation = nd45Art1Clause2('a', true, ['S10']);
const P2012 = { citation: c2012, validFrom: D.ND45_EFFECTIVE, validTo: D.ND45_2012_LAST_DAY } as const;
const P2025 = { citation: c2025, validFrom: D.ND235_EFFECTIVE, validTo: null } as const;

/**
 * The eligible location kinds by period. 2012 text: huyện, thị xã, thị trấn, xã, wards of type-2 and
 * type-3 cities, wards of type-1 cities converted from communes not more than 5 years before. As amended
 * from 2025-10-15 (two-level local government): communes, wards and special zones of provinces; communes
 * and special zones of centrally-run cities; craft villages recognised by the provincial People's
 * Committee. Deeply frozen.
 * @category Policy
 * @example
 * LOCATION_KINDS.filter((k) => k.validFrom === '2025-10-15').length; // 6
 */
export const LOCATION_KINDS: readonly LocationKind[] = deepFreeze([
  { id: 'HUYEN', label: { vi: 'Huyện', en: 'Rural district (huyện)' }, ...P2012 },
  { id: 'THI_XA', label: { vi: 'Thị xã', en: 'Town (thị xã)' }, ...P2012 },
  { id: 'THI_TRAN', label: { vi: 'Thị trấn', en: 'Township (thị trấn)' }, ...P2012 },
  { id: 'XA', label: { vi: 'Xã', en: 'Commune (xã)' }, ...P2012 },
  {
    id: 'PHUONG_OF_TYPE_2_OR_3_CITY',
    label: { vi: 'Phường thuộc thành phố loại 2, loại 3', en: 'Ward of a type-2 or type-3 city' },
    ...P2012,
  },
  {
    id: 'PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA',
    label: {
      vi: 'Phường thuộc thành phố loại 1 được chuyển đổi từ xã chưa quá 05 năm',
      en: 'Ward of a type-1 city converted from a commune not more than 5 years before',
    },
    maxYearsSinceConversionFromXa: 5,
    ...P2012,
  },
  { id: 'XA_OF_PROVINCE', label: { vi: 'Xã thuộc tỉnh', en: 'Commune of a province' }, ...P2025 },
  { id: 'PHUONG_OF_PROVINCE', label: { vi: 'Phường thuộc tỉnh', en: 'Ward of a province' }, ...P2025 },
  { id: 'DAC_KHU_OF_PROVINCE', label: { vi: 'Đặc khu thuộc tỉnh', en: 'Special zone of a province' }, ...P2025 },
  { id: 'XA_OF_CENTRAL_CITY', label: { vi: 'Xã thuộc thành phố trực thuộc trung ương', en: 'Commune of a centrally-run city' }, ...P2025 },
  {
    id: 'DAC_KHU_OF_CENTRAL_CITY',
    label: { vi: 'Đặc khu thuộc thành phố trực thuộc trung ương', en: 'Special zone of a centrally-run city' },
    ...P2025,
  },
  {
    id: 'RECOGNISED_CRAFT_VILLAGE',
    label: { vi: 'Làng nghề được Ủy ban nhân dân cấp tỉnh công nhận', en: "Craft village recognised by the provincial People's Committee" },
    ...P2025,
  },
]);
