/**
 * The applicant vocabulary: every enumerated fact's values, in order, with bilingual labels. The boundary
 * schema, the decision tables and their rendering all read these lists, so a value exists in one place.
 */
import type { LocalizedText } from '../internal/messages.js';
import type { BeneficiaryGroupId } from '../policy/beneficiaryGroups.js';
import { BENEFICIARY_GROUPS } from '../policy/beneficiaryGroups.js';
import type { CatalogueEntry } from '../policy/catalogueEntry.js';
import { must } from './catalogue.js';
import { INDUSTRIES } from '../policy/industries.js';
import { SUPPORT_ITEMS } from '../policy/supportItems.js';
import { TYPICAL_PRODUCT_LEVELS } from '../policy/typicalProducts.js';
import type {
  ApplicantIndustry,
  ApplicantLegalForm,
  AppraisalDecision,
  CertificateLevel,
  CityClass,
  DifficultyClass,
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

/** The labels of a catalogue's ids (the latest row's label), in catalogue order, plus extra ids. */
function fromCatalogue<K extends string>(
  entries: readonly CatalogueEntry<string>[],
  extra: { readonly [k: string]: readonly [vi: string, en: string] } = {},
): Labels<K> {
  const out: Record<string, LocalizedText> = {};
  for (const e of entries) out[e.id] = e.label;
  for (const [k, [vi, en]] of Object.entries(extra)) out[k] = Object.freeze({ vi, en });
  return Object.freeze(out) as Labels<K>;
}

/**
 * Short labels of the policy catalogue's beneficiary groups, for table cells (the catalogue rows carry the
 * full wording of each period).
 * @category Eligibility
 */
export const BENEFICIARY_GROUP_LABELS: Labels<BeneficiaryGroupId> = freezeLabels({
  RURAL_INDUSTRIAL_ESTABLISHMENT: ['cơ sở CNNT (điểm a)', 'rural industrial establishment (point a)'],
  CLEANER_PRODUCTION_ESTABLISHMENT: ['cơ sở áp dụng sản xuất sạch hơn (điểm b)', 'cleaner-production establishment (point b)'],
  KC_MANAGER_OR_SERVICE_PROVIDER: ['quản lý, dịch vụ khuyến công (điểm c)', 'khuyến công manager or service provider (point c)'],
  CCN_INFRA_INVESTOR: ['nhà đầu tư hạ tầng CCN', 'cluster-infrastructure investor'],
  ARTISAN: ['nghệ nhân', 'artisan'],
});
// Every catalogue group has a short label (checked when the module loads).
for (const g of BENEFICIARY_GROUPS) must(BENEFICIARY_GROUP_LABELS[g.id], `no label for group ${g.id}`);


/** Legal forms with labels. @category Eligibility */
export const LEGAL_FORM_LABELS: Labels<ApplicantLegalForm> = freezeLabels({
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

/** Industries with labels (from the policy catalogue, plus `OTHER`). @category Eligibility */
export const INDUSTRY_LABELS: Labels<ApplicantIndustry> = fromCatalogue(INDUSTRIES, { OTHER: ['ngành khác', 'other industry'] });

/** Requested items with labels (the policy catalogue's support items, plus typical-product entry). @category Eligibility */
export const REQUESTED_ITEM_LABELS: Labels<RequestedItem> = fromCatalogue(SUPPORT_ITEMS, {
  TYPICAL_PRODUCT_ENTRY: ['tham gia bình chọn sản phẩm CNNT tiêu biểu', 'entry in typical-product selection'],
});

/** Selection levels with labels (from the policy catalogue). @category Eligibility */
export const SELECTION_LEVEL_LABELS: Labels<SelectionLevel> = fromCatalogue(TYPICAL_PRODUCT_LEVELS);

/** Certificate levels with labels. @category Eligibility */
export const CERTIFICATE_LEVEL_LABELS: Labels<CertificateLevel> = freezeLabels({
  NONE: ['chưa có giấy chứng nhận', 'no certificate'],
  DISTRICT: ['giấy chứng nhận cấp huyện', 'district certificate'],
  COMMUNE: ['giấy chứng nhận cấp xã', 'commune certificate'],
  PROVINCE: ['giấy chứng nhận cấp tỉnh', 'provincial certificate'],
  REGION: ['giấy chứng nhận cấp khu vực', 'regional certificate'],
  NATIONAL: ['giấy chứng nhận cấp quốc gia', 'national certificate'],
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
