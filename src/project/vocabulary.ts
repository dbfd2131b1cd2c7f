import type { LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * Kinds of unit implementing a đề án (đơn vị thực hiện).
 * @category Projects
 */
export const IMPLEMENTING_UNIT_KINDS = Object.freeze([
  'PROVINCIAL_KC_CENTRE',
  'DOIT',
  'REGIONAL_KC_CENTRE',
  'MOIT_KC_AGENCY',
  'ENTERPRISE',
  'ASSOCIATION',
  'RESEARCH_OR_TRAINING_INSTITUTE',
  'OTHER',
] as const);
/** An implementing-unit kind. @category Projects */
export type ImplementingUnitKind = (typeof IMPLEMENTING_UNIT_KINDS)[number];

/**
 * Đề án types as TT 36/2013/TT-BCT's advance rules name them. Original wording (Art. 13, read in S59):
 * 30 % after more than half the work for the two cluster types (13(1)); 70 % on contract for vocational
 * training (13(2)(a)), for consulting, training, workshops, study tours, brands, associations, enterprise
 * clusters and cleaner-production assessment (13(2)(b)), and for fairs, domestic fair participation, media
 * and CCN detailed planning (13(2)(c)); 70 % once more than 70 % of the investment is done for
 * demonstration models, machinery and technology transfer and establishments' pollution treatment
 * (13(2)(d)); 100 % after the grassroots acceptance for enterprise founding (13(3)). As amended by
 * TT 17/2018 (S32, secondary) only the first two groups are sourced. `OTHER`: no sourced advance rule.
 * @category Projects
 */
export const ADVANCE_TYPES = Object.freeze([
  'CCN_INFRASTRUCTURE',
  'CCN_POLLUTION_TREATMENT',
  'VOCATIONAL_TRAINING',
  'CONSULTING',
  'TRAINING',
  'WORKSHOP_FORUM',
  'STUDY_TOUR',
  'BRAND',
  'ASSOCIATION',
  'INDUSTRIAL_ENTERPRISE_CLUSTER',
  'CLEANER_PRODUCTION_ASSESSMENT',
  'FAIR_ORGANISING',
  'FAIR_PARTICIPATION_DOMESTIC',
  'MEDIA',
  'CCN_DETAILED_PLANNING',
  'DEMO_MODEL',
  'MACHINERY_TECH_TRANSFER',
  'ESTABLISHMENT_POLLUTION_TREATMENT',
  'ENTERPRISE_FOUNDING',
  'OTHER',
] as const);
/** A đề án type for the advance rule. @category Projects */
export type AdvanceType = (typeof ADVANCE_TYPES)[number];

/**
 * The states of a đề án's lifecycle (TT 36/2013/TT-BCT as amended by TT 17/2018/TT-BCT; see
 * docs/projects.md for the diagram).
 * @category Projects
 */
export const DE_AN_STATES = Object.freeze([
  'DRAFTED',
  'REGISTERED',
  'GRASSROOTS_APPRAISAL',
  'MINISTRY_APPRAISAL',
  'IN_APPROVED_PLAN',
  'CONTRACTED',
  'ADVANCED',
  'IN_PROGRESS',
  'ACCEPTED',
  'SETTLED',
  'CLOSED',
  'ADJUSTED',
  'SUSPENDED',
  'TERMINATED',
  'REJECTED',
] as const);
/** A lifecycle state. @category Projects */
export type DeAnState = (typeof DE_AN_STATES)[number];

/**
 * The lifecycle events. `CREATE` only opens the history.
 * @category Projects
 */
export const DE_AN_EVENT_TYPES = Object.freeze([
  'CREATE',
  'REGISTER',
  'START_GRASSROOTS_APPRAISAL',
  'SUBMIT_TO_MINISTRY',
  'APPROVE',
  'REJECT',
  'SIGN_CONTRACT',
  'ADVANCE',
  'START_WORK',
  'DISBURSE',
  'ADJUST',
  'SUSPEND',
  'RESUME',
  'TERMINATE',
  'ACCEPT',
  'SETTLE',
  'CLOSE',
] as const);
/** A lifecycle event type. @category Projects */
export type DeAnEventType = (typeof DE_AN_EVENT_TYPES)[number];

/**
 * Bilingual labels of the lifecycle states. Deeply frozen.
 * @category Projects
 * @example
 * DE_AN_STATE_LABELS.ACCEPTED.vi; // 'Đã nghiệm thu'
 */
export const DE_AN_STATE_LABELS: { readonly [K in DeAnState]: LocalizedText } = deepFreeze({
  DRAFTED: { vi: 'Dự thảo', en: 'Drafted' },
  REGISTERED: { vi: 'Đã đăng ký với Sở Công Thương', en: 'Registered with the Department of Industry and Trade' },
  GRASSROOTS_APPRAISAL: { vi: 'Thẩm định cấp cơ sở', en: 'Grassroots appraisal' },
  MINISTRY_APPRAISAL: { vi: 'Thẩm định cấp Bộ', en: 'Ministry appraisal' },
  IN_APPROVED_PLAN: { vi: 'Trong kế hoạch được phê duyệt', en: 'In the approved plan' },
  CONTRACTED: { vi: 'Đã ký hợp đồng thực hiện', en: 'Implementation contract signed' },
  ADVANCED: { vi: 'Đã tạm ứng', en: 'Advance paid' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  ACCEPTED: { vi: 'Đã nghiệm thu', en: 'Accepted (nghiệm thu)' },
  SETTLED: { vi: 'Đã quyết toán', en: 'Settled (quyết toán)' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
  ADJUSTED: { vi: 'Đã điều chỉnh', en: 'Adjusted' },
  SUSPENDED: { vi: 'Tạm dừng', en: 'Suspended' },
  TERMINATED: { vi: 'Ngừng triển khai', en: 'Terminated' },
  REJECTED: { vi: 'Không được chấp thuận', en: 'Rejected' },
});

/**
 * Bilingual labels of the lifecycle events. Deeply frozen.
 * @category Projects
 * @example
 * DE_AN_EVENT_LABELS.SETTLE.en; // 'Settle (quyết toán)'
 */
export const DE_AN_EVENT_LABELS: { readonly [K in DeAnEventType]: LocalizedText } = deepFreeze({
  CREATE: { vi: 'Lập đề án', en: 'Create' },
  REGISTER: { vi: 'Đăng ký với Sở Công Thương', en: 'Register with the Department of Industry and Trade' },
  START_GRASSROOTS_APPRAISAL: { vi: 'Đưa ra thẩm định cấp cơ sở', en: 'Start the grassroots appraisal' },
  SUBMIT_TO_MINISTRY: { vi: 'Gửi Cục để thẩm định cấp Bộ', en: 'Submit to the ministry for appraisal' },
  APPROVE: { vi: 'Phê duyệt kế hoạch', en: 'Approve in the plan' },
  REJECT: { vi: 'Không chấp thuận', en: 'Reject' },
  SIGN_CONTRACT: { vi: 'Ký hợp đồng thực hiện', en: 'Sign the implementation contract' },
  ADVANCE: { vi: 'Tạm ứng', en: 'Pay an advance' },
  START_WORK: { vi: 'Triển khai thực hiện', en: 'Start work' },
  DISBURSE: { vi: 'Thanh toán', en: 'Disburse' },
  ADJUST: { vi: 'Điều chỉnh', en: 'Adjust' },
  SUSPEND: { vi: 'Tạm dừng', en: 'Suspend' },
  RESUME: { vi: 'Tiếp tục', en: 'Resume' },
  TERMINATE: { vi: 'Ngừng triển khai', en: 'Terminate' },
  ACCEPT: { vi: 'Nghiệm thu', en: 'Accept (nghiệm thu)' },
  SETTLE: { vi: 'Quyết toán', en: 'Settle (quyết toán)' },
  CLOSE: { vi: 'Kết thúc', en: 'Close' },
});

/**
 * The kinds of change an adjustment makes, as TT 36/2013/TT-BCT Art. 11(2) (original wording, S59) sorts
 * them: the Ministry approves `INCREASE_FUNDING`, `CHANGE_CONTENT`, `EXTEND_NEXT_YEAR`, `SUPPLEMENT` and
 * `STOP` (11(2)(a)); the Cục approves `CHANGE_PLACE`, `CHANGE_BENEFICIARY`, `CHANGE_PARTNER`,
 * `CHANGE_TIMING_IN_YEAR` and `OTHER_NO_INCREASE` (11(2)(b)); for group đề án the Sở decides changes of
 * place, partner and beneficiary (11(4)).
 * @category Projects
 */
export const ADJUSTMENT_CHANGES = Object.freeze([
  'INCREASE_FUNDING',
  'CHANGE_CONTENT',
  'EXTEND_NEXT_YEAR',
  'SUPPLEMENT',
  'STOP',
  'CHANGE_PLACE',
  'CHANGE_BENEFICIARY',
  'CHANGE_PARTNER',
  'CHANGE_TIMING_IN_YEAR',
  'OTHER_NO_INCREASE',
] as const);
/** A kind of adjustment. @category Projects */
export type AdjustmentChange = (typeof ADJUSTMENT_CHANGES)[number];

/**
 * Who approved an adjustment: the Ministry (Bộ Công Thương), the Cục (Cục Công nghiệp địa phương) or the
 * provincial Department (Sở Công Thương), in rising order of rank: `DOIT`, `CUC`, `MINISTRY`.
 * @category Projects
 */
export const ADJUSTMENT_APPROVERS = Object.freeze(['DOIT', 'CUC', 'MINISTRY'] as const);
/** An adjustment approver. @category Projects */
export type AdjustmentApprover = (typeof ADJUSTMENT_APPROVERS)[number];
