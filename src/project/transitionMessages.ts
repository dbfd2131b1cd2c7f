import { defineMessages, type LocalizedText } from '../internal/messages.js';

function dong(n: number | bigint, locale: 'vi' | 'en'): string {
  const s = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return `${s} đồng`;
}

/** Messages of refused transitions. @internal */
export const transitionMessages = defineMessages({
  invalidEvent: {
    vi: (p: { details: LocalizedText }) => `Sự kiện không hợp lệ: ${p.details.vi}`,
    en: (p: { details: LocalizedText }) => `Invalid event: ${p.details.en}`,
  },
  chronological: {
    vi: (p: { at: string; previous: string }) => `Ngày ${p.at} trước ngày của bước trước (${p.previous}).`,
    en: (p: { at: string; previous: string }) => `Date ${p.at} is before the previous step's date (${p.previous}).`,
  },
  terminal: {
    vi: (p: { state: string }) => `Đề án đã ở trạng thái cuối ${p.state}; không còn bước nào.`,
    en: (p: { state: string }) => `The đề án is in the final state ${p.state}; no step leaves it.`,
  },
  notAllowed: {
    vi: (p: { event: string; state: string; from: string }) =>
      `Bước ${p.event} không được phép ở trạng thái ${p.state} (chỉ từ: ${p.from}).`,
    en: (p: { event: string; state: string; from: string }) =>
      `Step ${p.event} is not allowed in state ${p.state} (only from: ${p.from}).`,
  },
  localNoMinistry: {
    vi: () => 'Đề án khuyến công địa phương không gửi Cục thẩm định cấp Bộ: UBND tỉnh phê duyệt sau thẩm định của Sở Công Thương.',
    en: () => 'A local đề án is not sent to the ministry for appraisal: the provincial People’s Committee approves it after the Department’s appraisal.',
  },
  nationalNeedsMinistry: {
    vi: () => 'Đề án khuyến công quốc gia phải qua thẩm định cấp Bộ (Cục) trước khi được phê duyệt trong kế hoạch.',
    en: () => 'A national đề án must pass the ministry (Cục) appraisal before it is approved in the plan.',
  },
  deadline: {
    vi: (p: { step: LocalizedText; at: string; before: string; planYear: number }) =>
      `${p.step.vi} ngày ${p.at} là quá hạn: phải trước ngày ${p.before} (kế hoạch năm ${String(p.planYear)}).`,
    en: (p: { step: LocalizedText; at: string; before: string; planYear: number }) =>
      `${p.step.en} on ${p.at} is late: it must be before ${p.before} (plan year ${String(p.planYear)}).`,
  },
  optionDeadline: {
    vi: (p: { step: LocalizedText; at: string; before: string }) => `${p.step.vi} ngày ${p.at} là quá hạn đã đặt: phải trước ngày ${p.before}.`,
    en: (p: { step: LocalizedText; at: string; before: string }) => `${p.step.en} on ${p.at} misses the configured deadline: it must be before ${p.before}.`,
  },
  fundSource: {
    vi: (p: { source: string; expected: string }) => `Tạm ứng từ nguồn ${p.source}: chỉ tạm ứng kinh phí khuyến công hỗ trợ (nguồn ${p.expected}).`,
    en: (p: { source: string; expected: string }) => `Advance from source ${p.source}: only the khuyến công support funds (source ${p.expected}) are advanced.`,
  },
  advanceCap: {
    vi: (p: { rate: string; total: number; cap: bigint; approved: number }) =>
      `Tổng tạm ứng ${dong(p.total, 'vi')} vượt ${p.rate}% của ${dong(p.approved, 'vi')} được duyệt (tối đa ${dong(p.cap, 'vi')}).`,
    en: (p: { rate: string; total: number; cap: bigint; approved: number }) =>
      `Total advances of ${dong(p.total, 'en')} exceed ${p.rate}% of the approved ${dong(p.approved, 'en')} (at most ${dong(p.cap, 'en')}).`,
  },
  halfWork: {
    vi: (p: { workDone: string }) => `Chỉ tạm ứng khi khối lượng đã thực hiện trên 50%; báo cáo tiến độ: ${p.workDone}.`,
    en: (p: { workDone: string }) => `An advance needs more than 50% of the work done; progress reported: ${p.workDone}.`,
  },
  noSourcedRule: {
    vi: (p: { type: string }) => `Nguồn không nêu mức tạm ứng cho loại đề án ${p.type}; đặt tùy chọn otherAdvanceLimit nếu quy chế cho phép.`,
    en: (p: { type: string }) => `The sources state no advance rate for đề án type ${p.type}; set the otherAdvanceLimit option if your rules allow one.`,
  },
  aboveApproved: {
    vi: (p: { what: LocalizedText; source: string; total: number; approved: number }) =>
      `${p.what.vi} nguồn ${p.source} lên ${dong(p.total, 'vi')}, vượt số được duyệt ${dong(p.approved, 'vi')}.`,
    en: (p: { what: LocalizedText; source: string; total: number; approved: number }) =>
      `${p.what.en} from source ${p.source} would reach ${dong(p.total, 'en')}, above the approved ${dong(p.approved, 'en')}.`,
  },
  belowDisbursed: {
    vi: (p: { source: string; approved: number; disbursed: number }) =>
      `Số duyệt mới nguồn ${p.source} ${dong(p.approved, 'vi')} thấp hơn số đã chi ${dong(p.disbursed, 'vi')}.`,
    en: (p: { source: string; approved: number; disbursed: number }) =>
      `The new approved amount for source ${p.source}, ${dong(p.approved, 'en')}, is below the ${dong(p.disbursed, 'en')} already disbursed.`,
  },
  unknownIndicator: {
    vi: (p: { id: string }) => `Chỉ tiêu "${p.id}" không có trong đề án.`,
    en: (p: { id: string }) => `Indicator "${p.id}" is not one of the đề án's indicators.`,
  },
  invalidDeAn: {
    vi: (p: { what: string }) => `${p.what} không hợp lệ: cần một đề án đã đọc bằng parseDeAn và ngữ cảnh { at, options? }.`,
    en: (p: { what: string }) => `Invalid ${p.what}: expected a đề án read with parseDeAn and a context { at, options? }.`,
  },
  outOfRange: {
    vi: (p: { what: LocalizedText }) => `${p.what.vi} vượt 9.007.199.254.740.991 đồng (2^53 − 1), giới hạn của số tiền.`,
    en: (p: { what: LocalizedText }) => `${p.what.en} would exceed 9,007,199,254,740,991 đồng (2^53 − 1), the limit of an amount.`,
  },
  notBeforeTt36: {
    vi: (p: { what: LocalizedText; at: string; from: string }) => `${p.what.vi}: ngày ${p.at} trước ngày TT 36/2013/TT-BCT có hiệu lực (${p.from}).`,
    en: (p: { what: LocalizedText; at: string; from: string }) => `${p.what.en}: ${p.at} is before TT 36/2013/TT-BCT took effect (${p.from}).`,
  },
  beforeTt36Advance: {
    vi: (p: { at: string; from: string }) =>
      `Tạm ứng ngày ${p.at}: trước ${p.from} quy định tạm ứng (QĐ 5918/QĐ-BCT) chưa được mô hình hóa; đặt otherAdvanceLimit để kiểm tra.`,
    en: (p: { at: string; from: string }) =>
      `Advance on ${p.at}: before ${p.from} the advance rules (QĐ 5918/QĐ-BCT) are not modelled; set otherAdvanceLimit to check one.`,
  },
  investment70: {
    vi: (p: { workDone: string }) => `Chỉ tạm ứng khi khối lượng đã thực hiện trên 70% tổng vốn đầu tư (đã khai: ${p.workDone}).`,
    en: (p: { workDone: string }) => `An advance needs work worth more than 70% of the total investment (stated: ${p.workDone}).`,
  },
  acceptanceRequired: {
    vi: () => 'Tạm ứng 100% cho đề án thành lập doanh nghiệp chỉ sau khi có biên bản nghiệm thu cơ sở (groundAccepted).',
    en: () => 'The 100% advance for enterprise founding comes only after the grassroots acceptance record (groundAccepted).',
  },
  approver: {
    vi: (p: { approvedBy: LocalizedText; required: LocalizedText }) => `Điều chỉnh này thuộc thẩm quyền ${p.required.vi}, không phải ${p.approvedBy.vi}.`,
    en: (p: { approvedBy: LocalizedText; required: LocalizedText }) => `This adjustment is for ${p.required.en} to approve, not ${p.approvedBy.en}.`,
  },
  settleDeadline: {
    vi: (p: { at: string; before: string; year: number }) =>
      `Quyết toán ngày ${p.at} là quá hạn: không chậm quá ngày ${p.before} (năm sau năm nghiệm thu ${String(p.year)}).`,
    en: (p: { at: string; before: string; year: number }) =>
      `Settlement on ${p.at} is late: no later than ${p.before} (the year after the acceptance year ${String(p.year)}).`,
  },
  settleBeforeAcceptance: {
    vi: (p: { state: string }) => `Chỉ quyết toán sau khi nghiệm thu; đề án đang ở trạng thái ${p.state}.`,
    en: (p: { state: string }) => `Settlement only after acceptance; the đề án is in state ${p.state}.`,
  },
});

/** Formats whole đồng with thousands separators for a locale. @internal */
export const formatDong = dong;
