/**
 * The 2025 regime: NĐ 45/2012/NĐ-CP as amended by NĐ 235/2025/NĐ-CP, from 2025-10-15.
 */
import { text } from '../internal/messages.js';
import { LOCATION_KINDS } from '../policy/locationKinds.js';
import { REGIMES } from '../policy/regimes.js';
import { citationOn } from './catalogue.js';
import { groupTable, industryTable, legalFormTable, type PeriodSpec } from './catalogueTables.js';
import { G, row, table, type EligibilityRegime } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { ND235_INDUSTRIES, ND235_PRIORITY, ND235_SUBJECTS } from './legalBasis.js';
import { BENEFICIARY_GROUP_LABELS, OWNER_ATTRIBUTE_LABELS, valuesOf } from './vocabulary.js';

const POLICY = REGIMES[1];
const DAY = POLICY.validFrom;
const SPEC: PeriodSpec = {
  prefix: POLICY.id,
  date: DAY,
  period: { vi: 'sửa đổi 2025', en: 'as amended in 2025' },
  subjects: ND235_SUBJECTS,
  industryList: ND235_INDUSTRIES,
};
const kind = (id: Parameters<typeof citationOn>[1]) => citationOn(LOCATION_KINDS, id, DAY);
const POINT_A = kind('XA_OF_PROVINCE');
const { group, unitKind, centrallyRunCity, craftVillage } = INPUTS;
const NOT_A = valuesOf(BENEFICIARY_GROUP_LABELS).filter((g) => g !== G.A);

// Amended Art. 1(2)(a): communes, wards and special zones of provinces; communes and special zones of
// centrally-run cities; recognised craft villages. A ward of a centrally-run city qualifies only inside a
// recognised craft village (inference from the positive list, S10).
const LOCATION = table({
  id: `${POLICY.id}/beneficiary.location`,
  rule: 'beneficiary.location',
  title: text('Địa bàn (sửa đổi 2025)', 'Place (as amended in 2025)'),
  hitPolicy: 'FIRST',
  scope: 'always',
  discretionary: false,
  inputs: [group, craftVillage, unitKind, centrallyRunCity],
  citation: POINT_A,
  rows: [
    row({ group: NOT_A }, 'not-applicable', 'Chỉ điểm a giới hạn địa bàn.', 'Only point a sets a place limit.', ND235_SUBJECTS),
    row({ group: [G.A], 'location.inRecognisedCraftVillage': ['yes'] }, 'passed', 'Làng nghề được UBND cấp tỉnh công nhận là địa bàn được hưởng.', 'Craft villages recognised by the provincial People’s Committee are eligible places.', kind('RECOGNISED_CRAFT_VILLAGE')),
    // Communes and special zones are listed under provinces and under centrally-run cities alike: the row
    // needs no province fact, so a commune is decided (and cited) without it.
    row({ group: [G.A], 'location.unitKind': ['XA'] }, 'passed', 'Xã (thuộc tỉnh hoặc thành phố trực thuộc trung ương) là địa bàn được hưởng.', 'Communes (of provinces or of centrally-run cities) are eligible places.', kind('XA_OF_PROVINCE')),
    row({ group: [G.A], 'location.unitKind': ['DAC_KHU'] }, 'passed', 'Đặc khu (thuộc tỉnh hoặc thành phố trực thuộc trung ương) là địa bàn được hưởng.', 'Special zones (of provinces or of centrally-run cities) are eligible places.', kind('DAC_KHU_OF_PROVINCE')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.centrallyRunCity': ['no'] }, 'passed', 'Phường thuộc tỉnh là địa bàn được hưởng.', 'Wards of provinces are eligible places.', kind('PHUONG_OF_PROVINCE')),
    row({ group: [G.A], 'location.unitKind': ['PHUONG'], 'location.centrallyRunCity': ['yes'] }, 'failed', 'Phường của thành phố trực thuộc trung ương chỉ được hưởng khi nằm trong làng nghề được công nhận.', 'A ward of a centrally-run city is eligible only inside a recognised craft village.', POINT_A),
    row({ group: [G.A], 'location.unitKind': ['HUYEN', 'THI_XA', 'QUAN', 'THI_TRAN'] }, 'review', 'Cấp huyện và thị trấn không còn từ 01/07/2025; cần cho biết xã, phường hoặc đặc khu hiện nay.', 'District-level units and townships no longer exist from 2025-07-01; give the current commune, ward or special zone.', POINT_A),
  ],
});

/**
 * The 2025 regime: NĐ 45/2012/NĐ-CP as amended by NĐ 235/2025/NĐ-CP (from 2025-10-15), with the priority
 * flags for women-owned and ethnic-minority-owned establishments.
 * @category Eligibility
 * @example
 * REGIME_2025.validFrom; // '2025-10-15'
 */
export const REGIME_2025: EligibilityRegime = Object.freeze({
  id: POLICY.id,
  validFrom: POLICY.validFrom,
  validTo: POLICY.validTo,
  label: POLICY.label,
  citation: POLICY.citation,
  tables: Object.freeze([groupTable(SPEC), legalFormTable(SPEC), LOCATION, industryTable(SPEC)]),
  priorities: Object.freeze([
    Object.freeze({ id: 'women-owned', path: 'owner.womenOwned', label: OWNER_ATTRIBUTE_LABELS.womenOwned, citation: ND235_PRIORITY }),
    Object.freeze({ id: 'ethnic-minority-owned', path: 'owner.ethnicMinorityOwned', label: OWNER_ATTRIBUTE_LABELS.ethnicMinorityOwned, citation: ND235_PRIORITY }),
  ] as const),
});
