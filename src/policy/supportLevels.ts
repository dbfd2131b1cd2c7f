import type { LocalizedText } from '../internal/messages.js';
import { money, type Money } from '../quantity/Money.js';
import { percent, type Percent } from '../quantity/Percent.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import type { Citation, InstrumentId } from './citation.js';
import { tt28Art8, ttlt26 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { IsoDate } from './isoDate.js';
import { LEGAL_DATES as D } from './legalDates.js';
import type { SupportItemId } from './supportItems.js';

/**
 * What one support level is counted per.
 * @category Policy
 */
export type SupportUnit =
  | 'per-model'
  | 'per-establishment'
  | 'per-round'
  | 'per-cluster'
  | 'per-enterprise'
  | 'per-event'
  | 'per-person'
  | 'per-product'
  | 'per-brand'
  | 'per-association'
  | 'per-linkage-cluster'
  | 'per-year'
  | 'per-project';

/**
 * What a level's percentage is taken of (the amount passed as `eligibleCost` to `computeSupport`):
 * `eligible-cost` (the default: the cost of the supported item), `listed-costs` (the cost items the clause
 * lists), `booth-rent`, `loan-interest-first-two-years` (the interest on the qualifying loans for the first
 * two years), `annual-allocation` (the khuyến công funds allotted for the year), `project-estimate` (the
 * đề án's estimate).
 * @category Policy
 */
export type SupportBase =
  | 'eligible-cost'
  | 'listed-costs'
  | 'booth-rent'
  | 'loan-interest-first-two-years'
  | 'annual-allocation'
  | 'project-estimate';

/**
 * A condition attached to a level that the calculation itself does not check (the eligibility rules do).
 * @category Policy
 */
export type SupportCondition = 'difficult-or-extremely-difficult-area';

/**
 * One dated support level of national khuyến công funds: a percentage cap of the eligible cost and/or an
 * absolute cap in đồng, per unit, valid on [validFrom, validTo].
 * @category Policy
 */
export interface SupportLevel {
  /** Stable id: `<item>@<validFrom>`. */
  readonly id: string;
  readonly item: SupportItemId;
  /** The cap as a share of the eligible cost, when known. */
  readonly percentCap?: Percent;
  /** The cap in đồng, when known. */
  readonly absoluteCap?: Money;
  /**
   * `true` when the law also sets a percentage cap that the library does not know (the result is then an
   * upper bound, bounded only by the absolute cap).
   */
  readonly percentCapNotModelled?: boolean;
  /**
   * `'contract-or-tender'` when the law sets no cap: the amount is the price of a contract awarded by tender
   * (or the approved unit price). Such a level has neither `percentCap` nor `absoluteCap`.
   */
  readonly uncapped?: 'contract-or-tender';
  /** What the percentage is taken of; absent = `eligible-cost`. */
  readonly base?: SupportBase;
  readonly unit: SupportUnit;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly citation: Citation;
  readonly conditions?: readonly SupportCondition[];
  /** Last day the value is believed current; later queries carry a staleness warning. */
  readonly lastConfirmed?: IsoDate;
  /**
   * From this day the level may have been amended by `mayBeAmendedBy` (an amending instrument whose text
   * and date were not read); later queries carry a warning.
   */
  readonly mayBeAmendedFrom?: IsoDate;
  readonly mayBeAmendedBy?: InstrumentId;
  readonly note?: LocalizedText;
}

const TTLT = { validFrom: D.TTLT26_EFFECTIVE, validTo: D.TTLT26_LAST_DAY } as const;
// TT 28/2018 is still cited as current in 2025–26 material, but Decree 235/2025 (from 2025-10-15) may have
// made its levels stale: every TT 28 value is confirmed only up to the day before. TT 64/2024/TT-BTC amended
// TT 28 (provincial recital, S60) from an unknown date: from 2024-01-01 every TT 28 level warns.
const TT28 = {
  validFrom: D.TT28_EFFECTIVE,
  validTo: null,
  lastConfirmed: D.ND45_2012_LAST_DAY,
  mayBeAmendedFrom: D.TT64_2024_WARN_FROM,
  mayBeAmendedBy: 'TT-64-2024-BTC',
} as const;
/** TTLT 26/2014 Art. 6(2) point `point`, read from the text (S59), with the secondary sources seen before. */
const ttlt = (point: string, sources: readonly string[] = []): Citation => ttlt26(6, 2, point, sources);
const tt28 = tt28Art8;
const trieu = (n: number): Money => money(n * 1_000_000);
const DIFFICULT = ['difficult-or-extremely-difficult-area'] as const;

/**
 * The known support levels of national khuyến công funds (docs/legal-sources.md, "Support levels"), dated:
 * Joint Circular 26/2014 Art. 6(2) points a–s, read in full (S59), from 2014-04-08 to 2018-05-10; TT 28/2018
 * from 2018-05-11 (open; only the clauses seen in secondary sources). A level not listed for a date is not
 * known and not modelled; nothing is copied forward. Deeply frozen.
 * @category Policy
 * @example
 * SUPPORT_LEVELS.find((l) => l.id === 'DEMO_MODEL_NEW_TECH@2018-05-11')?.absoluteCap?.dong; // 1000000000
 */
export const SUPPORT_LEVELS: readonly SupportLevel[] = deepFreeze([
  // TTLT 26/2014/TTLT-BTC-BCT Art. 6(2), read in full (S59)
  { id: 'ENTERPRISE_FOUNDING@2014-04-08', item: 'ENTERPRISE_FOUNDING', absoluteCap: trieu(10), unit: 'per-enterprise', conditions: DIFFICULT, citation: ttlt('a', ['S25', 'S26']), ...TTLT },
  { id: 'DEMO_MODEL_NEW_TECH@2014-04-08', item: 'DEMO_MODEL_NEW_TECH', percentCap: percent(30), absoluteCap: trieu(500), unit: 'per-model', citation: ttlt('b', ['S25', 'S26']), ...TTLT },
  { id: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT@2014-04-08', item: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT', absoluteCap: trieu(100), unit: 'per-model', citation: ttlt('b', ['S25']), ...TTLT },
  { id: 'MACHINERY_APPLICATION@2014-04-08', item: 'MACHINERY_APPLICATION', percentCap: percent(50), absoluteCap: trieu(200), unit: 'per-establishment', citation: ttlt('c', ['S25']), ...TTLT },
  {
    id: 'FAIR_DOMESTIC@2014-04-08',
    item: 'FAIR_DOMESTIC',
    percentCap: percent(100),
    base: 'listed-costs',
    unit: 'per-event',
    citation: ttlt('d'),
    note: {
      vi: '100% chi phí thuê gian hàng, thông tin tuyên truyền và hoạt động của Ban tổ chức, theo giá đấu thầu hoặc giá được phê duyệt.',
      en: '100% of booth rent, communications and the organising committee, at the tendered or approved price.',
    },
    ...TTLT,
  },
  { id: 'FAIR_DOMESTIC_JOINING@2014-04-08', item: 'FAIR_DOMESTIC_JOINING', percentCap: percent(80), base: 'booth-rent', unit: 'per-event', citation: ttlt('d'), ...TTLT },
  {
    id: 'FAIR_ABROAD@2014-04-08',
    item: 'FAIR_ABROAD',
    percentCap: percent(100),
    base: 'listed-costs',
    unit: 'per-event',
    citation: ttlt('đ'),
    note: {
      vi: '100% các khoản chi được liệt kê (thuê mặt bằng, thiết kế, dàn dựng gian hàng, trang trí, khai mạc, hội thảo, cán bộ tổ chức), theo giá đấu thầu hoặc giá được phê duyệt.',
      en: '100% of the listed cost items (space, booth design and build, decoration, opening, workshops, organising staff), at the tendered or approved price.',
    },
    ...TTLT,
  },
  { id: 'STUDY_TOUR_ABROAD_AIRFARE@2014-04-08', item: 'STUDY_TOUR_ABROAD_AIRFARE', percentCap: percent(100), unit: 'per-person', citation: ttlt('e', ['S25']), ...TTLT },
  { id: 'TYPICAL_PRODUCT_SELECTION_REGIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_SELECTION_REGIONAL', absoluteCap: trieu(100), unit: 'per-round', citation: ttlt('g', ['S23']), ...TTLT },
  { id: 'TYPICAL_PRODUCT_SELECTION_NATIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', absoluteCap: trieu(200), unit: 'per-round', citation: ttlt('g', ['S23']), ...TTLT },
  { id: 'TYPICAL_PRODUCT_REWARD_REGIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_REWARD_REGIONAL', absoluteCap: trieu(5), unit: 'per-product', citation: ttlt('g'), ...TTLT },
  { id: 'TYPICAL_PRODUCT_REWARD_NATIONAL@2014-04-08', item: 'TYPICAL_PRODUCT_REWARD_NATIONAL', absoluteCap: trieu(10), unit: 'per-product', citation: ttlt('g'), ...TTLT },
  { id: 'BRAND_REGISTRATION@2014-04-08', item: 'BRAND_REGISTRATION', percentCap: percent(50), absoluteCap: trieu(35), unit: 'per-brand', citation: ttlt('h'), ...TTLT },
  { id: 'CONSULTING@2014-04-08', item: 'CONSULTING', percentCap: percent(50), absoluteCap: trieu(35), unit: 'per-establishment', citation: ttlt('i'), ...TTLT },
  {
    id: 'COMMUNICATION_AND_INFORMATION@2014-04-08',
    item: 'COMMUNICATION_AND_INFORMATION',
    uncapped: 'contract-or-tender',
    unit: 'per-event',
    citation: ttlt('k'),
    note: {
      vi: 'Chi theo hợp đồng với cơ quan tuyên truyền, thông tin đại chúng theo phương thức đấu thầu, hoặc theo đơn giá được phê duyệt khi đặt hàng, giao nhiệm vụ; không có mức trần.',
      en: 'Paid under a contract with a media body awarded by tender, or at the approved unit price when commissioned; no cap.',
    },
    ...TTLT,
  },
  { id: 'ASSOCIATION_FOUNDING_REGIONAL@2014-04-08', item: 'ASSOCIATION_FOUNDING_REGIONAL', percentCap: percent(30), absoluteCap: trieu(70), unit: 'per-association', citation: ttlt('l'), ...TTLT },
  { id: 'ASSOCIATION_FOUNDING_NATIONAL@2014-04-08', item: 'ASSOCIATION_FOUNDING_NATIONAL', percentCap: percent(30), absoluteCap: trieu(100), unit: 'per-association', citation: ttlt('l'), ...TTLT },
  { id: 'ENTERPRISE_LINKAGE_CLUSTER@2014-04-08', item: 'ENTERPRISE_LINKAGE_CLUSTER', percentCap: percent(50), absoluteCap: trieu(150), unit: 'per-linkage-cluster', citation: ttlt('m'), ...TTLT },
  {
    id: 'RELOCATION_INTEREST_SUPPORT@2014-04-08',
    item: 'RELOCATION_INTEREST_SUPPORT',
    percentCap: percent(50),
    base: 'loan-interest-first-two-years',
    absoluteCap: trieu(500),
    unit: 'per-establishment',
    citation: ttlt('n'),
    note: {
      vi: 'Sau khi cơ sở hoàn thành đầu tư; chỉ khoản vay trung, dài hạn bằng đồng Việt Nam trả nợ trước hoặc trong hạn, cho nhà xưởng, máy móc thiết bị.',
      en: 'After the establishment has completed the investment; only medium- and long-term đồng loans for buildings and machinery, repaid early or on time.',
    },
    ...TTLT,
  },
  {
    id: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT@2014-04-08',
    item: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT',
    percentCap: percent(30),
    absoluteCap: trieu(300),
    unit: 'per-establishment',
    citation: ttlt('o', ['S26']),
    ...TTLT,
  },
  { id: 'CCN_ENVIRONMENT_SYSTEM@2014-04-08', item: 'CCN_ENVIRONMENT_SYSTEM', percentCap: percent(30), absoluteCap: trieu(1_500), unit: 'per-cluster', citation: ttlt('p'), ...TTLT },
  { id: 'CCN_DETAILED_PLANNING@2014-04-08', item: 'CCN_DETAILED_PLANNING', percentCap: percent(50), absoluteCap: trieu(500), unit: 'per-cluster', citation: ttlt('q'), ...TTLT },
  {
    id: 'CCN_INFRASTRUCTURE@2014-04-08',
    item: 'CCN_INFRASTRUCTURE',
    absoluteCap: trieu(3_000),
    unit: 'per-cluster',
    citation: ttlt('r', ['S23']),
    note: {
      vi: 'Không có tỷ lệ phần trăm: mức trần 3.000 triệu đồng/cụm công nghiệp là mức duy nhất.',
      en: 'No percentage: the cap of 3,000 million đồng per industrial cluster is the only bound.',
    },
    ...TTLT,
  },
  {
    id: 'MANAGEMENT_OVERHEAD_AGENCY@2014-04-08',
    item: 'MANAGEMENT_OVERHEAD_AGENCY',
    percentCap: percent('1.5'),
    base: 'annual-allocation',
    unit: 'per-year',
    citation: ttlt('s'),
    ...TTLT,
  },
  {
    id: 'MANAGEMENT_OVERHEAD_IMPLEMENTER@2014-04-08',
    item: 'MANAGEMENT_OVERHEAD_IMPLEMENTER',
    percentCap: percent('2.5'),
    base: 'project-estimate',
    unit: 'per-project',
    citation: ttlt('s'),
    ...TTLT,
  },
  // TT 28/2018/TT-BTC
  { id: 'ENTERPRISE_FOUNDING@2018-05-11', item: 'ENTERPRISE_FOUNDING', absoluteCap: trieu(10), unit: 'per-enterprise', conditions: DIFFICULT, citation: tt28(undefined, ['S19']), ...TT28 },
  { id: 'DEMO_MODEL_NEW_TECH@2018-05-11', item: 'DEMO_MODEL_NEW_TECH', percentCap: percent(30), absoluteCap: trieu(1_000), unit: 'per-model', citation: tt28(2, ['S20', 'S19', 'S23']), ...TT28 },
  { id: 'MACHINERY_APPLICATION@2018-05-11', item: 'MACHINERY_APPLICATION', percentCap: percent(50), absoluteCap: trieu(300), unit: 'per-establishment', citation: tt28(4, ['S21', 'S23']), ...TT28 },
  {
    id: 'TECH_LINE_APPLICATION@2018-05-11',
    item: 'TECH_LINE_APPLICATION',
    absoluteCap: trieu(450),
    percentCapNotModelled: true,
    unit: 'per-establishment',
    citation: tt28(4, ['S21', 'S23']),
    note: { vi: 'Mức trần bằng 1,5 lần mức hỗ trợ máy móc thiết bị.', en: 'The cap is 1.5 times the machinery cap.' },
    ...TT28,
  },
  {
    id: 'FAIR_ABROAD@2018-05-11',
    item: 'FAIR_ABROAD',
    percentCap: percent(100),
    unit: 'per-event',
    citation: tt28(6, ['S22']),
    note: {
      vi: '100% các khoản chi được liệt kê (thuê mặt bằng, thiết kế, dàn dựng gian hàng, trang trí, khai mạc, hội thảo, nhân sự tổ chức).',
      en: '100% of the listed cost items (space, booth design and build, decoration, opening, workshops, organising staff).',
    },
    ...TT28,
  },
  { id: 'STUDY_TOUR_ABROAD_AIRFARE@2018-05-11', item: 'STUDY_TOUR_ABROAD_AIRFARE', percentCap: percent(100), unit: 'per-person', citation: tt28(undefined, ['S22']), ...TT28 },
  { id: 'TYPICAL_PRODUCT_SELECTION_REGIONAL@2018-05-11', item: 'TYPICAL_PRODUCT_SELECTION_REGIONAL', absoluteCap: trieu(200), unit: 'per-round', citation: tt28(undefined, ['S23']), ...TT28 },
  { id: 'TYPICAL_PRODUCT_SELECTION_NATIONAL@2018-05-11', item: 'TYPICAL_PRODUCT_SELECTION_NATIONAL', absoluteCap: trieu(400), unit: 'per-round', citation: tt28(undefined, ['S23']), ...TT28 },
  {
    id: 'CCN_INFRASTRUCTURE@2018-05-11',
    item: 'CCN_INFRASTRUCTURE',
    absoluteCap: trieu(6_000),
    percentCapNotModelled: true,
    unit: 'per-cluster',
    citation: tt28(undefined, ['S23']),
    ...TT28,
  },
] satisfies SupportLevel[]);

/**
 * The priority uplift of a period: national support for the programmes and đề án in the priority areas and
 * industries of Decree 45/2012 Art. 6(1)–(2), approved by the Ministry, may reach `maxFactor` times the
 * normal level.
 * @category Policy
 */
export interface PriorityUplift {
  readonly id: string;
  /** The largest factor over the normal level (exact). */
  readonly maxFactor: Ratio;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly citation: Citation;
  readonly note: LocalizedText;
}

/**
 * The priority uplifts by period: at most 1.5 times the normal level under Joint Circular 26/2014
 * Art. 6(2)(t) ("không quá 1,5 lần mức hỗ trợ"); not known under TT 28/2018 (not modelled). Deeply frozen.
 * @category Policy
 * @example
 * PRIORITY_UPLIFTS[0]?.maxFactor.toString(); // '1.5'
 */
export const PRIORITY_UPLIFTS: readonly PriorityUplift[] = deepFreeze([
  {
    id: 'PRIORITY_UPLIFT@2014-04-08',
    maxFactor: ratio(3, 2),
    citation: ttlt('t'),
    note: {
      vi: 'Cho các chương trình, đề án tại địa bàn, ngành nghề ưu tiên (khoản 1, 2 Điều 6 Nghị định 45/2012), do Bộ Công Thương phê duyệt.',
      en: 'For programmes and đề án in the priority areas and industries (Decree 45/2012 Art. 6(1)–(2)), approved by the Ministry.',
    },
    ...TTLT,
  },
]);

/**
 * A general spending level that Joint Circular 26/2014 Art. 6(1) sets by reference to another circular
 * (which the library does not model): the point, the subject and the referenced instrument's number.
 * @category Policy
 */
export interface ReferencedLevel {
  readonly point: string;
  readonly subject: LocalizedText;
  /** The referenced instruments' numbers, as the clause writes them. */
  readonly instruments: readonly string[];
  /** Support items of the catalogue whose level this point sets, if any. */
  readonly items: readonly SupportItemId[];
  readonly citation: Citation;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

const ref = (point: string, vi: string, en: string, instruments: readonly string[], items: readonly SupportItemId[] = []): ReferencedLevel => ({
  point,
  subject: { vi, en },
  instruments,
  items,
  citation: ttlt26(6, 1, point),
  ...TTLT,
});

/**
 * Joint Circular 26/2014 Art. 6(1): the general spending levels set by reference to other circulars ("khi
 * quy định tại các Thông tư trích dẫn trên đây thay đổi thì áp dụng theo văn bản mới"). Recorded as facts;
 * the levels themselves are not modelled. Deeply frozen.
 * @category Policy
 * @example
 * TTLT26_REFERENCED_LEVELS.find((r) => r.point === 'b')?.instruments; // ['112/2010/TTLT-BTC-BLĐTBXH', '128/2012/TTLT-BTC-BLĐTBXH']
 */
export const TTLT26_REFERENCED_LEVELS: readonly ReferencedLevel[] = deepFreeze([
  ref('a', 'Biên soạn chương trình, giáo trình, tài liệu', 'Writing curricula, textbooks and materials', ['123/2009/TT-BTC']),
  ref('b', 'Đào tạo nghề, truyền nghề', 'Vocational training and craft transmission', ['112/2010/TTLT-BTC-BLĐTBXH', '128/2012/TTLT-BTC-BLĐTBXH'], ['VOCATIONAL_TRAINING_COURSE']),
  ref('c', 'Hội nghị, hội thảo, tập huấn, diễn đàn', 'Conferences, workshops, training sessions and forums', ['97/2010/TT-BTC'], ['TRAINING_COURSE']),
  ref('d', 'Tham quan, khảo sát, hội chợ, hội thảo ở nước ngoài', 'Study tours, surveys, fairs and workshops abroad', ['102/2012/TT-BTC']),
  ref('đ', 'Cuộc thi, cuộc vận động về khuyến công', 'Contests and campaigns on industrial promotion', ['101/2009/TT-BTC']),
  ref('e', 'Đào tạo, bồi dưỡng cán bộ khuyến công; khởi sự, quản trị doanh nghiệp', 'Training promotion staff; business start-up and management courses', ['139/2010/TT-BTC']),
  ref('g', 'Ứng dụng công nghệ thông tin', 'Information technology', ['19/2012/TTLT-BTC-BKHĐT-BTTTT']),
  ref('h', 'Mô hình thí điểm sản xuất sạch hơn', 'Cleaner-production pilot models', ['221/2012/TTLT-BTC-BCT'], ['CLEANER_PRODUCTION_PILOT_MODEL']),
]);
