import type { LocalizedText } from '../internal/messages.js';
import type { CountUnit } from '../quantity/units.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * One indicator of khuyến công outputs: its labels and the unit it is counted in.
 * @category Audit
 */
export interface Indicator {
  readonly label: LocalizedText;
  readonly unit: CountUnit;
}

/**
 * The catalogue of khuyến công output indicators: at least every output the project's seed articles report
 * (workers trained, demonstration models, machinery support, cleaner production, typical products by level,
 * fairs, showrooms, classes and trainees, industrial clusters, treatment systems, relocations, information,
 * study tours, collaborators, surveys, programmes and tasks). Deeply frozen.
 *
 * @category Audit
 * @example
 * INDICATORS['workers-trained'].label.en; // "workers given vocational training"
 */
export const INDICATORS = deepFreeze({
  'workers-trained': {
    label: { vi: 'lao động được đào tạo nghề', en: 'workers given vocational training' },
    unit: 'worker',
  },
  'demonstration-models': {
    label: { vi: 'mô hình trình diễn kỹ thuật', en: 'technical demonstration models' },
    unit: 'model',
  },
  'machinery-support': {
    label: {
      vi: 'cơ sở được hỗ trợ ứng dụng máy móc, thiết bị tiên tiến',
      en: 'establishments supported to apply advanced machinery and equipment',
    },
    unit: 'establishment',
  },
  'cleaner-production-assessments': {
    label: { vi: 'cơ sở được đánh giá nhanh sản xuất sạch hơn', en: 'establishments given a rapid cleaner-production assessment' },
    unit: 'establishment',
  },
  'cleaner-production-models': {
    label: { vi: 'mô hình áp dụng sản xuất sạch hơn', en: 'cleaner-production models' },
    unit: 'model',
  },
  'typical-product-selection': {
    label: { vi: 'bình chọn sản phẩm công nghiệp nông thôn tiêu biểu', en: 'selection of typical rural-industrial products' },
    unit: 'product',
  },
  'typical-products-provincial': {
    label: { vi: 'sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh', en: 'provincial typical rural-industrial products' },
    unit: 'product',
  },
  'typical-products-regional': {
    label: { vi: 'sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực', en: 'regional typical rural-industrial products' },
    unit: 'product',
  },
  'typical-products-national': {
    label: { vi: 'sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia', en: 'national typical rural-industrial products' },
    unit: 'product',
  },
  fairs: {
    label: { vi: 'hội chợ, triển lãm', en: 'fairs and exhibitions' },
    unit: 'fair',
  },
  'fair-booths': {
    label: { vi: 'gian hàng tiêu chuẩn tại hội chợ', en: 'standard booths at fairs' },
    unit: 'booth',
  },
  'fair-establishments': {
    label: { vi: 'cơ sở được hỗ trợ tham gia hội chợ, triển lãm', en: 'establishments supported to attend fairs' },
    unit: 'establishment',
  },
  showrooms: {
    label: { vi: 'cơ sở được hỗ trợ đầu tư phòng trưng bày sản phẩm', en: 'establishments supported to set up a showroom' },
    unit: 'establishment',
  },
  'training-classes': {
    label: { vi: 'lớp đào tạo, tập huấn', en: 'training classes' },
    unit: 'class',
  },
  trainees: {
    label: { vi: 'người được đào tạo, tập huấn', en: 'people trained' },
    unit: 'person',
  },
  'clusters-detailed-planning': {
    label: { vi: 'cụm công nghiệp được hỗ trợ lập quy hoạch chi tiết', en: 'industrial clusters supported with detailed planning' },
    unit: 'cluster',
  },
  'clusters-infrastructure': {
    label: { vi: 'cụm công nghiệp được hỗ trợ đầu tư hạ tầng', en: 'industrial clusters supported with infrastructure' },
    unit: 'cluster',
  },
  'treatment-systems': {
    label: { vi: 'hệ thống xử lý ô nhiễm môi trường', en: 'pollution-treatment systems' },
    unit: 'system',
  },
  relocations: {
    label: {
      vi: 'cơ sở gây ô nhiễm được hỗ trợ lãi suất vốn vay để di dời',
      en: 'polluting establishments given loan-interest support to relocate',
    },
    unit: 'establishment',
  },
  newsletters: {
    label: { vi: 'kỳ bản tin khuyến công', en: 'khuyến công newsletter issues' },
    unit: 'newsletter',
  },
  broadcasts: {
    label: { vi: 'tin bài phát thanh, truyền hình', en: 'radio and television items' },
    unit: 'broadcast',
  },
  'study-tours': {
    label: { vi: 'đoàn tham quan, học tập kinh nghiệm', en: 'study tours' },
    unit: 'delegation',
  },
  collaborators: {
    label: { vi: 'cộng tác viên khuyến công', en: 'khuyến công collaborators' },
    unit: 'collaborator',
  },
  'establishments-surveyed': {
    label: { vi: 'cơ sở được khảo sát, giới thiệu', en: 'establishments surveyed and published' },
    unit: 'establishment',
  },
  programmes: {
    label: { vi: 'chương trình, đề án khuyến công', en: 'khuyến công programmes and đề án' },
    unit: 'project',
  },
  tasks: {
    label: { vi: 'nhiệm vụ khuyến công', en: 'khuyến công tasks' },
    unit: 'task',
  },
} as const satisfies Record<string, Indicator>);

/** The id of an indicator of {@link INDICATORS}. @category Audit */
export type IndicatorId = keyof typeof INDICATORS;

/**
 * Whether a string is the id of an indicator of {@link INDICATORS}.
 * @param id - the candidate: any value.
 * @returns `true` for a catalogue id (a string; never for an array or an object that coerces to one).
 * @category Audit
 * @example
 * isIndicatorId('fair-booths'); // true
 */
export function isIndicatorId(id: unknown): id is IndicatorId {
  // Only a string is an id: `hasOwnProperty` would coerce ['fair-booths'] to 'fair-booths' (and throw a
  // TypeError on {"toString": 1}).
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(INDICATORS, id);
}
