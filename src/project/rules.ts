import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import {
  CITE_ADVANCE,
  CITE_LOCAL_APPROVAL,
  CITE_NATIONAL_APPROVAL,
  CITE_REGISTRATION,
  CITE_REGISTRATION_2013,
  CITE_SETTLEMENT,
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
  | 'history.chronological'
  | 'lifecycle.terminal'
  | 'lifecycle.not-allowed'
  | 'lifecycle.local-no-ministry'
  | 'lifecycle.national-needs-ministry'
  | 'registration.deadline-20-may'
  | 'registration.report-deadline-20-june'
  | 'registration.local-deadline'
  | 'advance.fund-source'
  | 'advance.70-on-contract'
  | 'advance.30-after-half-work'
  | 'advance.half-work-required'
  | 'advance.no-sourced-rule'
  | 'funding.disbursed-within-approved'
  | 'adjustment.not-below-disbursed'
  | 'adjustment.deadline'
  | 'acceptance.deadline'
  | 'acceptance.unknown-indicator'
  | 'settlement.after-acceptance'
  | 'settlement.within-approved';

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
    CITE_REGISTRATION_2013,
    'Hồ sơ gửi Sở Công Thương trước ngày 20/5 (TT 36/2013, bản gốc)',
    'Dossier to the Department before 20 May (TT 36/2013, original wording)',
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
  'advance.no-sourced-rule': r('advance.no-sourced-rule', 'option', null, 'Loại đề án không có quy định tạm ứng trong nguồn (tùy chọn)', 'No sourced advance rule for this đề án type (option)'),
  'funding.disbursed-within-approved': r(
    'funding.disbursed-within-approved',
    'consistency',
    CITE_NATIONAL_APPROVAL,
    'Số đã chi không vượt số được duyệt',
    'Disbursed never above approved',
  ),
  'adjustment.not-below-disbursed': r('adjustment.not-below-disbursed', 'consistency', null, 'Không điều chỉnh số duyệt xuống dưới số đã chi', 'Approved not adjusted below disbursed'),
  'adjustment.deadline': r('adjustment.deadline', 'option', null, 'Hạn điều chỉnh (tùy chọn)', 'Adjustment deadline (option)'),
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
});
