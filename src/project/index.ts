/**
 * Đề án, beneficiaries and funding: zod schemas of the domain's values and the guarded lifecycle.
 * @packageDocumentation
 */
export {
  ADVANCE_RULES,
  advanceRuleFor,
  TT36_2013_ADVANCE_RULES,
  type AdvanceCondition,
  type AdvanceRule,
  type AdvanceRuleId,
} from './advanceRules.js';
export { applicantFromEstablishment, type ApplicantFromEstablishmentOptions } from './applicantFromEstablishment.js';
export { checkPlanTotals, type PlanTotalMismatch, type PlanTotalsCheck } from './checkPlanTotals.js';
export {
  BudgetLineSchema,
  DeAnSchema,
  HistoryEntrySchema,
  ImplementingUnitSchema,
  IndicatorSchema,
  parseDeAn,
  PeriodSchema,
  safeParseDeAn,
  serializeDeAn,
  SupportLineSchema,
  type BudgetLine,
  type BudgetLineJson,
  type DeAn,
  type DeAnIndicator,
  type DeAnJson,
  type DeAnPeriod,
  type HistoryEntry,
  type ImplementingUnit,
  type SupportLine,
  type SupportLineJson,
} from './DeAn.js';
export {
  DeAnEventSchema,
  parseDeAnEvent,
  safeParseDeAnEvent,
  SourceAmountSchema,
  type AcceptEvent,
  type AdjustEvent,
  type AdvanceEvent,
  type ApproveEvent,
  type DeAnEvent,
  type DeAnEventJson,
  type DeAnSignal,
  type DeAnSignalType,
  type DisburseEvent,
  type IndicatorResult,
  type SettleEvent,
  type SourceAmount,
  type SourceAmountJson,
  type ApproveEventJson,
  type AdvanceEventJson,
  type DisburseEventJson,
  type AdjustEventJson,
  type SettleEventJson,
} from './DeAnEvent.js';
export {
  EstablishmentLocationSchema,
  EstablishmentSchema,
  parseEstablishment,
  safeParseEstablishment,
  TaxCodeSchema,
  type Establishment,
  type EstablishmentJson,
  type EstablishmentLocation,
  type EstablishmentLocationJson,
  type EstablishmentOwner,
} from './Establishment.js';
export {
  computeDeAnSupport,
  counterpartShare,
  fundingTotals,
  type CounterpartShare,
  type CounterpartShareValue,
  type DeAnSupport,
  type FundingAmounts,
  type FundingTotals,
} from './funding.js';
export {
  CITE_ADVANCE,
  CITE_APPRAISAL,
  CITE_LOCAL_APPROVAL,
  CITE_NATIONAL_APPROVAL,
  CITE_REGISTRATION,
  CITE_REGISTRATION_2013,
  CITE_SETTLEMENT,
  LIFECYCLE_EDGES,
  TERMINAL_STATES,
  type LifecycleEdge,
  type PathKind,
} from './lifecycle.js';
export { parsePlan, PlanSchema, safeParsePlan, serializePlan, type Plan, type PlanApproval, type PlanJson } from './Plan.js';
export {
  parseProgrammeTargets,
  ProgrammeTargetsSchema,
  safeParseProgrammeTargets,
  type ProgrammeTargets,
  type ProgrammeTargetsJson,
} from './ProgrammeTargets.js';
export { ProvinceRefSchema, type ProvinceRef, type ProvinceRefJson } from './ProvinceRef.js';
export {
  DEFAULT_TT17_SWITCH_DATE,
  type RegistrationDeadline,
  type RegistrationRegime,
  type RegistrationRuleId,
  type RegistrationStep,
} from './registrationRegime.js';
export { registrationRegimeOn } from './registrationRegimeOn.js';
export { TT17_2018_REGISTRATION } from './registrationTt17.js';
export { QD08_2008_REGISTRATION, TT36_2013_REGISTRATION } from './registrationTt36.js';
export { TRANSITION_RULES, type RuleBasis, type TransitionRule, type TransitionRuleId } from './rules.js';
export { checkTaxCode, type TaxCodeCheck, type TaxCodeFailure } from './taxCode.js';
export {
  transition,
  type Refusal,
  type TransitionContext,
  type TransitionOptions,
  type TransitionResult,
} from './transition.js';
export {
  ADJUSTMENT_APPROVERS,
  ADJUSTMENT_CHANGES,
  ADVANCE_TYPES,
  DE_AN_EVENT_LABELS,
  DE_AN_EVENT_TYPES,
  DE_AN_STATE_LABELS,
  DE_AN_STATES,
  IMPLEMENTING_UNIT_KINDS,
  type AdjustmentApprover,
  type AdjustmentChange,
  type AdvanceType,
  type DeAnEventType,
  type DeAnState,
  type ImplementingUnitKind,
} from './vocabulary.js';
export { JSON_SCHEMA_BASE_ID, JSON_SCHEMA_FILES, JSON_SCHEMAS, type JsonSchema, type JsonSchemaName } from './jsonSchemas.js';
