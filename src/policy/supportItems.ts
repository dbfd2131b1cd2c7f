import type { ActivityCategoryId } from './activityCategories.js';
import type { CatalogueEntry } from './catalogueEntry.js';
import type { Citation } from './citation.js';
import { cite, ND235_PRESS, nd45Art4, tt28Art8, ttlt26 } from './cite.js';
import { LEGAL_DATES as D } from './legalDates.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The spending items that carry support levels (mức hỗ trợ), each in one activity category.
 * @category Policy
 */
export type SupportItemId =
  | 'VOCATIONAL_TRAINING_COURSE'
  | 'TRAINING_COURSE'
  | 'CONSULTING'
  | 'ENTERPRISE_FOUNDING'
  | 'STUDY_TOUR_ABROAD_AIRFARE'
  | 'DEMO_MODEL_NEW_TECH'
  | 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT'
  | 'MACHINERY_APPLICATION'
  | 'TECH_LINE_APPLICATION'
  | 'CLEANER_PRODUCTION_ASSESSMENT'
  | 'CLEANER_PRODUCTION_PILOT_MODEL'
  | 'FAIR_DOMESTIC'
  | 'FAIR_ABROAD'
  | 'SHOWROOM'
  | 'BRAND_REGISTRATION'
  | 'TYPICAL_PRODUCT_SELECTION_DISTRICT'
  | 'TYPICAL_PRODUCT_SELECTION_COMMUNE'
  | 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL'
  | 'TYPICAL_PRODUCT_SELECTION_REGIONAL'
  | 'TYPICAL_PRODUCT_SELECTION_NATIONAL'
  | 'COMMUNICATION_AND_INFORMATION'
  | 'CCN_DETAILED_PLANNING'
  | 'CCN_INFRASTRUCTURE'
  | 'CCN_ENVIRONMENT_SYSTEM'
  | 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT'
  | 'RELOCATION_INTEREST_SUPPORT'
  | 'FAIR_DOMESTIC_JOINING'
  | 'TYPICAL_PRODUCT_REWARD_REGIONAL'
  | 'TYPICAL_PRODUCT_REWARD_NATIONAL'
  | 'ASSOCIATION_FOUNDING_REGIONAL'
  | 'ASSOCIATION_FOUNDING_NATIONAL'
  | 'ENTERPRISE_LINKAGE_CLUSTER'
  | 'MANAGEMENT_OVERHEAD_AGENCY'
  | 'MANAGEMENT_OVERHEAD_IMPLEMENTER'
  | 'DIGITAL_TRANSFORMATION_SUPPORT'
  | 'ARTISAN_CRAFT_PRESERVATION_SUPPORT';

/**
 * A support item.
 * @category Policy
 */
export interface SupportItem extends CatalogueEntry<SupportItemId> {
  readonly category: ActivityCategoryId;
  /**
   * `true` when a source names this spending item itself; `false` when only its category's theme is
   * sourced (the item is listed so that a query about it gets an explicit "not modelled" answer).
   */
  readonly itemSourced: boolean;
}

const tt28 = tt28Art8;
const tt36 = (sources: readonly string[]): Citation => cite('TT-36-2013-BCT', sources);
const tt46 = (sources: readonly string[]): Citation => cite('TT-46-2012-BCT', sources);
const art4 = nd45Art4;
const tt26 = (sources: readonly string[]): Citation => cite('TT-26-2014-BCT', sources);
const nd235 = ND235_PRESS;
const FROM = D.ND45_EFFECTIVE;
const TTLT_FROM = D.TTLT26_EFFECTIVE;

/**
 * The support items. Deeply frozen. Levels are in `SUPPORT_LEVELS`; an item without a level for a date is
 * "not modelled" on that date.
 * @category Policy
 * @example
 * SUPPORT_ITEMS.find((i) => i.id === 'MACHINERY_APPLICATION')?.category; // 'TECH_DEMO_AND_TRANSFER'
 */
export const SUPPORT_ITEMS: readonly SupportItem[] = deepFreeze([
  {
    id: 'VOCATIONAL_TRAINING_COURSE',
    label: { vi: 'Lớp đào tạo nghề, truyền nghề', en: 'Vocational training or craft-transmission course' },
    category: 'VOCATIONAL_TRAINING',
    citation: tt36(['S32']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TRAINING_COURSE',
    label: { vi: 'Khoá tập huấn, đào tạo ngắn hạn nâng cao năng lực quản lý', en: 'Short training course on management capacity' },
    category: 'MANAGEMENT_CAPACITY',
    citation: tt36(['S32', 'S06']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CONSULTING',
    label: { vi: 'Tư vấn cho cơ sở công nghiệp nông thôn', en: 'Consulting for rural industrial establishments' },
    category: 'CONSULTING_SERVICES',
    citation: tt36(['S32', 'S38']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'ENTERPRISE_FOUNDING',
    label: {
      vi: 'Hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn (địa bàn khó khăn, đặc biệt khó khăn)',
      en: 'Founding a rural industrial enterprise (difficult and extremely difficult areas)',
    },
    category: 'MANAGEMENT_CAPACITY',
    citation: tt28(undefined, ['S19', 'S25']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'STUDY_TOUR_ABROAD_AIRFARE',
    label: { vi: 'Vé máy bay tham quan, khảo sát học tập ở nước ngoài', en: 'Airfare for study tours abroad' },
    category: 'MANAGEMENT_CAPACITY',
    citation: tt28(undefined, ['S22', 'S25']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'DEMO_MODEL_NEW_TECH',
    label: {
      vi: 'Mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản xuất sản phẩm mới',
      en: 'Technical demonstration model for new technology or new products',
    },
    category: 'TECH_DEMO_AND_TRANSFER',
    citation: tt28(2, ['S20', 'S19', 'S23']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'DEMO_MODEL_EFFICIENT_ESTABLISHMENT',
    label: {
      vi: 'Mô hình cơ sở công nghiệp nông thôn đang hoạt động hiệu quả để nhân rộng',
      en: 'Model of an efficiently operating rural industrial establishment, for replication',
    },
    category: 'TECH_DEMO_AND_TRANSFER',
    citation: tt28(2, ['S20', 'S25']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'MACHINERY_APPLICATION',
    label: {
      vi: 'Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ khoa học kỹ thuật',
      en: 'Applying advanced machinery, technology transfer, scientific-technical progress',
    },
    category: 'TECH_DEMO_AND_TRANSFER',
    citation: tt28(4, ['S21', 'S23']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TECH_LINE_APPLICATION',
    label: { vi: 'Hỗ trợ cả dây chuyền công nghệ', en: 'Support for a whole technology line' },
    category: 'TECH_DEMO_AND_TRANSFER',
    citation: tt28(4, ['S21', 'S23']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CLEANER_PRODUCTION_ASSESSMENT',
    label: { vi: 'Đánh giá sản xuất sạch hơn', en: 'Cleaner-production assessment' },
    category: 'CLEANER_PRODUCTION',
    citation: tt36(['S32']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CLEANER_PRODUCTION_PILOT_MODEL',
    label: { vi: 'Mô hình thí điểm áp dụng sản xuất sạch hơn', en: 'Cleaner-production pilot model' },
    category: 'CLEANER_PRODUCTION',
    citation: tt46(['S07', 'S06']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'FAIR_DOMESTIC',
    label: { vi: 'Tổ chức hội chợ, triển lãm trong nước', en: 'Organising fairs and exhibitions in Vietnam' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: art4(4, ['S37', 'S06']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'FAIR_ABROAD',
    label: { vi: 'Tổ chức, tham gia hội chợ, triển lãm ở nước ngoài', en: 'Organising or joining fairs and exhibitions abroad' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt28(6, ['S22']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'SHOWROOM',
    label: { vi: 'Phòng trưng bày giới thiệu sản phẩm', en: 'Product showroom' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: art4(4, ['S06']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
    note: {
      vi: 'Khoản 4 Điều 4 Nghị định 45/2012 nêu "đầu tư các phòng trưng bày"; Thông tư liên tịch 26/2014 không quy định mức.',
      en: 'Decree 45/2012 Art. 4(4) names investing in showrooms; Joint Circular 26/2014 sets no level.',
    },
  },
  {
    id: 'BRAND_REGISTRATION',
    label: { vi: 'Xây dựng, đăng ký thương hiệu', en: 'Brand building or registration' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt36(['S32']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TYPICAL_PRODUCT_SELECTION_DISTRICT',
    label: { vi: 'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp huyện', en: 'District-level typical-product selection round' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt26(['S43', 'S44']),
    validFrom: D.TT26_EFFECTIVE,
    validTo: D.DISTRICT_LEVEL_LAST_DAY,
    itemSourced: true,
    note: { vi: 'Chi từ kinh phí khuyến công địa phương.', en: 'Paid from local industrial-promotion funds.' },
  },
  {
    id: 'TYPICAL_PRODUCT_SELECTION_COMMUNE',
    label: { vi: 'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp xã', en: 'Commune-level typical-product selection round' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: { instrument: 'TT-26-2014-BCT', asAmendedBy: 'TT-38-2025-BCT', confidence: 'secondary', sources: ['S41'] },
    validFrom: D.TT38_2025_EFFECTIVE,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TYPICAL_PRODUCT_SELECTION_PROVINCIAL',
    label: { vi: 'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh', en: 'Provincial typical-product selection round' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt26(['S43', 'S44']),
    validFrom: D.TT26_EFFECTIVE,
    validTo: null,
    itemSourced: true,
    note: { vi: 'Chi từ kinh phí khuyến công địa phương.', en: 'Paid from local industrial-promotion funds.' },
  },
  {
    id: 'TYPICAL_PRODUCT_SELECTION_REGIONAL',
    label: { vi: 'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp khu vực', en: 'Regional typical-product selection round' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt28(undefined, ['S23']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TYPICAL_PRODUCT_SELECTION_NATIONAL',
    label: { vi: 'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia', en: 'National typical-product selection round' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: tt28(undefined, ['S23']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'COMMUNICATION_AND_INFORMATION',
    label: { vi: 'Thông tin, tuyên truyền về khuyến công', en: 'Industrial-promotion information and communication' },
    category: 'INFORMATION_PROVISION',
    citation: art4(6, ['S38']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CCN_DETAILED_PLANNING',
    label: { vi: 'Lập quy hoạch chi tiết cụm công nghiệp', en: 'Detailed planning of an industrial cluster (CCN)' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: art4(7, ['S54', 'S38'], 'b'),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CCN_INFRASTRUCTURE',
    label: { vi: 'Đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp', en: 'Investment in industrial-cluster (CCN) infrastructure' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: tt28(undefined, ['S23', 'S32']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'CCN_ENVIRONMENT_SYSTEM',
    label: { vi: 'Hệ thống xử lý ô nhiễm môi trường cụm công nghiệp', en: 'Pollution-treatment system of an industrial cluster (CCN)' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: tt36(['S32']),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT',
    label: {
      vi: 'Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm môi trường tại cơ sở công nghiệp nông thôn',
      en: 'Repairing or upgrading the pollution-treatment system of a rural industrial establishment',
    },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: { instrument: 'TTLT-26-2014-BTC-BCT', confidence: 'secondary', sources: ['S26', 'S37'] },
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'RELOCATION_INTEREST_SUPPORT',
    label: {
      vi: 'Hỗ trợ lãi suất vốn vay di dời cơ sở gây ô nhiễm môi trường',
      en: 'Loan-interest support for relocating polluting establishments',
    },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: art4(7, ['S07'], 'c'),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'FAIR_DOMESTIC_JOINING',
    label: { vi: 'Tham gia hội chợ, triển lãm khác trong nước', en: 'Joining other fairs and exhibitions in Vietnam' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: ttlt26(6, 2, 'd'),
    validFrom: TTLT_FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TYPICAL_PRODUCT_REWARD_REGIONAL',
    label: { vi: 'Thưởng sản phẩm CNNT tiêu biểu đạt giải cấp khu vực', en: 'Reward for a typical product awarded at regional level' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: ttlt26(6, 2, 'g'),
    validFrom: TTLT_FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'TYPICAL_PRODUCT_REWARD_NATIONAL',
    label: { vi: 'Thưởng sản phẩm CNNT tiêu biểu đạt giải cấp quốc gia', en: 'Reward for a typical product awarded at national level' },
    category: 'TYPICAL_PRODUCT_DEVELOPMENT',
    citation: ttlt26(6, 2, 'g'),
    validFrom: TTLT_FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'ASSOCIATION_FOUNDING_REGIONAL',
    label: { vi: 'Hỗ trợ thành lập hội, hiệp hội ngành nghề cấp vùng', en: 'Founding a regional trade association' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: art4(7, [], 'a'),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'ASSOCIATION_FOUNDING_NATIONAL',
    label: { vi: 'Hỗ trợ thành lập hội, hiệp hội ngành nghề cấp quốc gia', en: 'Founding a national trade association' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: art4(7, [], 'a'),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'ENTERPRISE_LINKAGE_CLUSTER',
    label: { vi: 'Hỗ trợ hình thành cụm liên kết doanh nghiệp công nghiệp', en: 'Forming an industrial enterprise linkage cluster' },
    category: 'LINKAGE_CLUSTER_RELOCATION',
    citation: art4(7, [], 'a'),
    validFrom: FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'MANAGEMENT_OVERHEAD_AGENCY',
    label: {
      vi: 'Chi quản lý chương trình, đề án của cơ quan quản lý kinh phí khuyến công',
      en: 'Programme and đề án management by the agency managing the funds',
    },
    category: 'PROGRAM_MANAGEMENT_CAPACITY',
    citation: ttlt26(6, 2, 's'),
    validFrom: TTLT_FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'MANAGEMENT_OVERHEAD_IMPLEMENTER',
    label: { vi: 'Chi quản lý của đơn vị thực hiện đề án khuyến công', en: 'Management costs of the unit implementing a đề án' },
    category: 'PROGRAM_MANAGEMENT_CAPACITY',
    citation: ttlt26(6, 2, 's'),
    validFrom: TTLT_FROM,
    validTo: null,
    itemSourced: true,
  },
  {
    id: 'DIGITAL_TRANSFORMATION_SUPPORT',
    label: { vi: 'Hỗ trợ chuyển đổi số', en: 'Digital-transformation support' },
    category: 'DIGITAL_TRANSFORMATION',
    citation: nd235,
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    itemSourced: false,
    note: { vi: 'Chỉ chủ đề có nguồn (thứ cấp).', en: 'Only the theme is sourced (secondary).' },
  },
  {
    id: 'ARTISAN_CRAFT_PRESERVATION_SUPPORT',
    label: { vi: 'Hỗ trợ nghệ nhân bảo tồn, phát triển nghề', en: 'Support for artisans preserving crafts' },
    category: 'ARTISAN_CRAFT_PRESERVATION',
    citation: nd235,
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    itemSourced: false,
    note: { vi: 'Chỉ chủ đề có nguồn (thứ cấp).', en: 'Only the theme is sourced (secondary).' },
  },
]);

/**
 * Whether a value is a support-item id.
 * @param value - any value.
 * @returns `true` for a catalogued id.
 * @category Policy
 * @example
 * isSupportItemId('DEMO_MODEL_NEW_TECH'); // true
 */
export function isSupportItemId(value: unknown): value is SupportItemId {
  return typeof value === 'string' && SUPPORT_ITEMS.some((i) => i.id === value);
}
