/**
 * Provincial policy packs: local khuyến công funds priced by the province's own instrument.
 * @packageDocumentation
 */
export {
  PACK_UNITS,
  parsePolicyPack,
  POLICY_PACK_FORMAT,
  PolicyPackSchema,
  safeParsePolicyPack,
  serializePolicyPack,
  type PackAddedItem,
  type PackCitation,
  type PackCondition,
  type PackLevel,
  type PackLevelJson,
  type PackNationalItem,
  type PackUnit,
  type PolicyPack,
  type PolicyPackJson,
  type PolicyPackKind,
} from './PolicyPack.js';
export {
  localSupportLevel,
  parsePolicyPacks,
  readFundsOption,
  type LocalDeAnSupport,
  type LocalLevelLookup,
  type LocalNotModelledReason,
  type LocalSupportComputation,
  type LocalSupportNational,
  type LocalSupportNotModelled,
  type LocalSupportPriced,
  type LocalSupportInput,
  type PackConsidered,
  type PackProvince,
  type PackRef,
  type PackSkipReason,
} from './pricing.js';
export { LOCAL_POLICY_PACKS } from './localPacks.js';
export {
  checkLocalApproval,
  computeLocalSupportLines,
  type LocalApprovalInput,
  type LocalApprovalReason,
  type LocalLinesInput,
} from './localApproval.js';
