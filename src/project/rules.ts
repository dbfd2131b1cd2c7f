import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import {
  CITE_ADVANCE,
  CITE_LOCAL_APPROVAL,
  CITE_NATIONAL_APPROVAL,
  CITE_REGISTRATION,
  CITE_FLAGSHIP,
  CITE_GROUP,
  CITE_REPORT_15_JUNE,
  CITE_REGISTER_20_MAY,
  CITE_SETTLEMENT,
  CITE_TTLT26_ADVANCE,
  tt36Text,
} from './lifecycle.js';

/**
 * What a guard rests on: `law` (a cited provision), `option` (a rule the caller sets; the sources do not
 * state it), `consistency` (arithmetic or ordering that any record must satisfy).
 * @category Projects
 */
export type RuleBasis = 'law' | 'option' | 'consistency';

/**
 * A guard of the lifecycle: its id, what it checks, its basis and its citation (`null` for options and
 * consistency rules without a provision).
 * @category Projects
 */
export interface TransitionRule {
  readonly id: TransitionRuleId;
  readonly label: LocalizedText;
  readonly basis: RuleBasis;
  readonly citation: Citation | null;
}

/**
 * The ids of the lifecycle guards.
 * @category Projects
 */
export type TransitionRuleId =
  | 'input.invalid-event'
  | 'input.invalid-date'
  | 'input.invalid-de-an'
  | 'input.invalid-policy'
  | 'funding.amount-out-of-range'
  | 'scope.flagship-from-tt36'
  | 'scope.group-from-tt36'
  | 'history.chronological'
  | 'lifecycle.terminal'
  | 'lifecycle.not-allowed'
  | 'lifecycle.local-no-ministry'
  | 'lifecycle.national-needs-ministry'
  | 'registration.deadline-20-may'
  | 'registration.report-deadline-15-june'
  | 'registration.report-deadline-20-june'
  | 'registration.local-deadline'
  | 'advance.fund-source'
  | 'advance.70-on-contract'
  | 'advance.30-after-half-work'
  | 'advance.half-work-required'
  | 'advance.70-after-70-percent-investment'
  | 'advance.investment-70-required'
  | 'advance.100-after-acceptance'
  | 'advance.acceptance-required'
  | 'advance.ttlt26-70-percent'
  | 'advance.no-sourced-rule'
  | 'funding.disbursed-within-approved'
  | 'funding.local-pack-level'
  | 'adjustment.not-below-disbursed'
  | 'adjustment.deadline'
  | 'adjustment.approver'
  | 'acceptance.deadline'
  | 'acceptance.unknown-indicator'
  | 'settlement.after-acceptance'
  | 'settlement.within-approved'
  | 'settlement.deadline-22-january';

const r = <K extends TransitionRuleId>(
  id: K,
  basis: RuleBasis,
  citation: Citation | null,
  vi: string,
  en: string,
): TransitionRule & { readonly id: K } => ({
  id,
  label: { vi, en },
  basis,
  citation,
});

/**
 * Every lifecycle guard with its basis and citation. Deeply frozen; docs/projects.md lists the same table.
 * @category Projects
 * @example
 * TRANSITION_RULES['advance.70-on-contract'].citation?.sources; // ['S32']
 */
export const TRANSITION_RULES: { readonly [K in TransitionRuleId]: TransitionRule & { readonly id: K } } = deepFreeze({
  'input.invalid-event': r('input.invalid-event', 'consistency', null, 'Sự kiện không hợp lệ', 'Invalid event'),
  'input.invalid-date': r('input.invalid-date', 'consistency', null, 'Ngày không hợp lệ', 'Invalid date'),
  'input.invalid-de-an': r('input.invalid-de-an', 'consistency', null, 'Đề án hoặc ngữ cảnh không hợp lệ', 'Invalid đề án or context'),
  'input.invalid-policy': r('input.invalid-policy', 'consistency', null, 'Gói chính sách của tỉnh (options.policy) không hợp lệ', 'Invalid provincial policy pack (options.policy)'),
  'funding.amount-out-of-range': r(
    'funding.amount-out-of-range',
    'consistency',
    null,
    'Tổng số tiền vượt 2^53 − 1 đồng',
    'A total above 2^53 − 1 đồng',
  ),
  'scope.flagship-from-tt36': r(
    'scope.flagship-from-tt36',
    'law',
    CITE_FLAGSHIP,
    'Đề án khuyến công quốc gia điểm chỉ có từ 10/02/2014 (TT 36/2013 Điều 2 khoản 3)',
    'National flagship đề án exist only from 2014-02-10 (TT 36/2013 Art. 2(3))',
  ),
  'scope.group-from-tt36': r(
    'scope.group-from-tt36',
    'law',
    CITE_GROUP,
    'Đề án lập theo nhóm chỉ có từ 10/02/2014 (TT 36/2013 Điều 10 khoản 1 điểm a)',
    'Group đề án exist only from 2014-02-10 (TT 36/2013 Art. 10(1)(a))',
  ),
  'history.chronological': r('history.chronological', 'consistency', null, 'Không ghi bước có ngày trước bước trước', 'No step dated before the previous one'),
  'lifecycle.terminal': r('lifecycle.terminal', 'consistency', null, 'Đề án đã ở trạng thái cuối', 'The đề án is in a final state'),
  'lifecycle.not-allowed': r('lifecycle.not-allowed', 'law', null, 'Bước không theo trình tự thủ tục', 'Step out of the procedure order'),
  'lifecycle.local-no-ministry': r(
    'lifecycle.local-no-ministry',
    'law',
    CITE_LOCAL_APPROVAL,
    'Đề án khuyến công địa phương do UBND tỉnh phê duyệt, không qua thẩm định cấp Bộ',
    'Local đề án are approved by the provincial People’s Committee, without ministry appraisal',
  ),
  'lifecycle.national-needs-ministry': r(
    'lifecycle.national-needs-ministry',
    'law',
    CITE_NATIONAL_APPROVAL,
    'Đề án khuyến công quốc gia phải qua thẩm định cấp Bộ trước khi Bộ trưởng phê duyệt kế hoạch',
    'National đề án need ministry appraisal before the Minister approves the plan',
  ),
  'registration.deadline-20-may': r(
    'registration.deadline-20-may',
    'law',
    CITE_REGISTER_20_MAY,
    'Hồ sơ gửi Sở Công Thương trước ngày 20/5 (TT 36/2013, bản gốc)',
    'Dossier to the Department before 20 May (TT 36/2013, original wording)',
  ),
  'registration.report-deadline-15-june': r(
    'registration.report-deadline-15-june',
    'law',
    CITE_REPORT_15_JUNE,
    'Sở Công Thương gửi hồ sơ đăng ký về Cục trước ngày 15/6 (TT 36/2013, bản gốc)',
    'The Department sends the registration to the Cục before 15 June (TT 36/2013, original wording)',
  ),
  'registration.report-deadline-20-june': r(
    'registration.report-deadline-20-june',
    'law',
    CITE_REGISTRATION,
    'Sở Công Thương gửi báo cáo đăng ký về Cục trước ngày 20/6 (TT 36/2013 sửa đổi bởi TT 17/2018)',
    'The Department reports the registration to the Cục before 20 June (TT 36/2013 as amended by TT 17/2018)',
  ),
  'registration.local-deadline': r('registration.local-deadline', 'option', null, 'Hạn đăng ký đề án địa phương (tùy chọn)', 'Local registration deadline (option)'),
  'advance.fund-source': r(
    'advance.fund-source',
    'law',
    CITE_ADVANCE,
    'Tạm ứng là tạm ứng kinh phí khuyến công hỗ trợ đề án',
    'An advance is an advance of the khuyến công support funds',
  ),
  'advance.70-on-contract': r(
    'advance.70-on-contract',
    'law',
    CITE_ADVANCE,
    'Tạm ứng tối đa 70% kinh phí hỗ trợ sau khi ký hợp đồng',
    'Advance of at most 70% of the support once the contract is signed',
  ),
  'advance.30-after-half-work': r(
    'advance.30-after-half-work',
    'law',
    CITE_ADVANCE,
    'Tạm ứng tối đa 30% kinh phí hỗ trợ cho đề án hạ tầng, xử lý môi trường cụm công nghiệp',
    'Advance of at most 30% of the support for cluster infrastructure and cluster treatment đề án',
  ),
  'advance.half-work-required': r(
    'advance.half-work-required',
    'law',
    CITE_ADVANCE,
    'Chỉ tạm ứng khi đã thực hiện trên 50% khối lượng hạng mục được hỗ trợ',
    'Advance only once more than 50% of the supported work is done',
  ),
  'advance.70-after-70-percent-investment': r(
    'advance.70-after-70-percent-investment',
    'law',
    tt36Text(13, 2, 'd'),
    'Tạm ứng tối đa 70% kinh phí hỗ trợ cho mô hình trình diễn, máy móc, xử lý ô nhiễm tại cơ sở (TT 36/2013, bản gốc)',
    'Advance of at most 70% for demonstration models, machinery and establishments’ pollution treatment (TT 36/2013, original wording)',
  ),
  'advance.investment-70-required': r(
    'advance.investment-70-required',
    'law',
    tt36Text(13, 2, 'd'),
    'Chỉ tạm ứng khi khối lượng đã thực hiện trên 70% tổng vốn đầu tư',
    'Advance only once the work done is worth more than 70% of the total investment',
  ),
  'advance.100-after-acceptance': r(
    'advance.100-after-acceptance',
    'law',
    tt36Text(13, 3),
    'Tạm ứng 100% kinh phí cho đề án hỗ trợ thành lập doanh nghiệp (TT 36/2013, bản gốc)',
    'Advance of 100% for enterprise-founding đề án (TT 36/2013, original wording)',
  ),
  'advance.acceptance-required': r(
    'advance.acceptance-required',
    'law',
    tt36Text(13, 3, 'b'),
    'Chỉ tạm ứng khi có biên bản nghiệm thu cơ sở',
    'Advance only with the grassroots acceptance record',
  ),
  'advance.ttlt26-70-percent': r(
    'advance.ttlt26-70-percent',
    'law',
    CITE_TTLT26_ADVANCE,
    'Mức tạm ứng không quá 70% tổng kinh phí khuyến công hỗ trợ (TTLT 26/2014 Điều 8 khoản 2 điểm b)',
    'Advances at most 70% of the khuyến công support (TTLT 26/2014 Art. 8(2)(b))',
  ),
  'advance.no-sourced-rule': r('advance.no-sourced-rule', 'option', null, 'Loại đề án không có quy định tạm ứng trong nguồn (tùy chọn)', 'No sourced advance rule for this đề án type (option)'),
  'funding.disbursed-within-approved': r(
    'funding.disbursed-within-approved',
    'consistency',
    CITE_NATIONAL_APPROVAL,
    'Số đã chi không vượt số được duyệt',
    'Disbursed never above approved',
  ),
  'funding.local-pack-level': r(
    'funding.local-pack-level',
    'law',
    null,
    'Kinh phí địa phương được duyệt không vượt mức hỗ trợ theo văn bản của tỉnh (gói chính sách; trích dẫn trong thông báo)',
    "Approved local funding within the province's own levels (policy pack; the message cites the provincial instrument)",
  ),
  'adjustment.not-below-disbursed': r('adjustment.not-below-disbursed', 'consistency', null, 'Không điều chỉnh số duyệt xuống dưới số đã chi', 'Approved not adjusted below disbursed'),
  'adjustment.deadline': r('adjustment.deadline', 'option', null, 'Hạn điều chỉnh (tùy chọn)', 'Adjustment deadline (option)'),
  'adjustment.approver': r(
    'adjustment.approver',
    'law',
    tt36Text(11, 2),
    'Thẩm quyền phê duyệt điều chỉnh: Bộ, Cục hoặc Sở Công Thương (TT 36/2013 Điều 11, bản gốc)',
    'Who approves an adjustment: the Ministry, the Cục or the Department (TT 36/2013 Art. 11, original wording)',
  ),
  'acceptance.deadline': r('acceptance.deadline', 'option', null, 'Hạn nghiệm thu (tùy chọn)', 'Acceptance deadline (option)'),
  'acceptance.unknown-indicator': r('acceptance.unknown-indicator', 'consistency', null, 'Kết quả cho chỉ tiêu không có trong đề án', 'Result for an indicator the đề án does not have'),
  'settlement.after-acceptance': r(
    'settlement.after-acceptance',
    'law',
    CITE_SETTLEMENT,
    'Chỉ quyết toán sau khi nghiệm thu',
    'Settlement only after acceptance',
  ),
  'settlement.within-approved': r('settlement.within-approved', 'consistency', null, 'Số quyết toán không vượt số được duyệt', 'Settled never above approved'),
  'settlement.deadline-22-january': r(
    'settlement.deadline-22-january',
    'law',
    tt36Text(18, 2),
    'Thanh lý hợp đồng và quyết toán không chậm quá ngày 22/01 năm sau (TT 36/2013 Điều 18 khoản 2, bản gốc)',
    'Contract closing and settlement no later than 22 January of the next year (TT 36/2013 Art. 18(2), original wording)',
  ),
});
