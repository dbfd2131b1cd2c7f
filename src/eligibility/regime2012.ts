/**
 * The 2012 regime: NĐ 45/2012/NĐ-CP as first enacted, 2012-07-05 → 2025-10-14.
 */
import { text } from '../internal/messages.js';
import { G, INDUSTRY_POINTS, INDUSTRIES_ADDED_2025, row, SME, table, type EligibilityRegime } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { INDUSTRY_LABELS } from './vocabulary.js';
import {
  ND45_A,
  ND45_B,
  ND45_C,
  ND45_IN_FORCE,
  ND45_INDUSTRY_SCOPE,
  ND45_SUBJECTS,
  nd45Industry,
} from './legalBasis.js';

const { group, legalForm, sizeClass, unitKind, wardParent, cityClass, conversionAge, industry, difficulty } = INPUTS;

const GROUP = table({
  id: 'ND45_2012/beneficiary.group',
  rule: 'beneficiary.group',
  title: text('Nhóm đối tượng (Điều 1 khoản 2, bản 2012)', 'Beneficiary group (Art. 1(2), 2012 wording)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group],
  citation: ND45_SUBJECTS,
  rows: [
    row({ group: [G.A] }, 'passed', 'Cơ sở công nghiệp nông thôn là đối tượng theo điểm a.', 'Rural industrial establishments are beneficiaries under point a.', ND45_A),
    row({ group: [G.B] }, 'passed', 'Cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn là đối tượng theo điểm b.', 'Industrial establishments applying cleaner production are beneficiaries under point b.', ND45_B),
    row({ group: [G.CCN] }, 'failed', 'Nhà đầu tư hạ tầng cụm công nghiệp chỉ là đối tượng từ ngày 15/10/2025.', 'Industrial-cluster infrastructure investors are beneficiaries only from 2025-10-15.', ND45_SUBJECTS),
    row({ group: [G.C] }, 'passed', 'Tổ chức, cá nhân quản lý, cung cấp dịch vụ khuyến công là đối tượng theo điểm c.', 'Khuyến công managers and service providers are beneficiaries under point c.', ND45_C),
  ],
});

const LEGAL_FORM = table({
  id: 'ND45_2012/beneficiary.legal-form',
  rule: 'beneficiary.legal-form',
  title: text('Loại hình cơ sở công nghiệp nông thôn (bản 2012)', 'Legal form of a rural industrial establishment (2012)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, legalForm, sizeClass],
  citation: ND45_A,
  rows: [
    row({ group: [G.B, G.C, G.CCN] }, 'not-applicable', 'Điểm b, c không giới hạn loại hình.', 'Points b and c set no legal-form limit.', ND45_B),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: SME }, 'passed', 'Doanh nghiệp nhỏ và vừa là cơ sở công nghiệp nông thôn.', 'A small or medium enterprise is a rural industrial establishment.', ND45_A),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: ['large'] }, 'failed', 'Doanh nghiệp lớn không phải cơ sở công nghiệp nông thôn.', 'A large enterprise is not a rural industrial establishment.', ND45_A),
    row({ group: [G.A], legalForm: ['COOPERATIVE', 'COOPERATIVE_GROUP', 'BUSINESS_HOUSEHOLD'] }, 'passed', 'Hợp tác xã, tổ hợp tác, hộ kinh doanh là cơ sở công nghiệp nông thôn.', 'Cooperatives, cooperative groups and business households are rural industrial establishments.', ND45_A),
    row({ group: [G.A], legalForm: ['UNION_OF_COOPERATIVES'] }, 'failed', 'Liên hiệp hợp tác xã chỉ được bổ sung từ ngày 15/10/2025.', 'Unions of cooperatives were added only from 2025-10-15.', ND45_A),
    row({ group: [G.A], legalForm: ['OTHER'] }, 'failed', 'Loại hình này không có trong điểm a.', 'This legal form is not listed in point a.', ND45_A),
  ],
});

const LOCATION = table({
  id: 'ND45_2012/beneficiary.location',
  rule: 'beneficiary.location',
  title: text('Địa bàn của cơ sở công nghiệp nông thôn (bản 2012)', 'Place of a rural industrial establishment (2012)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, unitKind, wardParent, cityClass, conversionAge],
  citation: ND45_A,
  rows: [
    row({ group: [G.B, G.C, G.CCN] }, 'not-applicable', 'Điểm b, c không giới hạn địa bàn.', 'Points b and c set no place limit.', ND45_B),
    row({ group: [G.A], 'location.unitKind': ['huyen', 'thi-xa', 'thi-tran', 'xa'] }, 'passed', 'Huyện, thị xã, thị trấn, xã là địa bàn được hưởng.', 'Rural districts, towns, townships and communes are eligible places.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['quan'] }, 'failed', 'Quận không thuộc địa bàn được hưởng.', 'Urban districts (quận) are not eligible places.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['dac-khu'] }, 'review', 'Đặc khu không có trong danh sách năm 2012; cần xác định đơn vị hành chính cũ.', 'Special zones are not in the 2012 list; the former unit must be identified.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['thi-xa'] }, 'passed', 'Phường thuộc thị xã: thị xã là địa bàn được hưởng.', 'A ward of a town: towns are eligible places.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['city'], 'location.cityClass': ['type-2', 'type-3'] }, 'passed', 'Phường của thành phố loại II, loại III là địa bàn được hưởng.', 'Wards of type-2 and type-3 cities are eligible places.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['city'], 'location.cityClass': ['special'] }, 'failed', 'Phường của đô thị loại đặc biệt không thuộc địa bàn được hưởng.', 'Wards of special-class cities are not eligible places.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['city'], 'location.cityClass': ['type-1'], 'location.conversionAge': ['under-5-years'] }, 'passed', 'Phường của thành phố loại I mới chuyển từ xã dưới 5 năm là địa bàn được hưởng.', 'A ward of a type-1 city converted from a commune less than 5 years earlier is an eligible place.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['city'], 'location.cityClass': ['type-1'], 'location.conversionAge': ['5-years-or-more'] }, 'failed', 'Phường của thành phố loại I chuyển từ xã từ 5 năm trở lên không thuộc địa bàn được hưởng.', 'A ward of a type-1 city converted from a commune 5 or more years earlier is not an eligible place.', ND45_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.wardParent': ['city'], 'location.cityClass': ['type-1'], 'location.conversionAge': ['after-date'] }, 'review', 'Ngày chuyển từ xã lên phường sau ngày xét; cần kiểm tra lại dữ liệu.', 'The conversion date is after the evaluation date; the data must be checked.', ND45_A),
  ],
});

const INDUSTRY = table({
  id: 'ND45_2012/industry',
  rule: 'industry',
  title: text('Ngành nghề được hưởng chính sách (bản 2012)', 'Eligible industries (2012)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, industry, difficulty],
  citation: ND45_INDUSTRY_SCOPE,
  rows: [
    row({ group: [G.C, G.CCN] }, 'not-applicable', 'Danh mục ngành nghề chỉ áp dụng cho đối tượng điểm a, b.', 'The industry list applies only to subjects of points a and b.', ND45_INDUSTRY_SCOPE),
    row({ group: [G.B] }, 'passed', 'Áp dụng sản xuất sạch hơn trong cơ sở sản xuất công nghiệp là ngành nghề được hưởng (điểm g).', 'Applying cleaner production in industrial establishments is an eligible line (point g).', nd45Industry('g')),
    ...INDUSTRY_POINTS.map(([id, point]) =>
      row({ group: [G.A], industry: [id] }, 'passed', `${INDUSTRY_LABELS[id].vi}: ngành nghề được hưởng (điểm ${point}).`, `${INDUSTRY_LABELS[id].en}: an eligible industry (point ${point}).`, nd45Industry(point)),
    ),
    row({ group: [G.A], industry: ['MINING_AND_MINERAL_PROCESSING'], 'location.difficulty': ['difficult', 'extremely-difficult'] }, 'passed', 'Khai thác, chế biến khoáng sản tại địa bàn khó khăn, đặc biệt khó khăn được hưởng (điểm e).', 'Mining and mineral processing in a difficult or extremely difficult area is eligible (point e).', nd45Industry('e')),
    row({ group: [G.A], industry: ['MINING_AND_MINERAL_PROCESSING'], 'location.difficulty': ['none'] }, 'failed', 'Khai thác, chế biến khoáng sản chỉ được hưởng tại địa bàn khó khăn, đặc biệt khó khăn (điểm e).', 'Mining and mineral processing is eligible only in difficult or extremely difficult areas (point e).', nd45Industry('e')),
    row({ group: [G.A], industry: INDUSTRIES_ADDED_2025 }, 'review', 'Ngành này không có tên riêng trong danh mục năm 2012; cần xác định thuộc điểm nào (a–g).', 'This industry is not named in the 2012 list; which point (a–g) it falls under must be decided.', ND45_INDUSTRY_SCOPE),
    row({ group: [G.A], industry: ['OTHER'] }, 'failed', 'Ngành nghề không thuộc danh mục được hưởng (điểm a–g).', 'The industry is not in the eligible list (points a–g).', ND45_INDUSTRY_SCOPE),
  ],
});

/**
 * The 2012 regime: NĐ 45/2012/NĐ-CP as first enacted (2012-07-05 → 2025-10-14).
 * @category Eligibility
 */
export const REGIME_2012: EligibilityRegime = Object.freeze({
  id: 'ND45_2012',
  validFrom: '2012-07-05',
  validTo: '2025-10-14',
  label: text('Nghị định 45/2012/NĐ-CP (bản gốc, 05/07/2012 – 14/10/2025)', 'Decree 45/2012/ND-CP as first enacted (2012-07-05 – 2025-10-14)'),
  citation: ND45_IN_FORCE,
  tables: Object.freeze([GROUP, LEGAL_FORM, LOCATION, INDUSTRY]),
  priorities: Object.freeze([]),
});
