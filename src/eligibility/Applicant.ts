import type { BeneficiaryGroupId } from '../policy/beneficiaryGroups.js';
import type { IndustryId } from '../policy/industries.js';
import type { SupportItemId } from '../policy/supportItems.js';
import type { TypicalProductLevelId } from '../policy/typicalProducts.js';
import type { ApplicantLegalForm, CityClass, DifficultyClass, OwnerAttribute, SizeClass, UnitKind, WardParent } from './vocabulary.js';

/**
 * The applicant's facts: a plain, JSON-friendly object in which every fact is optional. A fact that a rule
 * needs but that is absent makes the rule `unknown` and the outcome `needs-review`, never a guess.
 */

export type { ApplicantLegalForm, CityClass, DifficultyClass, OwnerAttribute, SizeClass, UnitKind, WardParent } from './vocabulary.js';

/**
 * The industry the establishment works in: an industry id of the policy catalogue, or `OTHER` for a line
 * outside every list.
 * @category Eligibility
 */
export type ApplicantIndustry = IndustryId | 'OTHER';

/**
 * What the applicant asks for: a support item of the policy catalogue, or `TYPICAL_PRODUCT_ENTRY` (entering
 * a product in a typical rural-industrial product selection round).
 * @category Eligibility
 */
export type RequestedItem = SupportItemId | 'TYPICAL_PRODUCT_ENTRY';

/** A level of typical-product selection (policy catalogue ids): DISTRICT until 2025-06-30, COMMUNE from 2025-07-01. @category Eligibility */
export type SelectionLevel = TypicalProductLevelId;

/** The highest typical-product certificate the product holds (`NONE` when it holds none). @category Eligibility */
export type CertificateLevel = 'NONE' | SelectionLevel;

/** The appraisal council's decision on the đề án (absent while pending). @category Eligibility */
export type AppraisalDecision = 'approved' | 'rejected';

/**
 * Where the establishment is. Which fields matter depends on the regime in force at the evaluation date.
 * @category Eligibility
 */
export interface ApplicantLocation {
  /** The kind of unit where the establishment is. */
  readonly unitKind?: UnitKind;
  /** For a ward under the pre-2025 structure: whether it belongs to a city or a town (thị xã). */
  readonly wardParent?: WardParent;
  /** For a ward of a city: the city's class. */
  readonly cityClass?: CityClass;
  /** For a ward of a type-1 city: the date (`YYYY-MM-DD`) it was converted from a commune. */
  readonly convertedFromCommuneOn?: string;
  /** Whether the provincial-level unit is a centrally-run city (thành phố trực thuộc trung ương). */
  readonly centrallyRunCity?: boolean;
  /** Whether the establishment is in a craft village recognised by the provincial People's Committee. */
  readonly inRecognisedCraftVillage?: boolean;
  /** The socio-economic difficulty classification of the area. */
  readonly difficulty?: DifficultyClass;
  /** In a highland, island or land-border district, or an ethnic-minority area (TT 46/2012 Art. 6(1)(a); 2012 priority). */
  readonly highlandIslandBorderOrEthnicMinority?: boolean;
  /** In a poor district under NQ 30a/2008/NQ-CP (TT 46/2012 Art. 6(1)(b); 2012 priority). */
  readonly poorDistrict?: boolean;
  /** In a commune of the province's new-rural-area plan (TT 46/2012 Art. 6(1)(c); 2012 priority). */
  readonly newRuralCommune?: boolean;
}

/**
 * Who owns the establishment (for the priority flags of Decree 235/2025): each owner attribute, when known.
 * @category Eligibility
 */
export type ApplicantOwner = { readonly [A in OwnerAttribute]?: boolean };

/**
 * The facts of the 2012 priority industries (TT 46/2012/TT-BCT Art. 6(2)); flags only, never conditions.
 * @category Eligibility
 */
export interface ApplicantPriorityFacts {
  /** Has an export contract or produces for export (6(2)(a)). */
  readonly exportProduct?: boolean;
  /** Main materials from the province make up more than 50 % of their value (6(2)(b)). */
  readonly localMaterials?: boolean;
  /** The number of workers (6(2)(c): "từ 50 lao động trở lên"). */
  readonly workers?: number;
  /** Makes a product of the supporting-industry list of QĐ 1483/QĐ-TTg (6(2)(d)). */
  readonly supportingIndustryProduct?: boolean;
}

/** A product entered in typical-product selection. @category Eligibility */
export interface TypicalProductEntry {
  /** The level of the round the product is entered in. */
  readonly level?: SelectionLevel;
  /** The highest certificate the product already holds. */
  readonly certificateLevel?: CertificateLevel;
  /**
   * Whether the round of the level below the entered one (district until 2025-06-30, commune from
   * 2025-07-01) was held. Where it was not, a provincial entry needs no certificate of that level
   * (TT 26/2014/TT-BCT Art. 12(2)(d)).
   */
  readonly lowerRoundHeld?: boolean;
}

/**
 * The facts about one applicant. Every fact is optional; `requestedItem` frames the question (without it,
 * only the beneficiary and industry rules are checked).
 * @category Eligibility
 */
export interface Applicant {
  /** The beneficiary group the applicant claims (Art. 1(2) a, b or c). */
  readonly group?: BeneficiaryGroupId;
  /** The legal form (NĐ 45/2012 Art. 1(2)(a) as amended; individuals and other organisations besides). */
  readonly legalForm?: ApplicantLegalForm;
  /** Size class, needed for enterprises. */
  readonly sizeClass?: SizeClass;
  /** Where the establishment is. */
  readonly location?: ApplicantLocation;
  /** The industry it works in, or `OTHER`. */
  readonly industry?: ApplicantIndustry;
  /** Who owns it (the owner attributes NĐ 235/2025 gives priority to). */
  readonly owner?: ApplicantOwner;
  /** The support item asked for, or `TYPICAL_PRODUCT_ENTRY`. */
  readonly requestedItem?: RequestedItem;
  /** For `TYPICAL_PRODUCT_ENTRY`: the round entered and the certificate held. */
  readonly typicalProduct?: TypicalProductEntry;
  /** The appraisal council's decision on the đề án, once known. */
  readonly appraisal?: { readonly decision?: AppraisalDecision };
  /**
   * The plan year (năm xây dựng kế hoạch) the support is planned for: the five years of a ward of a type-1
   * city are counted to 31 December of the year before it (TT 46/2012/TT-BCT Art. 3(1)(đ)). No default:
   * where it decides and is absent, it is reported missing.
   */
  readonly planYear?: number;
  /** The facts of the 2012 priority industries. */
  readonly priority?: ApplicantPriorityFacts;
  /**
   * Makes fired clay bricks in an improved manual kiln or a polluting ring kiln (TT 46/2012/TT-BCT Art. 5(1):
   * not supported).
   */
  readonly clayBrickKiln?: boolean;
}

/**
 * A fact's field path in the applicant, such as `'location.unitKind'`, or `'at'` for the evaluation date.
 * @category Eligibility
 */
export type FactPath =
  | 'at'
  | 'group'
  | 'legalForm'
  | 'sizeClass'
  | 'location.unitKind'
  | 'location.wardParent'
  | 'location.cityClass'
  | 'location.convertedFromCommuneOn'
  | 'location.centrallyRunCity'
  | 'location.inRecognisedCraftVillage'
  | 'location.difficulty'
  | 'industry'
  | 'owner.womenOwned'
  | 'owner.ethnicMinorityOwned'
  | 'requestedItem'
  | 'typicalProduct.level'
  | 'typicalProduct.certificateLevel'
  | 'appraisal.decision'
  | 'planYear'
  | 'typicalProduct.lowerRoundHeld'
  | 'location.highlandIslandBorderOrEthnicMinority'
  | 'location.poorDistrict'
  | 'location.newRuralCommune'
  | 'priority.exportProduct'
  | 'priority.localMaterials'
  | 'priority.workers'
  | 'priority.supportingIndustryProduct'
  | 'clayBrickKiln';

/** A fact's value as recorded in a trace. @category Eligibility */
export type FactValue = string | boolean | number;
