/**
 * The rules of requested items, shared by both regimes. They change on their own dates (the funding
 * circulars, the selection levels), which enter the tables as inputs derived from the evaluation date.
 * They are evaluated only when the applicant requests an item.
 */
import { text } from '../internal/messages.js';
import type { RequestedItem } from './Applicant.js';
import type { DecisionTable } from './DecisionTable.js';
import { G, row, table } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import type { Citation } from '../policy/citation.js';
import { SUPPORT_LEVELS } from '../policy/supportLevels.js';
import { TYPICAL_PRODUCT_LEVELS } from '../policy/typicalProducts.js';
import { citationOn, must } from './catalogue.js';
import { TT26_DISTRICT_CERTIFICATE, TT26_NO_DISTRICT_ROUND, TT26_SCOPE, TT36_APPRAISAL } from './legalBasis.js';
import { RULE_DATES } from './regimeDates.js';
import { BENEFICIARY_GROUP_LABELS, REQUESTED_ITEM_LABELS, valuesOf } from './vocabulary.js';

/**
 * The founding support's difficult-area condition is stated on the policy catalogue's support levels
 * (`conditions`); the rule cites those rows (TTLT 26/2014, then TT 28/2018 Art. 8).
 */
function foundingLevel(id: string): Citation {
  const l = SUPPORT_LEVELS.find((x) => x.id === id && x.conditions?.includes('difficult-or-extremely-difficult-area') === true);
  return must(l, `level ${id} with its area condition`).citation;
}
const TTLT26_FOUNDING = foundingLevel('ENTERPRISE_FOUNDING@2014-04-08');
const TT28_FOUNDING = foundingLevel('ENTERPRISE_FOUNDING@2018-05-11');
/** Cited from the policy catalogue: the selection levels. */
const TT26_LEVELS = citationOn(TYPICAL_PRODUCT_LEVELS, 'DISTRICT', RULE_DATES.TT26_FROM);
const TT38_LEVELS = citationOn(TYPICAL_PRODUCT_LEVELS, 'COMMUNE', RULE_DATES.COMMUNE_SELECTION_FROM);

const { requestedItem, fundingCircular, difficulty, group, selectionEra, selectionLevel, certificateLevel, lowerRoundHeld, appraisal } = INPUTS;

const ALL_ITEMS = valuesOf(REQUESTED_ITEM_LABELS);
const except = (...items: RequestedItem[]): readonly RequestedItem[] => ALL_ITEMS.filter((i) => !items.includes(i));
const HARD = ['DIFFICULT', 'EXTREMELY_DIFFICULT'];

const ENTERPRISE_FOUNDING = table({
  id: 'items/item.enterprise-founding',
  rule: 'item.enterprise-founding',
  title: text('Hỗ trợ thành lập doanh nghiệp', 'Enterprise-founding support'),
  hitPolicy: 'UNIQUE',
  scope: 'requested-item',
  discretionary: false,
  inputs: [requestedItem, fundingCircular, difficulty],
  citation: TT28_FOUNDING,
  rows: [
    row({ requestedItem: except('ENTERPRISE_FOUNDING') }, 'not-applicable', 'Không đề nghị hỗ trợ thành lập doanh nghiệp.', 'Enterprise-founding support is not requested.', TT28_FOUNDING),
    row({ requestedItem: ['ENTERPRISE_FOUNDING'], 'at.fundingCircular': ['before-TTLT-26-2014'] }, 'review', 'Quy định trước ngày 08/04/2014 (TTLT 125/2009) chưa được mô hình hóa.', 'The rules before 2014-04-08 (TTLT 125/2009) are not modelled.', TTLT26_FOUNDING),
    row({ requestedItem: ['ENTERPRISE_FOUNDING'], 'at.fundingCircular': ['TTLT-26-2014-BTC-BCT'], 'location.difficulty': HARD }, 'passed', 'Hỗ trợ thành lập doanh nghiệp tại địa bàn khó khăn, đặc biệt khó khăn.', 'Enterprise-founding support in a difficult or extremely difficult area.', TTLT26_FOUNDING),
    row({ requestedItem: ['ENTERPRISE_FOUNDING'], 'at.fundingCircular': ['TTLT-26-2014-BTC-BCT'], 'location.difficulty': ['NONE'] }, 'failed', 'Hỗ trợ thành lập doanh nghiệp chỉ dành cho địa bàn khó khăn, đặc biệt khó khăn.', 'Enterprise-founding support is only for difficult or extremely difficult areas.', TTLT26_FOUNDING),
    row({ requestedItem: ['ENTERPRISE_FOUNDING'], 'at.fundingCircular': ['TT-28-2018-BTC'], 'location.difficulty': HARD }, 'passed', 'Hỗ trợ thành lập doanh nghiệp tại địa bàn khó khăn, đặc biệt khó khăn.', 'Enterprise-founding support in a difficult or extremely difficult area.', TT28_FOUNDING),
    row({ requestedItem: ['ENTERPRISE_FOUNDING'], 'at.fundingCircular': ['TT-28-2018-BTC'], 'location.difficulty': ['NONE'] }, 'failed', 'Hỗ trợ thành lập doanh nghiệp chỉ dành cho địa bàn khó khăn, đặc biệt khó khăn.', 'Enterprise-founding support is only for difficult or extremely difficult areas.', TT28_FOUNDING),
  ],
});

const TPE = 'TYPICAL_PRODUCT_ENTRY';

const TYPICAL_PRODUCT_ENTRY = table({
  id: 'items/item.typical-product-entry',
  rule: 'item.typical-product-entry',
  title: text('Tham gia bình chọn sản phẩm CNNT tiêu biểu', 'Entry in typical rural-industrial product selection'),
  hitPolicy: 'FIRST',
  scope: 'requested-item',
  discretionary: false,
  inputs: [requestedItem, group, selectionEra, selectionLevel, certificateLevel, lowerRoundHeld],
  citation: TT26_LEVELS,
  rows: [
    row({ requestedItem: except(TPE) }, 'not-applicable', 'Không đề nghị tham gia bình chọn.', 'No selection entry is requested.', TT26_LEVELS),
    row({ requestedItem: [TPE], group: valuesOf(BENEFICIARY_GROUP_LABELS).filter((g) => g !== G.A) }, 'failed', 'Chỉ cơ sở công nghiệp nông thôn (điểm a khoản 2 Điều 1 NĐ 45) được tham gia bình chọn.', 'Only rural industrial establishments (NĐ 45 Art. 1(2)(a)) may enter the selection.', TT26_SCOPE),
    row({ requestedItem: [TPE], 'at.selectionEra': ['before-TT-26-2014'] }, 'review', 'Quy định trước ngày 21/10/2014 (TT 35/2010) chưa được mô hình hóa.', 'The rules before 2014-10-21 (TT 35/2010) are not modelled.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'at.selectionEra': ['commune-entry'], 'typicalProduct.level': ['DISTRICT'] }, 'failed', 'Từ 01/07/2025 không còn bình chọn cấp huyện.', 'There is no district-level selection from 2025-07-01.', TT38_LEVELS),
    row({ requestedItem: [TPE], 'at.selectionEra': ['district-entry'], 'typicalProduct.level': ['COMMUNE'] }, 'failed', 'Bình chọn cấp xã chỉ có từ 01/07/2025.', 'Commune-level selection exists only from 2025-07-01.', TT38_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['DISTRICT'] }, 'passed', 'Cấp huyện là cấp đầu vào, không cần giấy chứng nhận.', 'The district level is the entry level; no certificate is needed.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['COMMUNE'] }, 'passed', 'Cấp xã là cấp đầu vào, không cần giấy chứng nhận.', 'The commune level is the entry level; no certificate is needed.', TT38_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['district-entry'], 'typicalProduct.certificateLevel': ['DISTRICT', 'PROVINCE', 'REGION', 'NATIONAL'] }, 'passed', 'Sản phẩm đã có giấy chứng nhận cấp huyện.', 'The product holds a district certificate.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['commune-entry'], 'typicalProduct.certificateLevel': ['COMMUNE', 'PROVINCE', 'REGION', 'NATIONAL'] }, 'passed', 'Sản phẩm đã có giấy chứng nhận cấp xã.', 'The product holds a commune certificate.', TT38_LEVELS),
    // TT 26/2014 Art. 12(2)(b) asks for the district certificate, but Art. 12(2)(d) lets an establishment enter
    // the provincial round without it where no district round was held: whether one was held decides.
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['district-entry'], 'typicalProduct.certificateLevel': ['NONE'], 'typicalProduct.lowerRoundHeld': ['no'] }, 'passed', 'Không tổ chức bình chọn cấp huyện: cơ sở gửi hồ sơ qua UBND cấp huyện để tham gia bình chọn cấp tỉnh.', 'No district round was held: the establishment enters the provincial round through the district People’s Committee.', TT26_NO_DISTRICT_ROUND),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['district-entry'], 'typicalProduct.certificateLevel': ['NONE'], 'typicalProduct.lowerRoundHeld': ['yes'] }, 'failed', 'Đã tổ chức bình chọn cấp huyện: bình chọn cấp tỉnh cần giấy chứng nhận cấp huyện còn giá trị.', 'A district round was held: the provincial round needs a valid district certificate.', TT26_DISTRICT_CERTIFICATE),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['commune-entry'], 'typicalProduct.certificateLevel': ['NONE'], 'typicalProduct.lowerRoundHeld': ['no'] }, 'review', 'Không tổ chức bình chọn cấp xã: quy định từ 01/07/2025 chưa đọc được (TT 26/2014 chỉ nói về cấp huyện).', 'No commune round was held: the rules from 2025-07-01 were not read (TT 26/2014 speaks of the district level only).', TT38_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['commune-entry'], 'typicalProduct.certificateLevel': ['NONE'], 'typicalProduct.lowerRoundHeld': ['yes'] }, 'failed', 'Bình chọn cấp tỉnh cần giấy chứng nhận của cấp dưới.', 'Provincial selection needs the certificate of the level below.', TT38_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['district-entry'], 'typicalProduct.certificateLevel': ['COMMUNE'] }, 'review', 'Giấy chứng nhận cấp xã trước 01/07/2025 không có trong quy định; cần kiểm tra.', 'A commune certificate before 2025-07-01 is not provided for; check it.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['PROVINCE'], 'at.selectionEra': ['commune-entry'], 'typicalProduct.certificateLevel': ['DISTRICT'] }, 'review', 'Chưa rõ giấy chứng nhận cấp huyện có được dùng sau 01/07/2025 hay không.', 'Whether a district certificate counts after 2025-07-01 is not stated.', TT38_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['REGION'], 'typicalProduct.certificateLevel': ['PROVINCE', 'REGION', 'NATIONAL'] }, 'passed', 'Sản phẩm đã có giấy chứng nhận cấp tỉnh.', 'The product holds a provincial certificate.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['REGION'] }, 'failed', 'Bình chọn cấp khu vực cần giấy chứng nhận cấp tỉnh.', 'Regional selection needs a provincial certificate.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['NATIONAL'], 'typicalProduct.certificateLevel': ['REGION', 'NATIONAL'] }, 'passed', 'Sản phẩm đã có giấy chứng nhận cấp khu vực.', 'The product holds a regional certificate.', TT26_LEVELS),
    row({ requestedItem: [TPE], 'typicalProduct.level': ['NATIONAL'] }, 'failed', 'Bình chọn cấp quốc gia cần giấy chứng nhận cấp khu vực.', 'National selection needs a regional certificate.', TT26_LEVELS),
  ],
});

const APPRAISAL = table({
  id: 'items/item.appraisal',
  rule: 'item.appraisal',
  title: text('Thẩm định đề án (đánh giá của hội đồng)', 'Đề án appraisal (the council’s judgement)'),
  hitPolicy: 'UNIQUE',
  scope: 'requested-item',
  discretionary: true,
  inputs: [requestedItem, appraisal],
  citation: TT36_APPRAISAL,
  rows: [
    row({ requestedItem: [TPE] }, 'not-applicable', 'Việc bình chọn do hội đồng chấm điểm, không phải điều kiện tham gia.', 'Selection is scored by the council; it is not a condition of entry.', TT26_LEVELS),
    row({ requestedItem: except(TPE), 'appraisal.decision': ['approved'] }, 'passed', 'Hội đồng thẩm định đã chấp thuận đề án.', 'The appraisal council approved the đề án.', TT36_APPRAISAL),
    row({ requestedItem: except(TPE), 'appraisal.decision': ['rejected'] }, 'failed', 'Hội đồng thẩm định không chấp thuận đề án.', 'The appraisal council rejected the đề án.', TT36_APPRAISAL),
    row({ requestedItem: except(TPE), 'appraisal.decision': ['pending'] }, 'review', 'Tính khả thi của đề án do hội đồng thẩm định đánh giá.', 'The đề án’s feasibility is for the appraisal council to judge.', TT36_APPRAISAL),
  ],
});

/** The item tables, in evaluation order. @internal */
export const ITEM_TABLES: readonly DecisionTable[] = Object.freeze([ENTERPRISE_FOUNDING, TYPICAL_PRODUCT_ENTRY, APPRAISAL]);
