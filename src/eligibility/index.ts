/**
 * The eligibility area: is this establishment, in this place, in this industry, eligible for khuyến công
 * support, for which items, and why? Decision tables per regime, evaluated as of a date, every step cited.
 * @packageDocumentation
 */
export type {
  Applicant,
  ApplicantIndustry,
  ApplicantLegalForm,
  ApplicantLocation,
  ApplicantOwner,
  AppraisalDecision,
  CertificateLevel,
  CityClass,
  DifficultyClass,
  FactPath,
  FactValue,
  RequestedItem,
  SelectionLevel,
  SizeClass,
  TypicalProductEntry,
  UnitKind,
  WardParent,
} from './Applicant.js';
export { checkEligibility, type CheckEligibilityOptions } from './checkEligibility.js';
export { checkEligibilityMany } from './checkEligibilityMany.js';
export type { DecisionInput, DecisionRow, DecisionTable, HitPolicy, RowOutcome, RuleId } from './DecisionTable.js';
export { eligibleItems, type EligibleItem } from './eligibleItems.js';
export type { EligibilityRegime, PriorityId, PriorityRule } from './EligibilityRegime.js';
export type { EligibilityOutcome, EligibilityReason, EligibilityResult, PriorityFlag, ReasonStatus } from './engine.js';
export { explain, type ExplainOptions } from './explain.js';
export { ApplicantSchema, parseApplicant, safeParseApplicant } from './parseApplicant.js';
export { REGIME_2012 } from './regime2012.js';
export { REGIME_2025 } from './regime2025.js';
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
