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
import type { ApplicantIndustry, AppraisalDecision, CertificateLevel, RequestedItem, SelectionLevel } from './Applicant.js';

/** A frozen table of bilingual labels, one per vocabulary id. @category Eligibility */
export type LabelTable<K extends string> = { readonly [P in K]: LocalizedText };

function freezeLabels<K extends string>(labels: { readonly [P in K]: readonly [vi: string, en: string] }): LabelTable<K> {
  const out: Record<string, LocalizedText> = {};
  for (const [k, [vi, en]] of Object.entries(labels) as [string, readonly [string, string]][]) {
    out[k] = Object.freeze({ vi, en });
  }
  return Object.freeze(out) as LabelTable<K>;
}

/** The labels of a catalogue's ids (the latest row's label), in catalogue order, plus extra ids. */
function fromCatalogue<K extends string>(
  entries: readonly CatalogueEntry<string>[],
  extra: { readonly [k: string]: readonly [vi: string, en: string] } = {},
): LabelTable<K> {
  const out: Record<string, LocalizedText> = {};
  for (const e of entries) out[e.id] = e.label;
  for (const [k, [vi, en]] of Object.entries(extra)) out[k] = Object.freeze({ vi, en });
  return Object.freeze(out) as LabelTable<K>;
}

/**
 * Short labels of the policy catalogue's beneficiary groups, for table cells (the catalogue rows carry the
 * full wording of each period).
 * @category Eligibility
 */
export const BENEFICIARY_GROUP_LABELS: LabelTable<BeneficiaryGroupId> = freezeLabels({
  RURAL_INDUSTRIAL_ESTABLISHMENT: ['cơ sở CNNT (điểm a)', 'rural industrial establishment (point a)'],
  CLEANER_PRODUCTION_ESTABLISHMENT: ['cơ sở áp dụng sản xuất sạch hơn (điểm b)', 'cleaner-production establishment (point b)'],
  KC_MANAGER_OR_SERVICE_PROVIDER: ['quản lý, dịch vụ khuyến công (điểm c)', 'khuyến công manager or service provider (point c)'],
  CCN_INFRA_INVESTOR: ['nhà đầu tư hạ tầng CCN', 'cluster-infrastructure investor'],
  ARTISAN: ['nghệ nhân', 'artisan'],
});
// Every catalogue group has a short label (checked when the module loads).
for (const g of BENEFICIARY_GROUPS) must(BENEFICIARY_GROUP_LABELS[g.id], `no label for group ${g.id}`);


/**
 * The legal forms an applicant or an establishment record may have, with labels: the forms of NĐ 45/2012
 * Art. 1(2)(a) (an enterprise is a small or medium one when its size class is micro, small or medium, which
 * is the catalogue's `SME`), plus individuals (an artisan, say) and other organisations (a service provider).
 * The one legal-form vocabulary of the library's facts (the zod `Establishment` schema and the eligibility
 * engine both read it). Frozen.
 * @category Eligibility
 * @example
 * LEGAL_FORM_LABELS.BUSINESS_HOUSEHOLD.vi; // 'hộ kinh doanh'
 */
export const LEGAL_FORM_LABELS = freezeLabels({
  ENTERPRISE: ['doanh nghiệp', 'enterprise'],
  COOPERATIVE: ['hợp tác xã', 'cooperative'],
  COOPERATIVE_GROUP: ['tổ hợp tác', 'cooperative group'],
  UNION_OF_COOPERATIVES: ['liên hiệp hợp tác xã', 'union of cooperatives'],
  BUSINESS_HOUSEHOLD: ['hộ kinh doanh', 'business household'],
  INDIVIDUAL: ['cá nhân', 'individual'],
  OTHER_ORGANISATION: ['tổ chức khác', 'other organisation'],
});

/**
 * The enterprise size classes (SME law) with labels. The thresholds are set by the SME law's implementing
 * decree, which the library does not model: the size class is declared. Frozen.
 * @category Eligibility
 * @example
 * SIZE_CLASS_LABELS.MICRO.vi; // 'siêu nhỏ'
 */
export const SIZE_CLASS_LABELS = freezeLabels({
  MICRO: ['siêu nhỏ', 'micro'],
  SMALL: ['nhỏ', 'small'],
  MEDIUM: ['vừa', 'medium'],
  LARGE: ['lớn', 'large'],
});

/**
 * The kinds of administrative unit with labels: the commune level (`XA` commune, `PHUONG` ward, `THI_TRAN`
 * township until the 2025 reorganisation, `DAC_KHU` special zone from 2025), then the district level
 * (`HUYEN` rural district, `THI_XA` town, `QUAN` urban district) for when only that is known. Frozen.
 * @category Eligibility
 * @example
 * UNIT_KIND_LABELS.DAC_KHU.en; // 'special zone'
 */
export const UNIT_KIND_LABELS = freezeLabels({
  XA: ['xã', 'commune'],
  PHUONG: ['phường', 'ward'],
  THI_TRAN: ['thị trấn', 'township'],
  DAC_KHU: ['đặc khu', 'special zone'],
  HUYEN: ['huyện', 'rural district'],
  THI_XA: ['thị xã', 'town'],
  QUAN: ['quận', 'urban district'],
});

/** Ward parents with labels. @category Eligibility */
export const WARD_PARENT_LABELS = freezeLabels({
  CITY: ['thành phố', 'city'],
  THI_XA: ['thị xã', 'town'],
});

/** City classes with labels. @category Eligibility */
export const CITY_CLASS_LABELS = freezeLabels({
  SPECIAL: ['loại đặc biệt', 'special class'],
  TYPE_1: ['loại I', 'type 1'],
  TYPE_2: ['loại II', 'type 2'],
  TYPE_3: ['loại III', 'type 3'],
});

/**
 * The socio-economic difficulty classes of an area with labels: `NONE`, `DIFFICULT` (địa bàn có điều kiện
 * kinh tế – xã hội khó khăn), `EXTREMELY_DIFFICULT` (đặc biệt khó khăn), from the government's lists, which
 * the library does not hold. Frozen.
 * @category Eligibility
 * @example
 * DIFFICULTY_LABELS.EXTREMELY_DIFFICULT.en; // 'extremely difficult area'
 */
export const DIFFICULTY_LABELS = freezeLabels({
  NONE: ['không thuộc địa bàn khó khăn', 'not a difficult area'],
  DIFFICULT: ['địa bàn có điều kiện KT-XH khó khăn', 'difficult area'],
  EXTREMELY_DIFFICULT: ['địa bàn có điều kiện KT-XH đặc biệt khó khăn', 'extremely difficult area'],
});

/**
 * The owner attributes NĐ 235/2025 gives priority to (women-owned, ethnic-minority-owned; S11–S13,
 * secondary), with labels. Frozen.
 * @category Eligibility
 * @example
 * OWNER_ATTRIBUTE_LABELS.womenOwned.en; // 'Women-owned establishment'
 */
export const OWNER_ATTRIBUTE_LABELS = freezeLabels({
  womenOwned: ['Cơ sở do phụ nữ làm chủ', 'Women-owned establishment'],
  ethnicMinorityOwned: ['Cơ sở do người dân tộc thiểu số làm chủ', 'Ethnic-minority-owned establishment'],
});

/** A legal form of an applicant or establishment (see {@link LEGAL_FORM_LABELS}). @category Eligibility */
export type ApplicantLegalForm = keyof typeof LEGAL_FORM_LABELS;
/** An enterprise size class (see {@link SIZE_CLASS_LABELS}). @category Eligibility */
export type SizeClass = keyof typeof SIZE_CLASS_LABELS;
/** A kind of administrative unit (see {@link UNIT_KIND_LABELS}). @category Eligibility */
export type UnitKind = keyof typeof UNIT_KIND_LABELS;
/** What a ward belongs to under the pre-2025 three-level structure: a city or a town (thị xã). @category Eligibility */
export type WardParent = keyof typeof WARD_PARENT_LABELS;
/** The class (loại) of the city a ward belongs to: special class, type 1, 2 or 3. @category Eligibility */
export type CityClass = keyof typeof CITY_CLASS_LABELS;
/** A socio-economic difficulty class (see {@link DIFFICULTY_LABELS}). @category Eligibility */
export type DifficultyClass = keyof typeof DIFFICULTY_LABELS;
/** An owner attribute (a boolean fact about who owns the establishment). @category Eligibility */
export type OwnerAttribute = keyof typeof OWNER_ATTRIBUTE_LABELS;

/**
 * The legal forms, in order.
 * @category Eligibility
 * @example
 * APPLICANT_LEGAL_FORMS[0]; // 'ENTERPRISE'
 */
export const APPLICANT_LEGAL_FORMS = listOf(LEGAL_FORM_LABELS);
/**
 * The size classes, in order.
 * @category Eligibility
 * @example
 * SIZE_CLASSES; // ['MICRO', 'SMALL', 'MEDIUM', 'LARGE']
 */
export const SIZE_CLASSES = listOf(SIZE_CLASS_LABELS);
/**
 * The unit kinds, in order (commune level first).
 * @category Eligibility
 * @example
 * UNIT_KINDS.length; // 7
 */
export const UNIT_KINDS = listOf(UNIT_KIND_LABELS);
/**
 * The commune-level unit kinds (xã, phường, thị trấn until 2025, đặc khu from 2025): where an
 * establishment record sits.
 * @category Eligibility
 * @example
 * COMMUNE_KINDS; // ['XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU']
 */
export const COMMUNE_KINDS = Object.freeze(['XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU'] as const satisfies readonly UnitKind[]);
/** A commune-level unit kind. @category Eligibility */
export type CommuneKind = (typeof COMMUNE_KINDS)[number];
/**
 * The difficulty classes, in order.
 * @category Eligibility
 * @example
 * DIFFICULTY_CLASSES; // ['NONE', 'DIFFICULT', 'EXTREMELY_DIFFICULT']
 */
export const DIFFICULTY_CLASSES = listOf(DIFFICULTY_LABELS);
/**
 * The owner attributes, in order.
 * @category Eligibility
 * @example
 * OWNER_ATTRIBUTES; // ['womenOwned', 'ethnicMinorityOwned']
 */
export const OWNER_ATTRIBUTES = listOf(OWNER_ATTRIBUTE_LABELS);

/** Industries with labels (from the policy catalogue, plus `OTHER`). @category Eligibility */
export const INDUSTRY_LABELS: LabelTable<ApplicantIndustry> = fromCatalogue(INDUSTRIES, { OTHER: ['ngành khác', 'other industry'] });

/** Requested items with labels (the policy catalogue's support items, plus typical-product entry). @category Eligibility */
export const REQUESTED_ITEM_LABELS: LabelTable<RequestedItem> = fromCatalogue(SUPPORT_ITEMS, {
  TYPICAL_PRODUCT_ENTRY: ['tham gia bình chọn sản phẩm CNNT tiêu biểu', 'entry in typical-product selection'],
});

/** Selection levels with labels (from the policy catalogue). @category Eligibility */
export const SELECTION_LEVEL_LABELS: LabelTable<SelectionLevel> = fromCatalogue(TYPICAL_PRODUCT_LEVELS);

/** Certificate levels with labels. @category Eligibility */
export const CERTIFICATE_LEVEL_LABELS: LabelTable<CertificateLevel> = freezeLabels({
  NONE: ['chưa có giấy chứng nhận', 'no certificate'],
  DISTRICT: ['giấy chứng nhận cấp huyện', 'district certificate'],
  COMMUNE: ['giấy chứng nhận cấp xã', 'commune certificate'],
  PROVINCE: ['giấy chứng nhận cấp tỉnh', 'provincial certificate'],
  REGION: ['giấy chứng nhận cấp khu vực', 'regional certificate'],
  NATIONAL: ['giấy chứng nhận cấp quốc gia', 'national certificate'],
});

/** Appraisal decisions with labels. @category Eligibility */
export const APPRAISAL_DECISION_LABELS: LabelTable<AppraisalDecision> = freezeLabels({
  approved: ['hội đồng thẩm định chấp thuận', 'approved by the appraisal council'],
  rejected: ['hội đồng thẩm định không chấp thuận', 'rejected by the appraisal council'],
});

/** The keys of a label map, in declaration order. @internal */
export function valuesOf<K extends string>(labels: LabelTable<K>): readonly K[] {
  return Object.freeze(Object.keys(labels) as K[]);
}

/** The keys of a non-empty label map as a non-empty tuple (what `z.enum` wants). */
function listOf<K extends string>(labels: LabelTable<K>): readonly [K, ...K[]] {
  return valuesOf(labels) as readonly K[] as readonly [K, ...K[]];
}
