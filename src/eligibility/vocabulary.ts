/**
 * The applicant vocabulary: every enumerated fact's values, in order, with bilingual labels. The boundary
 * schema, the decision tables and their rendering all read these lists, so a value exists in one place.
 */
import type { LocalizedText } from '../internal/messages.js';
import type {
  AppraisalDecision,
  BeneficiaryGroup,
  CertificateLevel,
  CityClass,
  DifficultyClass,
  IndustryId,
  LegalForm,
  RequestedItem,
  SelectionLevel,
  SizeClass,
  UnitKind,
  WardParent,
} from './Applicant.js';

type Labels<K extends string> = { readonly [P in K]: LocalizedText };

function freezeLabels<K extends string>(labels: { [P in K]: readonly [vi: string, en: string] }): Labels<K> {
  const out: Record<string, LocalizedText> = {};
  for (const [k, [vi, en]] of Object.entries(labels) as [string, readonly [string, string]][]) {
    out[k] = Object.freeze({ vi, en });
  }
  return Object.freeze(out) as Labels<K>;
}

/** Beneficiary groups with labels. @category Eligibility */
export const BENEFICIARY_GROUP_LABELS: Labels<BeneficiaryGroup> = freezeLabels({
  RURAL_INDUSTRIAL_ESTABLISHMENT: ['cơ sở công nghiệp nông thôn (điểm a)', 'rural industrial establishment (point a)'],
  CLEANER_PRODUCTION_ESTABLISHMENT: ['cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn (điểm b)', 'industrial establishment applying cleaner production (point b)'],
  CCN_INFRA_INVESTOR: ['doanh nghiệp, hợp tác xã đầu tư hạ tầng cụm công nghiệp', 'enterprise or cooperative investing in industrial-cluster infrastructure'],
  KC_MANAGER_OR_SERVICE_PROVIDER: ['tổ chức, cá nhân quản lý, cung cấp dịch vụ khuyến công (điểm c)', 'khuyến công manager or service provider (point c)'],
});

/** Legal forms with labels. @category Eligibility */
export const LEGAL_FORM_LABELS: Labels<LegalForm> = freezeLabels({
  ENTERPRISE: ['doanh nghiệp', 'enterprise'],
  COOPERATIVE: ['hợp tác xã', 'cooperative'],
  COOPERATIVE_GROUP: ['tổ hợp tác', 'cooperative group'],
  UNION_OF_COOPERATIVES: ['liên hiệp hợp tác xã', 'union of cooperatives'],
  BUSINESS_HOUSEHOLD: ['hộ kinh doanh', 'business household'],
  OTHER: ['hình thức khác', 'other form'],
});

/** Size classes with labels. @category Eligibility */
export const SIZE_CLASS_LABELS: Labels<SizeClass> = freezeLabels({
  micro: ['siêu nhỏ', 'micro'],
  small: ['nhỏ', 'small'],
  medium: ['vừa', 'medium'],
  large: ['lớn', 'large'],
});

/** Unit kinds with labels. @category Eligibility */
export const UNIT_KIND_LABELS: Labels<UnitKind> = freezeLabels({
  xa: ['xã', 'commune'],
  phuong: ['phường', 'ward'],
  'thi-tran': ['thị trấn', 'township'],
  'dac-khu': ['đặc khu', 'special zone'],
  huyen: ['huyện', 'rural district'],
  'thi-xa': ['thị xã', 'town'],
  quan: ['quận', 'urban district'],
});

/** Ward parents with labels. @category Eligibility */
export const WARD_PARENT_LABELS: Labels<WardParent> = freezeLabels({
  city: ['thành phố', 'city'],
  'thi-xa': ['thị xã', 'town'],
});

/** City classes with labels. @category Eligibility */
export const CITY_CLASS_LABELS: Labels<CityClass> = freezeLabels({
  special: ['loại đặc biệt', 'special class'],
  'type-1': ['loại I', 'type 1'],
  'type-2': ['loại II', 'type 2'],
  'type-3': ['loại III', 'type 3'],
});

/** Difficulty classes with labels. @category Eligibility */
export const DIFFICULTY_LABELS: Labels<DifficultyClass> = freezeLabels({
  none: ['không thuộc địa bàn khó khăn', 'not a difficult area'],
  difficult: ['địa bàn có điều kiện KT-XH khó khăn', 'difficult area'],
  'extremely-difficult': ['địa bàn có điều kiện KT-XH đặc biệt khó khăn', 'extremely difficult area'],
});

/** Industries with labels. @category Eligibility */
export const INDUSTRY_LABELS: Labels<IndustryId> = freezeLabels({
  AGRO_FOREST_FISHERY_FOOD_PROCESSING: ['chế biến nông – lâm – thủy sản, thực phẩm', 'agro-forestry-fishery and food processing'],
  CONSUMER_EXPORT_IMPORT_SUBSTITUTE_GOODS: ['hàng tiêu dùng, xuất khẩu, thay thế nhập khẩu', 'consumer, export and import-substitute goods'],
  AGRI_CHEMICALS: ['hóa chất phục vụ nông nghiệp, nông thôn', 'chemicals for agriculture and rural areas'],
  BUILDING_MATERIALS: ['vật liệu xây dựng', 'building materials'],
  MECHANICAL_ELECTRICAL_ELECTRONIC_AND_SUPPORTING_INDUSTRY: ['cơ khí, điện, điện tử – tin học, công nghiệp hỗ trợ', 'mechanical, electrical, electronic-IT and supporting industry'],
  HANDICRAFT: ['tiểu thủ công nghiệp', 'handicrafts'],
  MINING_AND_MINERAL_PROCESSING: ['khai thác, chế biến khoáng sản', 'mining and mineral processing'],
  CLEANER_PRODUCTION_AND_POLLUTION_TREATMENT: ['sản xuất sạch hơn, xử lý ô nhiễm môi trường', 'cleaner production, pollution treatment'],
  HIGH_TECH: ['công nghiệp công nghệ cao', 'high-tech industry'],
  CLEAN_INDUSTRY: ['công nghiệp sạch', 'clean industry'],
  ENERGY_SAVING: ['tiết kiệm năng lượng', 'energy saving'],
  ENVIRONMENTAL_INDUSTRY: ['công nghiệp môi trường', 'environmental industry'],
  GREEN_ENERGY: ['năng lượng thân thiện môi trường', 'environmentally friendly energy'],
  OTHER: ['ngành khác', 'other industry'],
});

/** Requested items with labels. @category Eligibility */
export const REQUESTED_ITEM_LABELS: Labels<RequestedItem> = freezeLabels({
  ENTERPRISE_FOUNDING: ['hỗ trợ thành lập doanh nghiệp', 'enterprise-founding support'],
  DEMO_MODEL_NEW_TECH: ['mô hình trình diễn kỹ thuật', 'technical demonstration model'],
  DEMO_MODEL_EFFICIENT_ESTABLISHMENT: ['mô hình cơ sở CNNT hoạt động hiệu quả', 'model of an efficient establishment'],
  MACHINERY_APPLICATION: ['ứng dụng máy móc thiết bị tiên tiến', 'advanced machinery'],
  TECH_LINE_APPLICATION: ['ứng dụng dây chuyền công nghệ', 'technology line'],
  FAIR_ABROAD: ['hội chợ, triển lãm ở nước ngoài', 'fair or exhibition abroad'],
  STUDY_TOUR_ABROAD_AIRFARE: ['vé máy bay khảo sát ở nước ngoài', 'airfare for a study tour abroad'],
  POLLUTION_TREATMENT_UPGRADE_ESTABLISHMENT: ['sửa chữa, nâng cấp hệ thống xử lý ô nhiễm', 'pollution-treatment system upgrade'],
  CCN_INFRASTRUCTURE: ['đầu tư hạ tầng cụm công nghiệp', 'industrial-cluster infrastructure'],
  TYPICAL_PRODUCT_ENTRY: ['tham gia bình chọn sản phẩm CNNT tiêu biểu', 'entry in typical-product selection'],
});

/** Selection levels with labels. @category Eligibility */
export const SELECTION_LEVEL_LABELS: Labels<SelectionLevel> = freezeLabels({
  district: ['cấp huyện', 'district level'],
  commune: ['cấp xã', 'commune level'],
  province: ['cấp tỉnh', 'provincial level'],
  region: ['cấp khu vực', 'regional level'],
  national: ['cấp quốc gia', 'national level'],
});

/** Certificate levels with labels. @category Eligibility */
export const CERTIFICATE_LEVEL_LABELS: Labels<CertificateLevel> = freezeLabels({
  none: ['chưa có giấy chứng nhận', 'no certificate'],
  district: ['giấy chứng nhận cấp huyện', 'district certificate'],
  commune: ['giấy chứng nhận cấp xã', 'commune certificate'],
  province: ['giấy chứng nhận cấp tỉnh', 'provincial certificate'],
  region: ['giấy chứng nhận cấp khu vực', 'regional certificate'],
  national: ['giấy chứng nhận cấp quốc gia', 'national certificate'],
});

/** Appraisal decisions with labels. @category Eligibility */
export const APPRAISAL_DECISION_LABELS: Labels<AppraisalDecision> = freezeLabels({
  approved: ['hội đồng thẩm định chấp thuận', 'approved by the appraisal council'],
  rejected: ['hội đồng thẩm định không chấp thuận', 'rejected by the appraisal council'],
});

/** The keys of a label map, in declaration order. @internal */
export function valuesOf<K extends string>(labels: Labels<K>): readonly K[] {
  return Object.freeze(Object.keys(labels) as K[]);
}
