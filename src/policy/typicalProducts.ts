import type { LocalizedText } from '../internal/messages.js';
import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { checkDate } from '../internal/date.js';
import { fromText } from './cite.js';
import { LEGAL_DATES as D } from './legalDates.js';

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

const tt26: Citation = fromText('TT-26-2014-BCT', 3, 1, undefined, ['S43', 'S44', 'S52']);
const tt38: Citation = { instrument: 'TT-26-2014-BCT', asAmendedBy: 'TT-38-2025-BCT', confidence: 'secondary', sources: ['S41'] };

/**
 * The selection levels by period: district → province → region → national from 2014-10-21 (TT 26/2014);
 * commune replaces district from 2025-07-01 (TT 38/2025). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_LEVELS.find((l) => l.id === 'DISTRICT')?.validTo; // '2025-06-30'
 */
export const TYPICAL_PRODUCT_LEVELS: readonly TypicalProductLevel[] = deepFreeze([
  { id: 'DISTRICT', rank: 1, label: { vi: 'Cấp huyện', en: 'District level' }, citation: tt26, validFrom: D.TT26_EFFECTIVE, validTo: D.DISTRICT_LEVEL_LAST_DAY },
  { id: 'COMMUNE', rank: 1, label: { vi: 'Cấp xã', en: 'Commune level' }, citation: tt38, validFrom: D.TT38_2025_EFFECTIVE, validTo: null },
  { id: 'PROVINCE', rank: 2, label: { vi: 'Cấp tỉnh', en: 'Provincial level' }, citation: tt26, validFrom: D.TT26_EFFECTIVE, validTo: null },
  {
    id: 'REGION',
    rank: 3,
    label: { vi: 'Cấp khu vực', en: 'Regional level' },
    citation: tt26,
    validFrom: D.TT26_EFFECTIVE,
    validTo: null,
    note: {
      vi: 'Khu vực phía Bắc, miền Trung – Tây Nguyên, phía Nam.',
      en: 'Regions: North, Central and Central Highlands, South.',
    },
  },
  { id: 'NATIONAL', rank: 4, label: { vi: 'Cấp quốc gia', en: 'National level' }, citation: tt26, validFrom: D.TT26_EFFECTIVE, validTo: null },
]);

/**
 * The three selection regions.
 * @category Policy
 */
export type TypicalProductRegionId = 'NORTH' | 'CENTRAL_HIGHLANDS' | 'SOUTH';

/**
 * The selection regions (TT 26/2014 Art. 3(1)(c), read from the text: North 28, Central and Central
 * Highlands 15, South 20 provinces). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_REGIONS.map((r) => r.id); // ['NORTH', 'CENTRAL_HIGHLANDS', 'SOUTH']
 */
export const TYPICAL_PRODUCT_REGIONS: readonly CatalogueEntry<TypicalProductRegionId>[] = deepFreeze([
  { id: 'NORTH', label: { vi: 'Khu vực phía Bắc', en: 'North' }, citation: tt26, validFrom: D.TT26_EFFECTIVE, validTo: null },
  {
    id: 'CENTRAL_HIGHLANDS',
    label: { vi: 'Khu vực miền Trung – Tây Nguyên', en: 'Central and Central Highlands' },
    citation: tt26,
    validFrom: D.TT26_EFFECTIVE,
    validTo: null,
  },
  { id: 'SOUTH', label: { vi: 'Khu vực phía Nam', en: 'South' }, citation: tt26, validFrom: D.TT26_EFFECTIVE, validTo: null },
]);

/**
 * The four product groups of the selection.
 * @category Policy
 */
export type TypicalProductGroupId = 'HANDICRAFT' | 'PROCESSED_AGRO_FOOD' | 'MACHINERY_TOOLS_PARTS' | 'OTHER';

const groups: Citation = fromText('TT-26-2014-BCT', 5, undefined, undefined, ['S43', 'S47', 'S53']);

/**
 * The product groups (TT 26/2014 Art. 5, read from the text). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_GROUPS.length; // 4
 */
export const TYPICAL_PRODUCT_GROUPS: readonly CatalogueEntry<TypicalProductGroupId>[] = deepFreeze([
  { id: 'HANDICRAFT', label: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' }, citation: groups, validFrom: D.TT26_EFFECTIVE, validTo: null },
  {
    id: 'PROCESSED_AGRO_FOOD',
    label: { vi: 'Chế biến nông, lâm, thủy sản và thực phẩm', en: 'Processed agro-forestry-fishery products and food' },
    citation: groups,
    validFrom: D.TT26_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'MACHINERY_TOOLS_PARTS',
    label: { vi: 'Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí', en: 'Equipment, machinery, tools and mechanical parts' },
    citation: groups,
    validFrom: D.TT26_EFFECTIVE,
    validTo: null,
  },
  { id: 'OTHER', label: { vi: 'Sản phẩm khác', en: 'Other products' }, citation: groups, validFrom: D.TT26_EFFECTIVE, validTo: null },
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
  /** What is known of the sheet beyond the weights. */
  readonly note: LocalizedText;
}

/**
 * The score sheet of TT 26/2014/TT-BCT Annex 4 (40/40/10/10, total 100; verified from a reproduction of the
 * form, S45). The pass mark (an average of at least 70 points, Art. 17(1)) is in
 * {@link TYPICAL_PRODUCT_RULES_TT26}. Deeply frozen.
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
  validFrom: D.TT26_EFFECTIVE,
  validTo: null,
  note: {
    vi: 'Chưa rõ Thông tư 14/2018/TT-BCT có đổi trọng số không; điểm đạt (bình quân từ 70 điểm, khoản 1 Điều 17) theo bản gốc đến 15/08/2018.',
    en: 'Whether TT 14/2018/TT-BCT changed the weights is unknown; the pass mark (an average of at least 70 points, Art. 17(1)) is the original wording\'s, to 2018-08-15.',
  },
});

/**
 * The rules of Circular 26/2014/TT-BCT in its original wording (read from the text, S59), valid from
 * 2014-10-21 to the day before Circular 14/2018/TT-BCT took effect (2018-08-15): what TT 14/2018 changed
 * was not read, so nothing is carried past it.
 * @category Policy
 */
export interface TypicalProductRules {
  /** Art. 17(1): the average score must reach at least this many points ("từ 70 điểm trở lên"). */
  readonly passMarkAverage: number;
  /** Art. 14(1)(a), 14(2)(a): rounds every `everyYears` years, usually in odd (district, province) or even (region, national) years. */
  readonly periodicity: {
    readonly everyYears: number;
    readonly districtAndProvince: 'odd';
    readonly regionAndNational: 'even';
  };
  /** Art. 17(3): a certificate is valid to 31 December of the third year counted from the year of issue. */
  readonly certificateYears: number;
  /** Art. 20(1): complaints within this many working days of the announced result. */
  readonly complaintWorkingDays: number;
  /** Art. 20(2): the council settles a complaint within this many working days of receipt. */
  readonly settlementWorkingDays: number;
  readonly citations: {
    readonly passMark: Citation;
    readonly periodicity: Citation;
    readonly certificate: Citation;
    readonly complaints: Citation;
  };
  readonly validFrom: IsoDateString;
  readonly validTo: IsoDateString | null;
}

type IsoDateString = string;

/**
 * Circular 26/2014's rules in the original wording (2014-10-21 → 2018-08-15). Deeply frozen.
 * @category Policy
 * @example
 * TYPICAL_PRODUCT_RULES_TT26.passMarkAverage; // 70
 * TYPICAL_PRODUCT_RULES_TT26.validTo; // '2018-08-15'
 */
export const TYPICAL_PRODUCT_RULES_TT26: TypicalProductRules = deepFreeze({
  passMarkAverage: 70,
  periodicity: { everyYears: 2, districtAndProvince: 'odd', regionAndNational: 'even' },
  certificateYears: 3,
  complaintWorkingDays: 15,
  settlementWorkingDays: 10,
  citations: {
    passMark: fromText('TT-26-2014-BCT', 17, 1),
    periodicity: fromText('TT-26-2014-BCT', 14),
    certificate: fromText('TT-26-2014-BCT', 17, 3),
    complaints: fromText('TT-26-2014-BCT', 20),
  },
  validFrom: D.TT26_EFFECTIVE,
  validTo: D.TT26_ORIGINAL_LAST_DAY,
});

/**
 * The last day of validity of a typical-product certificate issued on a day under Circular 26/2014's
 * original wording: 31 December of the third year counted from the year of issue (Art. 17(3); the year of
 * issue is the first). `null` for a day outside that wording's period (2014-10-21 → 2018-08-15), whose
 * rule was not read.
 * @param issuedOn - the day of issue, `YYYY-MM-DD` (checked: `date.invalid`).
 * @returns `YYYY-12-31` or `null`.
 * @throws {@link KhuyenCongError} `date.invalid` for a bad date.
 * @category Policy
 * @example
 * certificateValidUntil('2015-11-20'); // '2017-12-31'
 * certificateValidUntil('2019-01-01'); // null
 */
export function certificateValidUntil(issuedOn: string): string | null {
  const d = checkDate(issuedOn, ['issuedOn']);
  const r = TYPICAL_PRODUCT_RULES_TT26;
  if (d < r.validFrom || (r.validTo !== null && d > r.validTo)) return null;
  return `${String(Number(d.slice(0, 4)) + r.certificateYears - 1)}-12-31`;
}
