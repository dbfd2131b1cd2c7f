/**
 * khuyen-cong: Vietnam's industrial-promotion policy (khuyến công) as exact, cited, bilingual TypeScript.
 * One alphabetical barrel; each area keeps its own `index.ts`.
 * @packageDocumentation
 */
export { KhuyenCongError, type Issue, type IssuePath, type SafeParseResult } from './internal/errors.js';
export type { Locale, LocalizedText } from './internal/messages.js';
export { resolveLocale, type LocaleTag } from './internal/locale.js';
export { ERROR_CODES, isErrorCode, type ErrorCode } from './internal/errorCodes.js';
export { mapResult, noAnswer, ok, valueOr, type NoAnswer, type Result } from './internal/result.js';
export * from './audit/index.js';
export * from './claims/index.js';
export * from './data/index.js';
export * from './eligibility/index.js';
export * from './geo/index.js';
export * from './policy/index.js';
export * from './project/index.js';
export * from './quantity/index.js';
export * from './read/index.js';
export * from './schema/index.js';
export * from './stats/index.js';
