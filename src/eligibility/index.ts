/**
 * The eligibility area: is this establishment, in this place, in this industry, eligible for khuyến công
 * support, for which items, and why? Decision tables per regime, evaluated as of a date, every step cited.
 * @packageDocumentation
 */
export type {
  Applicant,
  ApplicantIndustry,
  ApplicantLocation,
  ApplicantOwner,
  ApplicantPriorityFacts,
  AppraisalDecision,
  CertificateLevel,
  FactPath,
  FactValue,
  RequestedItem,
  SelectionLevel,
  TypicalProductEntry,
} from './Applicant.js';
export { checkEligibility, type CheckEligibilityOptions } from './checkEligibility.js';
export { checkEligibilityMany } from './checkEligibilityMany.js';
export type { DecisionInput, DecisionRow, DecisionTable, EvalContext, HitPolicy, RowOutcome, RuleId } from './DecisionTable.js';
export { eligibleItems, type EligibleItem } from './eligibleItems.js';
export type { EligibilityRegime, PriorityId, PriorityRule } from './EligibilityRegime.js';
export type { EligibilityOutcome, EligibilityReason, EligibilityResult, PriorityFlag, ReasonStatus } from './engine.js';
export { explain, type ExplainOptions } from './explain.js';
export { ApplicantSchema, parseApplicant, safeParseApplicant } from './parseApplicant.js';
export { REGIME_2012 } from './regime2012.js';
export { REGIME_2025 } from './regime2025.js';
export { RULE_DATES } from './regimeDates.js';
export { renderDecisionTables } from './renderDecisionTables.js';
export {
  EligibilityTraceSchema,
  parseTrace,
  safeParseTrace,
  toTrace,
  TRACE_SCHEMA_VERSION,
  traceJsonSchema,
  type EligibilityTrace,
  type TraceReason,
} from './trace.js';
export {
  APPLICANT_LEGAL_FORMS,
  CITY_CLASS_LABELS,
  COMMUNE_KINDS,
  DIFFICULTY_CLASSES,
  DIFFICULTY_LABELS,
  LEGAL_FORM_LABELS,
  OWNER_ATTRIBUTE_LABELS,
  OWNER_ATTRIBUTES,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  WARD_PARENT_LABELS,
  type ApplicantLegalForm,
  type CityClass,
  type CommuneKind,
  type DifficultyClass,
  type LabelTable,
  type OwnerAttribute,
  type SizeClass,
  type UnitKind,
  type WardParent,
} from './vocabulary.js';
