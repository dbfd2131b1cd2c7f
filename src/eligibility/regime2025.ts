/**
 * The 2025 regime: NĐ 45/2012/NĐ-CP as amended by NĐ 235/2025/NĐ-CP, from 2025-10-15.
 */
import { text } from '../internal/messages.js';
import { G, INDUSTRY_POINTS, INDUSTRIES_ADDED_2025, row, SME, table, type EligibilityRegime } from './EligibilityRegime.js';
import { INPUTS } from './inputs.js';
import { INDUSTRY_LABELS } from './vocabulary.js';
import {
  ND235_A,
  ND235_B,
  ND235_C_UNREAD,
  ND235_IN_FORCE,
  ND235_INDUSTRIES,
  ND235_PRIORITY,
  ND235_SUBJECTS,
  ND45_INDUSTRY_SCOPE,
  nd45Industry,
} from './legalBasis.js';

const { group, legalForm, sizeClass, unitKind, centrallyRunCity, craftVillage, industry, difficulty } = INPUTS;

const GROUP = table({
  id: 'ND45_AS_AMENDED_ND235/beneficiary.group',
  rule: 'beneficiary.group',
  title: text('Nhóm đối tượng (Điều 1 khoản 2, sửa đổi 2025)', 'Beneficiary group (Art. 1(2) as amended in 2025)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group],
  citation: ND235_SUBJECTS,
  rows: [
    row({ group: [G.A] }, 'passed', 'Cơ sở công nghiệp nông thôn là đối tượng theo điểm a.', 'Rural industrial establishments are beneficiaries under point a.', ND235_A),
    row({ group: [G.B] }, 'passed', 'Cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững là đối tượng theo điểm b.', 'Industrial establishments applying cleaner or sustainable production are beneficiaries under point b.', ND235_B),
    row({ group: [G.CCN] }, 'passed', 'Doanh nghiệp, hợp tác xã đầu tư hạ tầng cụm công nghiệp là đối tượng theo điểm b.', 'Enterprises and cooperatives investing in industrial-cluster infrastructure are beneficiaries under point b.', ND235_B),
    row({ group: [G.C] }, 'review', 'Chưa đọc được điểm c sửa đổi; cần đối chiếu văn bản.', 'Amended point c could not be read; check the text.', ND235_C_UNREAD),
  ],
});

const LEGAL_FORM = table({
  id: 'ND45_AS_AMENDED_ND235/beneficiary.legal-form',
  rule: 'beneficiary.legal-form',
  title: text('Loại hình (sửa đổi 2025)', 'Legal form (as amended in 2025)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, legalForm, sizeClass],
  citation: ND235_A,
  rows: [
    row({ group: [G.B, G.C] }, 'not-applicable', 'Điểm b (sản xuất sạch hơn) và điểm c không giới hạn loại hình.', 'Point b (cleaner production) and point c set no legal-form limit.', ND235_B),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: SME }, 'passed', 'Doanh nghiệp nhỏ và vừa là cơ sở công nghiệp nông thôn.', 'A small or medium enterprise is a rural industrial establishment.', ND235_A),
    row({ group: [G.A], legalForm: ['ENTERPRISE'], sizeClass: ['large'] }, 'failed', 'Doanh nghiệp lớn không phải cơ sở công nghiệp nông thôn.', 'A large enterprise is not a rural industrial establishment.', ND235_A),
    row({ group: [G.A], legalForm: ['COOPERATIVE', 'COOPERATIVE_GROUP', 'UNION_OF_COOPERATIVES', 'BUSINESS_HOUSEHOLD'] }, 'passed', 'Hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, hộ kinh doanh là cơ sở công nghiệp nông thôn.', 'Cooperatives, cooperative groups, unions of cooperatives and business households are rural industrial establishments.', ND235_A),
    row({ group: [G.A], legalForm: ['OTHER'] }, 'failed', 'Loại hình này không có trong điểm a.', 'This legal form is not listed in point a.', ND235_A),
    row({ group: [G.CCN], legalForm: ['ENTERPRISE', 'COOPERATIVE'] }, 'passed', 'Doanh nghiệp, hợp tác xã được đầu tư hạ tầng cụm công nghiệp.', 'Enterprises and cooperatives may be industrial-cluster infrastructure investors.', ND235_B),
    row({ group: [G.CCN], legalForm: ['COOPERATIVE_GROUP', 'UNION_OF_COOPERATIVES', 'BUSINESS_HOUSEHOLD', 'OTHER'] }, 'failed', 'Chỉ doanh nghiệp, hợp tác xã là nhà đầu tư hạ tầng cụm công nghiệp theo điểm b.', 'Only enterprises and cooperatives are cluster-infrastructure investors under point b.', ND235_B),
  ],
});

const LOCATION = table({
  id: 'ND45_AS_AMENDED_ND235/beneficiary.location',
  rule: 'beneficiary.location',
  title: text('Địa bàn (sửa đổi 2025)', 'Place (as amended in 2025)'),
  hitPolicy: 'FIRST',
  scope: 'always',
  discretionary: false,
  inputs: [group, craftVillage, unitKind, centrallyRunCity],
  citation: ND235_A,
  rows: [
    row({ group: [G.B, G.C, G.CCN] }, 'not-applicable', 'Điểm b, c không giới hạn địa bàn.', 'Points b and c set no place limit.', ND235_B),
    row({ group: [G.A], 'location.inRecognisedCraftVillage': ['yes'] }, 'passed', 'Làng nghề được UBND cấp tỉnh công nhận là địa bàn được hưởng.', 'Craft villages recognised by the provincial People’s Committee are eligible places.', ND235_A),
    row({ group: [G.A], 'location.unitKind': ['xa', 'dac-khu'] }, 'passed', 'Xã, đặc khu (của tỉnh hoặc thành phố trực thuộc trung ương) là địa bàn được hưởng.', 'Communes and special zones (of provinces and of centrally-run cities) are eligible places.', ND235_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.centrallyRunCity': ['no'] }, 'passed', 'Phường thuộc tỉnh là địa bàn được hưởng.', 'Wards of provinces are eligible places.', ND235_A),
    row({ group: [G.A], 'location.unitKind': ['phuong'], 'location.centrallyRunCity': ['yes'] }, 'failed', 'Phường của thành phố trực thuộc trung ương chỉ được hưởng khi nằm trong làng nghề được công nhận.', 'A ward of a centrally-run city is eligible only inside a recognised craft village.', ND235_A),
    row({ group: [G.A], 'location.unitKind': ['huyen', 'thi-xa', 'quan', 'thi-tran'] }, 'review', 'Cấp huyện và thị trấn không còn từ 01/07/2025; cần cho biết xã, phường hoặc đặc khu hiện nay.', 'District-level units and townships no longer exist from 2025-07-01; give the current commune, ward or special zone.', ND235_A),
  ],
});

const INDUSTRY = table({
  id: 'ND45_AS_AMENDED_ND235/industry',
  rule: 'industry',
  title: text('Ngành nghề được hưởng chính sách (sửa đổi 2025)', 'Eligible industries (as amended in 2025)'),
  hitPolicy: 'UNIQUE',
  scope: 'always',
  discretionary: false,
  inputs: [group, industry, difficulty],
  citation: ND235_INDUSTRIES,
  rows: [
    row({ group: [G.C, G.CCN] }, 'not-applicable', 'Danh mục ngành nghề chỉ áp dụng cho cơ sở sản xuất (điểm a, b).', 'The industry list applies only to producing establishments (points a and b).', ND45_INDUSTRY_SCOPE),
    row({ group: [G.B] }, 'passed', 'Áp dụng sản xuất sạch hơn trong cơ sở sản xuất công nghiệp là ngành nghề được hưởng (điểm g).', 'Applying cleaner production in industrial establishments is an eligible line (point g).', nd45Industry('g')),
    ...INDUSTRY_POINTS.map(([id, point]) =>
      row({ group: [G.A], industry: [id] }, 'passed', `${INDUSTRY_LABELS[id].vi}: ngành nghề được hưởng (điểm ${point}, được giữ lại năm 2025).`, `${INDUSTRY_LABELS[id].en}: an eligible industry (point ${point}, kept in 2025).`, nd45Industry(point)),
    ),
    row({ group: [G.A], industry: ['MINING_AND_MINERAL_PROCESSING'], 'location.difficulty': ['difficult', 'extremely-difficult'] }, 'passed', 'Khai thác, chế biến khoáng sản tại địa bàn khó khăn, đặc biệt khó khăn được hưởng (điểm e).', 'Mining and mineral processing in a difficult or extremely difficult area is eligible (point e).', nd45Industry('e')),
    row({ group: [G.A], industry: ['MINING_AND_MINERAL_PROCESSING'], 'location.difficulty': ['none'] }, 'failed', 'Khai thác, chế biến khoáng sản chỉ được hưởng tại địa bàn khó khăn, đặc biệt khó khăn (điểm e).', 'Mining and mineral processing is eligible only in difficult or extremely difficult areas (point e).', nd45Industry('e')),
    row({ group: [G.A], industry: INDUSTRIES_ADDED_2025 }, 'passed', 'Ngành nghề được bổ sung năm 2025 (công nghệ cao, công nghiệp sạch, tiết kiệm năng lượng, công nghiệp môi trường, năng lượng thân thiện môi trường).', 'An industry added in 2025 (high-tech, clean industry, energy saving, environmental industry, green energy).', ND235_INDUSTRIES),
    row({ group: [G.A], industry: ['OTHER'] }, 'failed', 'Ngành nghề không thuộc danh mục được hưởng.', 'The industry is not in the eligible list.', ND235_INDUSTRIES),
  ],
});

/**
 * The 2025 regime: NĐ 45/2012/NĐ-CP as amended by NĐ 235/2025/NĐ-CP (from 2025-10-15).
 * @category Eligibility
 */
export const REGIME_2025: EligibilityRegime = Object.freeze({
  id: 'ND45_AS_AMENDED_ND235',
  validFrom: '2025-10-15',
  validTo: null,
  label: text('Nghị định 45/2012/NĐ-CP được sửa đổi bởi Nghị định 235/2025/NĐ-CP (từ 15/10/2025)', 'Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP (from 2025-10-15)'),
  citation: ND235_IN_FORCE,
  tables: Object.freeze([GROUP, LEGAL_FORM, LOCATION, INDUSTRY]),
  priorities: Object.freeze([
    Object.freeze({ id: 'women-owned', path: 'owner.womenOwned', label: text('Cơ sở do phụ nữ làm chủ', 'Women-owned establishment'), citation: ND235_PRIORITY }),
    Object.freeze({ id: 'ethnic-minority-owned', path: 'owner.ethnicMinorityOwned', label: text('Cơ sở do người dân tộc thiểu số làm chủ', 'Ethnic-minority-owned establishment'), citation: ND235_PRIORITY }),
  ] as const),
});
