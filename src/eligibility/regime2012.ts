/**
 * The 2012 regime: NĐ 45/2012/NĐ-CP as first enacted, 2012-07-05 → 2025-10-14.
 */
import { text } from '../internal/messages.js';
import { LOCATION_KINDS } from '../policy/locationKinds.js';
import { REGIMES } from '../policy/regimes.js';
import { citationOn } from './catalogue.js';
import { groupTable, industryTable, legalFormTable, type PeriodSpec } from './catalogueTables.js';
import { G, row, table, type EligibilityRegime } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { ND45_INDUSTRY_SCOPE, ND45_SUBJECTS } from './legalBasis.js';
import { BENEFICIARY_GROUP_LABELS, valuesOf } from './vocabulary.js';

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
const { group, unitKind, wardParent, cityClass, conversionAge } = INPUTS;
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
  tables: Object.freeze([groupTable(SPEC), legalFormTable(SPEC), LOCATION, industryTable(SPEC)]),
  priorities: Object.freeze([]),
});
