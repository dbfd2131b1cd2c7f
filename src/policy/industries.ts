import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { fromText, ND235_PRESS } from './cite.js';
import { LEGAL_DATES as D } from './legalDates.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { NotModelledEntry } from './notModelled.js';

/**
 * The industries (ngành, nghề) entitled to khuyến công policy.
 * @category Policy
 */
export type IndustryId =
  | 'AGRO_FOREST_FISHERY_FOOD_PROCESSING'
  | 'CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS'
  | 'AGRI_CHEMICALS_AND_BUILDING_MATERIALS'
  | 'MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY'
  | 'HANDICRAFT'
  | 'MINING_IN_DIFFICULT_AREAS'
  | 'CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT'
  | 'HIGH_TECH'
  | 'CLEAN_INDUSTRY'
  | 'ENERGY_SAVING'
  | 'ENVIRONMENTAL_INDUSTRY'
  | 'GREEN_ENERGY';

/**
 * An eligible industry.
 * @category Policy
 */
export interface Industry extends CatalogueEntry<IndustryId> {
  /** A location condition on the industry: mining is eligible only in difficult or extremely difficult areas. */
  readonly locationCondition?: 'difficult-or-extremely-difficult-area';
}

// Decree 45/2012 Điều 5 "Danh mục ngành, nghề được hưởng chính sách khuyến công", khoản 1, points a–g,
// read in the text (S59); the wording is identical to S04's quote.
const pt = (point: string): Citation => fromText('ND-45-2012', 5, 1, point, ['S04']);
const nd235 = ND235_PRESS;
const P2012 = { validFrom: D.ND45_EFFECTIVE, validTo: D.ND45_2012_LAST_DAY } as const;
const P2025 = { validFrom: D.ND235_EFFECTIVE, validTo: null } as const;

const L = {
  AGRO_FOREST_FISHERY_FOOD_PROCESSING: { vi: 'Công nghiệp chế biến nông – lâm – thủy sản và chế biến thực phẩm', en: 'Agro-forestry-fishery processing and food processing' },
  CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS: {
    vi: 'Sản xuất hàng công nghiệp phục vụ tiêu dùng và xuất khẩu, hàng thay thế hàng nhập khẩu',
    en: 'Industrial goods for consumption and export, import substitutes',
  },
  MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY: {
    vi: 'Sản xuất, lắp ráp, sửa chữa máy móc, thiết bị cơ khí, điện, điện tử – tin học; công nghiệp hỗ trợ',
    en: 'Making, assembling and repairing mechanical, electrical, electronic and IT equipment; supporting industry',
  },
} as const;

/**
 * The eligible industries by period. 2012 list: Decree 45/2012 Art. 5(1) points a–g, read from the text
 * (S59; for the establishments of Art. 1(2)(a)–(b)); mining (e) only in difficult or extremely difficult
 * areas. From 2025-10-15: the additions reported for Decree 235/2025
 * and the traditional lines the same reports name as kept (all secondary). Deeply frozen.
 * @category Policy
 * @example
 * INDUSTRIES.find((i) => i.id === 'MINING_IN_DIFFICULT_AREAS')?.citation.point; // 'e'
 */
export const INDUSTRIES: readonly Industry[] = deepFreeze([
  { id: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING', label: L.AGRO_FOREST_FISHERY_FOOD_PROCESSING, citation: pt('a'), ...P2012 },
  { id: 'CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS', label: L.CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS, citation: pt('b'), ...P2012 },
  {
    id: 'AGRI_CHEMICALS_AND_BUILDING_MATERIALS',
    label: {
      vi: 'Công nghiệp hóa chất phục vụ nông nghiệp, nông thôn; sản xuất vật liệu xây dựng',
      en: 'Chemicals for agriculture and rural areas; building materials',
    },
    citation: pt('c'),
    ...P2012,
    note: {
      vi: 'Không hỗ trợ cơ sở sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng (khoản 1 Điều 5 Thông tư 46/2012/TT-BCT, từ 10/02/2013).',
      en: 'No support for clay-brick making in improved hand-fired or ring (Hoffmann) kilns (Circular 46/2012/TT-BCT Art. 5(1), from 2013-02-10).',
    },
  },
  {
    id: 'MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY',
    label: L.MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY,
    citation: pt('d'),
    ...P2012,
  },
  { id: 'HANDICRAFT', label: { vi: 'Sản xuất hàng tiểu thủ công nghiệp', en: 'Handicraft production' }, citation: pt('đ'), ...P2012 },
  {
    id: 'MINING_IN_DIFFICULT_AREAS',
    label: {
      vi: 'Khai thác, chế biến khoáng sản tại địa bàn có điều kiện kinh tế – xã hội khó khăn và đặc biệt khó khăn',
      en: 'Mining and mineral processing in areas with difficult or extremely difficult socio-economic conditions',
    },
    citation: pt('e'),
    locationCondition: 'difficult-or-extremely-difficult-area',
    ...P2012,
  },
  {
    id: 'CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT',
    label: {
      vi: 'Áp dụng sản xuất sạch hơn trong cơ sở sản xuất công nghiệp; xử lý ô nhiễm môi trường tại cụm công nghiệp, cơ sở CNNT',
      en: 'Cleaner production in industrial establishments; pollution treatment in industrial clusters and rural industrial establishments',
    },
    citation: pt('g'),
    ...P2012,
  },
  { id: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING', label: L.AGRO_FOREST_FISHERY_FOOD_PROCESSING, citation: nd235, ...P2025 },
  { id: 'CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS', label: L.CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS, citation: nd235, ...P2025,
    note: { vi: 'Báo chí nêu dệt may, da giày vẫn được hưởng; phạm vi đầy đủ chưa xác minh.', en: 'The press names textiles and footwear as kept; the full scope is unverified.' } },
  {
    id: 'MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY',
    label: L.MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY,
    citation: nd235,
    ...P2025,
    note: { vi: 'Báo chí nêu cơ khí vẫn được hưởng; phạm vi đầy đủ chưa xác minh.', en: 'The press names mechanical engineering as kept; the full scope is unverified.' },
  },
  { id: 'HIGH_TECH', label: { vi: 'Công nghiệp công nghệ cao', en: 'High-tech industry' }, citation: nd235, ...P2025 },
  { id: 'CLEAN_INDUSTRY', label: { vi: 'Công nghiệp sạch', en: 'Clean industry' }, citation: nd235, ...P2025 },
  { id: 'ENERGY_SAVING', label: { vi: 'Tiết kiệm năng lượng', en: 'Energy saving' }, citation: nd235, ...P2025 },
  { id: 'ENVIRONMENTAL_INDUSTRY', label: { vi: 'Công nghiệp môi trường', en: 'Environmental industry' }, citation: nd235, ...P2025 },
  { id: 'GREEN_ENERGY', label: { vi: 'Năng lượng thân thiện với môi trường', en: 'Environmentally friendly energy' }, citation: nd235, ...P2025 },
]);

const unresolved2025 = (id: IndustryId): NotModelledEntry<IndustryId> => ({
  id,
  validFrom: D.ND235_EFFECTIVE,
  validTo: null,
  reason: {
    vi: 'Danh mục ngành nghề theo Nghị định 235/2025/NĐ-CP chưa đọc được; nguồn thứ cấp không nêu ngành này.',
    en: 'The industry list as amended by Decree 235/2025/ND-CP was not seen; secondary sources do not name this line.',
  },
});

/**
 * The 2012 industries whose status after 2025-10-15 is unknown (an explicit "unknown", not "ineligible").
 * Deeply frozen.
 * @category Policy
 * @example
 * UNRESOLVED_INDUSTRIES.map((u) => u.id).includes('HANDICRAFT'); // true
 */
export const UNRESOLVED_INDUSTRIES: readonly NotModelledEntry<IndustryId>[] = deepFreeze([
  unresolved2025('AGRI_CHEMICALS_AND_BUILDING_MATERIALS'),
  unresolved2025('HANDICRAFT'),
  unresolved2025('MINING_IN_DIFFICULT_AREAS'),
  unresolved2025('CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT'),
]);
