import type { CatalogueEntry } from './catalogueEntry.js';
import { ND235_PRESS, nd45Art4 } from './cite.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { LEGAL_DATES as D } from './legalDates.js';

/**
 * The khuyến công activity contents: Decree 45/2012 Điều 4, whose nine clauses were read in the text (S59):
 * 1 training, 2 management capacity, 3 demonstration and technology (the library splits out cleaner
 * production), 4 typical products, 5 consulting, 6 information, 7 linkages, industrial clusters and
 * relocation, 8 international cooperation, 9 khuyến công management capacity; two more contents reported for
 * Decree 235/2025 (secondary).
 * @category Policy
 */
export type ActivityCategoryId =
  | 'VOCATIONAL_TRAINING'
  | 'MANAGEMENT_CAPACITY'
  | 'TECH_DEMO_AND_TRANSFER'
  | 'CLEANER_PRODUCTION'
  | 'TYPICAL_PRODUCT_DEVELOPMENT'
  | 'CONSULTING_SERVICES'
  | 'INFORMATION_PROVISION'
  | 'LINKAGE_CLUSTER_RELOCATION'
  | 'INTERNATIONAL_COOPERATION'
  | 'PROGRAM_MANAGEMENT_CAPACITY'
  | 'DIGITAL_TRANSFORMATION'
  | 'ARTISAN_CRAFT_PRESERVATION';

/**
 * An activity category.
 * @category Policy
 */
export interface ActivityCategory extends CatalogueEntry<ActivityCategoryId> {
  /** Set when the library splits a category out of a legal clause (a modelling choice, not the law's). */
  readonly splitFrom?: ActivityCategoryId;
}

const art4 = nd45Art4;
const nd235 = ND235_PRESS;

/**
 * The activity categories with their validity. Deeply frozen. Ten categories come from the nine clauses of
 * Decree 45/2012 Art. 4 (clause 3 split in two);
 * digital transformation and artisan craft preservation were added by Decree 235/2025 from 2025-10-15
 * (secondary; article unknown).
 * @category Policy
 * @example
 * ACTIVITY_CATEGORIES.find((c) => c.id === 'DIGITAL_TRANSFORMATION')?.validFrom; // '2025-10-15'
 */
export const ACTIVITY_CATEGORIES: readonly ActivityCategory[] = deepFreeze([
  {
    id: 'VOCATIONAL_TRAINING',
    label: { vi: 'Đào tạo nghề, truyền nghề', en: 'Vocational training and craft transmission' },
    citation: art4(1, ['S06', 'S54']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'MANAGEMENT_CAPACITY',
    label: {
      vi: 'Nâng cao năng lực quản lý (tư vấn, tập huấn, hội thảo, tham quan khảo sát, thành lập doanh nghiệp, mở rộng thị trường)',
      en: 'Management capacity (consulting, training, workshops, study tours, enterprise founding, market expansion)',
    },
    citation: art4(2, ['S06']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'TECH_DEMO_AND_TRANSFER',
    label: {
      vi: 'Mô hình trình diễn kỹ thuật, chuyển giao công nghệ, ứng dụng máy móc tiên tiến',
      en: 'Technical demonstration models, technology transfer, advanced machinery',
    },
    citation: art4(3, ['S06']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'CLEANER_PRODUCTION',
    label: { vi: 'Mô hình thí điểm, tư vấn áp dụng sản xuất sạch hơn', en: 'Cleaner-production pilot models and consulting' },
    citation: art4(3, ['S06']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
    splitFrom: 'TECH_DEMO_AND_TRANSFER',
    note: {
      vi: 'Tách khỏi khoản 3 để mỗi nội dung chi thuộc đúng một nhóm (lựa chọn mô hình hoá).',
      en: 'Split out of clause 3 so that each spending item maps to one category (a modelling choice).',
    },
  },
  {
    id: 'TYPICAL_PRODUCT_DEVELOPMENT',
    label: {
      vi: 'Phát triển sản phẩm công nghiệp nông thôn tiêu biểu (bình chọn, hội chợ triển lãm, phòng trưng bày, thương hiệu)',
      en: 'Typical rural industrial products (selection, fairs and exhibitions, showrooms, brands)',
    },
    citation: art4(4, ['S06']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'CONSULTING_SERVICES',
    label: { vi: 'Phát triển hoạt động tư vấn', en: 'Consulting' },
    citation: art4(5, ['S54', 'S38']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'INFORMATION_PROVISION',
    label: { vi: 'Cung cấp thông tin, tuyên truyền', en: 'Information and communication' },
    citation: art4(6, ['S54', 'S38']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'LINKAGE_CLUSTER_RELOCATION',
    label: {
      vi: 'Liên doanh, liên kết, hợp tác kinh tế; phát triển cụm công nghiệp; di dời cơ sở gây ô nhiễm; xử lý ô nhiễm',
      en: 'Linkages and economic cooperation; industrial clusters (CCN); relocation of polluting establishments; pollution treatment',
    },
    citation: art4(7, ['S54', 'S38', 'S07']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'INTERNATIONAL_COOPERATION',
    label: { vi: 'Hợp tác quốc tế về khuyến công', en: 'International cooperation on industrial promotion' },
    citation: art4(8, ['S07']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'PROGRAM_MANAGEMENT_CAPACITY',
    label: {
      vi: 'Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công',
      en: 'Capacity to manage and organise industrial-promotion activities',
    },
    citation: art4(9, ['S54', 'S38']),
    validFrom: D.ND45_EFFECTIVE,
    validTo: null,
  },
  {
    id: 'DIGITAL_TRANSFORMATION',
    label: { vi: 'Chuyển đổi số trong hoạt động khuyến công', en: 'Digital transformation in industrial promotion' },
    citation: nd235,
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    note: { vi: 'Điều khoản trong Nghị định 235/2025 chưa xác định.', en: 'Article of Decree 235/2025 not identified.' },
  },
  {
    id: 'ARTISAN_CRAFT_PRESERVATION',
    label: { vi: 'Hỗ trợ nghệ nhân bảo tồn, phát triển nghề thủ công', en: 'Support for artisans to preserve and develop crafts' },
    citation: nd235,
    validFrom: D.ND235_EFFECTIVE,
    validTo: null,
    note: { vi: 'Điều khoản trong Nghị định 235/2025 chưa xác định.', en: 'Article of Decree 235/2025 not identified.' },
  },
]);
