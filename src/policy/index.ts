/**
 * The policy area: legal instruments, citations, catalogues of Decree 45/2012 (as amended) and dated
 * support levels.
 * @packageDocumentation
 */
export type { Citation, Confidence, InstrumentId } from './citation.js';
export { formatCitation, instrumentName, type FormatCitationOptions } from './formatCitation.js';
export {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  isInstrumentId,
  type Instrument,
  type InstrumentDate,
  type InstrumentRelation,
  type InstrumentType,
} from './instruments.js';
export { isIsoDate, type IsoDate } from './isoDate.js';
export { parseCitation, safeParseCitation } from './parseCitation.js';
export { ACTIVITY_CATEGORIES, type ActivityCategory, type ActivityCategoryId } from './activityCategories.js';
export {
  BENEFICIARY_GROUPS,
  UNRESOLVED_BENEFICIARY_GROUPS,
  type BeneficiaryGroup,
  type BeneficiaryGroupId,
} from './beneficiaryGroups.js';
export { entriesValidOn, type CatalogueEntry } from './catalogueEntry.js';
export { FUND_SOURCES, type FundSourceId } from './fundSources.js';
export { INDUSTRIES, UNRESOLVED_INDUSTRIES, type Industry, type IndustryId } from './industries.js';
export { LEGAL_FORMS, type LegalForm, type LegalFormId } from './legalForms.js';
export { LOCATION_KINDS, type LocationKind, type LocationKindId } from './locationKinds.js';
export type { NotModelledEntry } from './notModelled.js';
export { PROGRAMMES, type Programme, type ProgrammeId, type ProgrammeTarget } from './programmes.js';
export { PROJECT_GROUP_FLAG, PROJECT_SCOPES, type ProjectScopeId } from './projectScopes.js';
export { COVERAGE_START, REGIMES, type Regime, type RegimeId } from './regimes.js';
export { isSupportItemId, SUPPORT_ITEMS, type SupportItem, type SupportItemId } from './supportItems.js';
export {
  TYPICAL_PRODUCT_GROUPS,
  TYPICAL_PRODUCT_LEVELS,
  TYPICAL_PRODUCT_REGIONS,
  TYPICAL_PRODUCT_SCORE_SHEET,
  TYPICAL_PRODUCT_RULES_TT26,
  certificateValidUntil,
  type TypicalProductRules,
  type ScoreCriterion,
  type ScoreSheet,
  type TypicalProductGroupId,
  type TypicalProductLevel,
  type TypicalProductLevelId,
  type TypicalProductRegionId,
} from './typicalProducts.js';
export { computeSupport, type ComputeSupportInput, type SupportBinding, type SupportComputation, type SupportComputed } from './computeSupport.js';
export { parseSupportRequest, safeParseSupportRequest, type SupportRequest } from './parseSupportRequest.js';
export { policyAt, type PolicyAtResult, type PolicyNotCovered, type PolicySnapshot } from './policyAt.js';
export { supportLevelAt, type FoundSupportLevel, type NotModelledReason, type SupportLevelLookup, type SupportNotModelled } from './supportLevelAt.js';
export {
  PRIORITY_UPLIFTS,
  SUPPORT_LEVELS,
  TTLT26_REFERENCED_LEVELS,
  type PriorityUplift,
  type ReferencedLevel,
  type SupportBase,
  type SupportCondition,
  type SupportLevel,
  type SupportUnit,
} from './supportLevels.js';
export { LEGAL_DATES, type LegalDateName } from './legalDates.js';
export { renderPolicyTables } from './renderPolicyTables.js';
export * from './packs/index.js';
export {
  ADVANCE_CEILING_TTLT26,
  LOCAL_LEVEL_FACTS_TTLT26,
  PRIORITY_FLAGS_2012,
  SUPPORT_CONDITIONS_TTLT26,
  TT46_LIMITS,
  type AdvanceCeiling,
  type LocalLevelFactId,
  type PriorityFlag2012,
  type PriorityFlag2012Id,
  type SupportConditionRuleId,
  type Tt46Limit,
  type Tt46LimitId,
} from './legalFacts.js';
