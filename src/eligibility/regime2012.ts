/**
 * The 2012 regime: NĐ 45/2012/NĐ-CP as first enacted, 2012-07-05 → 2025-10-14.
 */
import { deepFreeze } from '../internal/deepFreeze.js';
import { text } from '../internal/messages.js';
import { LOCATION_KINDS } from '../policy/locationKinds.js';
import { REGIMES } from '../policy/regimes.js';
import { citationOn } from './catalogue.js';
import { groupTable, industryTable, legalFormTable, type PeriodSpec } from './catalogueTables.js';
import { G, row, table, type EligibilityRegime } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { ND45_INDUSTRY_SCOPE, ND45_PRIORITY_AREAS, ND45_PRIORITY_INDUSTRIES_A, ND45_SUBJECTS, TT46_CLAY_BRICK, tt46Priority } from './legalBasis.js';
import { RULE_DATES } from './regimeDates.js';
import type { PriorityRule } from './EligibilityRegime.js';
import { BENEFICIARY_GROUP_LABELS, INDUSTRY_LABELS, valuesOf } from './vocabulary.js';

const POLICY = REGIMES[0];
const DAY = POLICY.validFrom;
const SPEC: PeriodSpec = {
  prefix: POLICY.id,
  date: DAY,
  period: { vi: 'bản 2012', en: '2012 text' },
  subjects: ND45_SUBJECTS,
  industryList: ND45_INDUSTRY_SCOPE,
};
const kind = (id: Parameters<typeof citationOn>[1]) => citationOn(LOCATION_KINDS, id, DAY);
const POINT_A = kind('XA');
const { group, unitKind, wardParent, cityClass, conversionAge, industry, clayBrickKiln, tt46 } = INPUTS;
const BRICKS = 'AGRI_CHEMICALS_AND_BUILDING_MATERIALS';
const NOT_A = valuesOf(BENEFICIARY_GROUP_LABELS).filter((g) => g !== G.A);

// Art. 1(2)(a), 2012: the places are a positive list; quận, wards of special-class cities and wards of
// type-1 cities converted more than 5 years before are excluded because they are not listed.
const LOCATION = table({
  id: `${POLICY.id}/beneficiary.location`,
  rule: 'beneficiary.location',
  title: text('Địa bàn của cơ sở công nghiệp nông thôn (bản 2012)', 'Place of a rural industrial establishment (2012 text)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, unitKind, wardParent, cityClass, conversionAge],
  citation: POINT_A,
  rows: [
    row({ group: NOT_A }, 'not-applicable', 'Chỉ điểm a giới hạn địa bàn.', 'Only point a sets a place limit.', ND45_SUBJECTS),
    row({ group: [G.A], 'location.unitKind': ['HUYEN'] }, 'passed', 'Huyện là địa bàn được hưởng.', 'Rural districts (huyện) are eligible places.', kind('HUYEN')),
    row({ group: [G.A], 'location.unitKind': ['THI_XA'] }, 'passed', 'Thị xã là địa bàn được hưởng.', 'Towns (thị xã) are eligible places.', kind('THI_XA')),
    row({ group: [G.A], 'location.unitKind': ['THI_TRAN'] }, 'passed', 'Thị trấn là địa bàn được hưởng.', 'Townships (thị trấn) are eligible places.', kind('THI_TRAN')),
    row({ group: [G.A], 'location.unitKind': ['XA'] }, 'passed', 'Xã là địa bàn được hưởng.', 'Communes (xã) are eligible places.', kind('XA')),
    row({ group: [G.A], 'location.unitKind': ['QUAN'] }, 'failed', 'Quận không thuộc địa bàn được hưởng.', 'Urban districts (quận) are not eligible places.', POINT_A),
    row({ group: [G.A], 'location.unitKind': ['DAC_KHU'] }, 'review', 'Đặc khu không có trong danh sách năm 2012; cần xác định đơn vị hành chính khi đó.', 'Special zones are not in the 2012 list; the unit of that time must be identified.', POINT_A),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['THI_XA'] }, 'passed', 'Phường thuộc thị xã: thị xã là địa bàn được hưởng.', 'A ward of a town: towns are eligible places.', kind('THI_XA')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['CITY'], 'location.cityClass': ['TYPE_2', 'TYPE_3'] }, 'passed', 'Phường của thành phố loại II, loại III là địa bàn được hưởng.', 'Wards of type-2 and type-3 cities are eligible places.', kind('PHUONG_OF_TYPE_2_OR_3_CITY')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['CITY'], 'location.cityClass': ['SPECIAL'] }, 'failed', 'Phường của đô thị loại đặc biệt không thuộc địa bàn được hưởng.', 'Wards of special-class cities are not eligible places.', POINT_A),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['CITY'], 'location.cityClass': ['TYPE_1'], 'location.conversionAge': ['within-5-years'] }, 'passed', 'Phường của thành phố loại I chuyển từ xã chưa quá 5 năm là địa bàn được hưởng.', 'A ward of a type-1 city converted from a commune not more than 5 years before is an eligible place.', kind('PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['CITY'], 'location.cityClass': ['TYPE_1'], 'location.conversionAge': ['more-than-5-years'] }, 'failed', 'Phường của thành phố loại I chuyển từ xã quá 5 năm không thuộc địa bàn được hưởng.', 'A ward of a type-1 city converted from a commune more than 5 years before is not an eligible place.', kind('PHUONG_OF_TYPE_1_CITY_CONVERTED_FROM_XA')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.wardParent': ['CITY'], 'location.cityClass': ['TYPE_1'], 'location.conversionAge': ['after-date'] }, 'review', 'Ngày chuyển từ xã lên phường sau ngày xét; cần kiểm tra lại dữ liệu.', 'The conversion date is after the evaluation date; the data must be checked.', POINT_A),
  ],
});

// TT 46/2012 Art. 5(1): "không hỗ trợ các cơ sở sản xuất gạch đất sét nung sử dụng công nghệ nung bằng lò
// thủ công cải tiến, lò vòng gây ô nhiễm môi trường" — building-materials establishments, from 2013-02-10.
const CLAY_BRICK = table({
  id: `${POLICY.id}/industry.clay-brick-kiln`,
  rule: 'industry.clay-brick-kiln',
  title: text('Gạch đất sét nung (TT 46/2012 Điều 5 khoản 1)', 'Fired clay bricks (TT 46/2012 Art. 5(1))'),
  hitPolicy: 'FIRST',
  scope: 'always',
  discretionary: false,
  inputs: [group, industry, tt46, clayBrickKiln],
  citation: TT46_CLAY_BRICK,
  rows: [
    row({ group: NOT_A }, 'not-applicable', 'Chỉ áp dụng cho cơ sở công nghiệp nông thôn sản xuất vật liệu xây dựng.', 'Applies only to rural industrial establishments making building materials.', TT46_CLAY_BRICK),
    row({ industry: valuesOf(INDUSTRY_LABELS).filter((i) => i !== BRICKS) }, 'not-applicable', 'Không sản xuất vật liệu xây dựng.', 'Not building materials.', TT46_CLAY_BRICK),
    row({ 'at.tt46': ['before-TT-46-2012'] }, 'not-applicable', 'Trước ngày Thông tư 46/2012 có hiệu lực.', 'Before Circular 46/2012 took effect.', TT46_CLAY_BRICK),
    row({ clayBrickKiln: ['yes'] }, 'failed', 'Không hỗ trợ sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng gây ô nhiễm môi trường.', 'No support for fired clay bricks made in polluting improved manual or ring kilns.', TT46_CLAY_BRICK),
    row({ clayBrickKiln: ['no'] }, 'passed', 'Không sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng.', 'No fired clay bricks from improved manual or ring kilns.', TT46_CLAY_BRICK),
  ],
});

const PRIORITY_LABEL = (vi: string, en: string) => text(vi, en);
/**
 * NĐ 45/2012 Art. 6 and TT 46/2012 Art. 6 (read in S59), in the order TT 46 Art. 6(3)(a) considers them:
 * the areas 6(1)(a) to (d), then the industries of NĐ 45 Art. 6(2)(b) (TT 46 Art. 6(2)), then 6(2)(a).
 * Flags only: they order the funding, they never decide eligibility.
 */
const PRIORITIES_2012: readonly PriorityRule[] = [
  { id: 'area-highland-island-border-ethnic', path: 'location.highlandIslandBorderOrEthnicMinority', label: PRIORITY_LABEL('Huyện vùng cao, hải đảo, biên giới đất liền, vùng đồng bào dân tộc thiểu số', 'Highland, island or land-border district, or ethnic-minority area'), citation: ND45_PRIORITY_AREAS },
  { id: 'area-poor-district', path: 'location.poorDistrict', label: PRIORITY_LABEL('Huyện nghèo (Nghị quyết 30a/2008/NQ-CP)', 'Poor district (Resolution 30a/2008/NQ-CP)'), citation: ND45_PRIORITY_AREAS },
  { id: 'area-new-rural-commune', path: 'location.newRuralCommune', label: PRIORITY_LABEL('Xã trong kế hoạch xây dựng nông thôn mới', 'Commune in the new-rural-area plan'), citation: ND45_PRIORITY_AREAS },
  { id: 'area-difficult', path: 'location.difficulty', when: { oneOf: ['DIFFICULT', 'EXTREMELY_DIFFICULT'] }, label: PRIORITY_LABEL('Địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn', 'Area with difficult or extremely difficult socio-economic conditions'), citation: ND45_PRIORITY_AREAS },
  { id: 'industry-certified-typical-product', path: 'typicalProduct.certificateLevel', when: { oneOf: ['DISTRICT', 'COMMUNE', 'PROVINCE', 'REGION', 'NATIONAL'] }, validFrom: RULE_DATES.TT46_FROM, label: PRIORITY_LABEL('Sản phẩm công nghiệp nông thôn tiêu biểu được cấp giấy chứng nhận', 'Certified typical rural-industrial product'), citation: tt46Priority(2, 'đ') },
  { id: 'industry-export', path: 'priority.exportProduct', validFrom: RULE_DATES.TT46_FROM, label: PRIORITY_LABEL('Sản xuất sản phẩm có thị trường xuất khẩu', 'Products with an export market'), citation: tt46Priority(2, 'a') },
  { id: 'industry-local-materials', path: 'priority.localMaterials', validFrom: RULE_DATES.TT46_FROM, label: PRIORITY_LABEL('Sử dụng nguyên liệu tại chỗ (trên 50%)', 'Local materials (more than 50%)'), citation: tt46Priority(2, 'b') },
  { id: 'industry-labour-intensive', path: 'priority.workers', when: { atLeast: 50 }, validFrom: RULE_DATES.TT46_FROM, label: PRIORITY_LABEL('Sử dụng nhiều lao động (từ 50 lao động trở lên)', 'Labour-intensive (50 workers or more)'), citation: tt46Priority(2, 'c') },
  { id: 'industry-supporting', path: 'priority.supportingIndustryProduct', validFrom: RULE_DATES.TT46_FROM, label: PRIORITY_LABEL('Sản phẩm công nghiệp hỗ trợ (Quyết định 1483/QĐ-TTg)', 'Supporting-industry product (Decision 1483/QD-TTg)'), citation: tt46Priority(2, 'd') },
  { id: 'industry-agro-processing', path: 'industry', when: { oneOf: ['AGRO_FOREST_FISHERY_FOOD_PROCESSING'] }, label: PRIORITY_LABEL('Công nghiệp chế biến nông - lâm - thủy sản', 'Agro-forestry-fishery processing'), citation: ND45_PRIORITY_INDUSTRIES_A },
].map((p) => deepFreeze({ ...p }) as PriorityRule);

/**
 * The 2012 regime: NĐ 45/2012/NĐ-CP as first enacted (2012-07-05 → 2025-10-14). Groups, legal forms and
 * industries come from the policy catalogue rows of the period.
 * @category Eligibility
 * @example
 * REGIME_2012.validTo; // '2025-10-14'
 */
export const REGIME_2012: EligibilityRegime = Object.freeze({
  id: POLICY.id,
  validFrom: POLICY.validFrom,
  validTo: POLICY.validTo,
  label: POLICY.label,
  citation: POLICY.citation,
  tables: Object.freeze([groupTable(SPEC), legalFormTable(SPEC), LOCATION, industryTable(SPEC), CLAY_BRICK]),
  priorities: Object.freeze(PRIORITIES_2012),
});
