export { CLAIM_KINDS } from './Claim.js';
export type {
  AverageClaim,
  CagrClaim,
  ChangeClaim,
  Claim,
  ClaimKind,
  ClaimNumber,
  CompletionClaim,
  RatioClaim,
  ShareClaim,
  SumClaim,
} from './Claim.js';
export type { CannotCheckReason, ClaimResult, ClaimStatus, ClaimUnit, DecidedClaim, Measure, UndecidedClaim } from './ClaimResult.js';
export { checkClaim } from './checkClaim.js';
export { MAX_PARTS, parseClaim, safeParseClaim } from './parseClaim.js';
export { formatClaimAmount, formatClaimInterval, readClaimNumber } from './figures.js';
export type { ClaimFigureShape } from './formatClaimValue.js';
export type { ClaimOperand } from './operand.js';
