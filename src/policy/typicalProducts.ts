import type { LocalizedText } from '../internal/messages.js';
import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The levels of typical rural industrial product selection (bình chọn sản phẩm CNNT tiêu biểu).
 * @category Policy
 */
export type TypicalProductLevelId = 'DISTRICT' | 'COMMUNE' | 'PROVINCE' | 'REGION' | 'NATIONAL';

/**
 * A selection level. `rank` 1 is the entry level; each level draws entrants from the level below.
 * @category Policy
 */
export interface TypicalProductLevel extends CatalogueEntry<TypicalProductLevelId> {
  readonly rank: 1 | 2 | 3 | 4;
}

const tt26: Citation = { instrument: 'TT-26-2014-BCT', confidence: 'secondary', sources: ['S43', 'S44', 'S52'] };
const tt38: Citation = { instrument: 'TT-26-2014-BCT', asAmendedBy: 'TT-38-2025-BCT', confidence: 'secondary', sources: ['S41'] };

/**
 * The selection levels by period: district → province → region → national from 2014-10-21 (TT 26/2014);
 * commune replaces district from 2025-07-01 (TT 38/2025). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_LEVELS.find((l) => l.id === 'DISTRICT')?.validTo; // '2025-06-30'
 */
export const TYPICAL_PRODUCT_LEVELS: readonly TypicalProductLevel[] = deepFreeze([
  { id: 'DISTRICT', rank: 1, label: { vi: 'Cấp huyện', en: 'District level' }, citation: tt26, validFrom: '2014-10-21', validTo: '2025-06-30' },
  { id: 'COMMUNE', rank: 1, label: { vi: 'Cấp xã', en: 'Commune level' }, citation: tt38, validFrom: '2025-07-01', validTo: null },
  { id: 'PROVINCE', rank: 2, label: { vi: 'Cấp tỉnh', en: 'Provincial level' }, citation: tt26, validFrom: '2014-10-21', validTo: null },
  {
    id: 'REGION',
    rank: 3,
    label: { vi: 'Cấp khu vực', en: 'Regional level' },
    citation: tt26,
    validFrom: '2014-10-21',
    validTo: null,
    note: {
      vi: 'Khu vực phía Bắc, miền Trung – Tây Nguyên, phía Nam.',
      en: 'Regions: North, Central and Central Highlands, South.',
    },
  },
  { id: 'NATIONAL', rank: 4, label: { vi: 'Cấp quốc gia', en: 'National level' }, citation: tt26, validFrom: '2014-10-21', validTo: null },
]);

/**
 * The three selection regions.
 * @category Policy
 */
export type TypicalProductRegionId = 'NORTH' | 'CENTRAL_HIGHLANDS' | 'SOUTH';

/**
 * The selection regions (TT 26/2014, secondary). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_REGIONS.map((r) => r.id); // ['NORTH', 'CENTRAL_HIGHLANDS', 'SOUTH']
 */
export const TYPICAL_PRODUCT_REGIONS: readonly CatalogueEntry<TypicalProductRegionId>[] = deepFreeze([
  { id: 'NORTH', label: { vi: 'Khu vực phía Bắc', en: 'North' }, citation: tt26, validFrom: '2014-10-21', validTo: null },
  {
    id: 'CENTRAL_HIGHLANDS',
    label: { vi: 'Khu vực miền Trung – Tây Nguyên', en: 'Central and Central Highlands' },
    citation: tt26,
    validFrom: '2014-10-21',
    validTo: null,
  },
  { id: 'SOUTH', label: { vi: 'Khu vực phía Nam', en: 'South' }, citation: tt26, validFrom: '2014-10-21', validTo: null },
]);

/**
 * The four product groups of the selection.
 * @category Policy
 */
export type TypicalProductGroupId = 'HANDICRAFT' | 'PROCESSED_AGRO_FOOD' | 'MACHINERY_TOOLS_PARTS' | 'OTHER';

const groups: Citation = { instrument: 'TT-26-2014-BCT', confidence: 'secondary', sources: ['S43', 'S47', 'S53'] };

/**
 * The product groups (secondary). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_GROUPS.length; // 4
 */
export const TYPICAL_PRODUCT_GROUPS: readonly CatalogueEntry<TypicalProductGroupId>[] = deepFreeze([
  { id: 'HANDICRAFT', label: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' }, citation: groups, validFrom: '2014-10-21', validTo: null },
  {
    id: 'PROCESSED_AGRO_FOOD',
    label: { vi: 'Chế biến nông, lâm, thủy sản và thực phẩm', en: 'Processed agro-forestry-fishery products and food' },
    citation: groups,
    validFrom: '2014-10-21',
    validTo: null,
  },
  {
    id: 'MACHINERY_TOOLS_PARTS',
    label: { vi: 'Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí', en: 'Equipment, machinery, tools and mechanical parts' },
    citation: groups,
    validFrom: '2014-10-21',
    validTo: null,
  },
  { id: 'OTHER', label: { vi: 'Sản phẩm khác', en: 'Other products' }, citation: groups, validFrom: '2014-10-21', validTo: null },
]);

/**
 * One criterion group of the score sheet.
 * @category Policy
 */
export interface ScoreCriterion {
  readonly id: 'MARKET_AND_GROWTH' | 'ECON_TECH_SOCIAL_ENV' | 'CULTURE_AESTHETICS' | 'OTHER';
  readonly label: LocalizedText;
  readonly maxPoints: number;
}

/**
 * The score sheet of typical-product selection.
 * @category Policy
 */
export interface ScoreSheet {
  readonly criteria: readonly ScoreCriterion[];
  readonly totalPoints: number;
  readonly citation: Citation;
  readonly validFrom: string;
  readonly validTo: string | null;
  /** Pass thresholds per level are not known and not modelled. */
  readonly note: LocalizedText;
}

/**
 * The score sheet of TT 26/2014/TT-BCT Annex 4 (40/40/10/10, total 100; verified from a reproduction of the
 * form, S45). Pass thresholds are not known and not modelled. Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_SCORE_SHEET.criteria.map((c) => c.maxPoints); // [40, 40, 10, 10]
 */
export const TYPICAL_PRODUCT_SCORE_SHEET: ScoreSheet = deepFreeze({
  criteria: [
    {
      id: 'MARKET_AND_GROWTH',
      label: { vi: 'Tiêu chí về đáp ứng thị trường và khả năng phát triển sản xuất', en: 'Market fit and ability to grow production' },
      maxPoints: 40,
    },
    {
      id: 'ECON_TECH_SOCIAL_ENV',
      label: { vi: 'Tiêu chí về kinh tế – kỹ thuật – xã hội và môi trường', en: 'Economic, technical, social and environmental' },
      maxPoints: 40,
    },
    { id: 'CULTURE_AESTHETICS', label: { vi: 'Tiêu chí về tính văn hóa, tính thẩm mỹ', en: 'Cultural and aesthetic value' }, maxPoints: 10 },
    { id: 'OTHER', label: { vi: 'Một số tiêu chí khác', en: 'Other criteria' }, maxPoints: 10 },
  ],
  totalPoints: 100,
  citation: { instrument: 'TT-26-2014-BCT', annex: 4, confidence: 'verified-from-text', sources: ['S45'] },
  validFrom: '2014-10-21',
  validTo: null,
  note: {
    vi: 'Chưa rõ Thông tư 14/2018/TT-BCT có đổi trọng số không; điểm đạt tối thiểu mỗi cấp chưa xác minh, không mô hình hoá.',
    en: 'Whether TT 14/2018/TT-BCT changed the weights is unknown; minimum pass scores per level are unverified and not modelled.',
  },
});
