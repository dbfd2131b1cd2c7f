/**
 * The one result vocabulary for lookups and computations that can have no answer (docs/concepts.md, "The
 * contract at the boundary"). Parsing keeps zod's pair: `parseX` throws a {@link KhuyenCongError},
 * `safeParseX` returns `{ success, data | error }`.
 */
import type { KhuyenCongError } from './errors.js';
import type { ErrorCode } from './errorCodes.js';
import type { LocalizedText } from './messages.js';

/**
 * Why a {@link Result} has no value: a stable code, the field it concerns (a path such as `'parts.1'` or
 * `'at'`) when one does, and a message in both languages.
 * @category Core
 */
export interface NoAnswer<C extends string = string> {
  /** A stable, machine-readable code (an {@link ErrorCode} or a domain reason such as `'no-match'`). */
  readonly code: C;
  /** The field the reason concerns, when one does. */
  readonly field?: string;
  /** The reason in Vietnamese and English. */
  readonly message: LocalizedText;
}

/**
 * The answer of a lookup or computation that may have none: `{ ok: true, value }` or
 * `{ ok: false, reason: { code, field?, message: { vi, en } } }`. Never thrown for a missing answer; bad
 * input still throws a {@link KhuyenCongError}.
 * @category Core
 * @example
 * const r: Result<number> = ok(3);
 * if (r.ok) r.value; // 3
 */
export type Result<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: NoAnswer<C> };

/**
 * A {@link Result} with a value (frozen).
 * @category Core
 * @example
 * ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Result<T, never> {
  return Object.freeze({ ok: true, value }) as Result<T, never>;
}

/**
 * A {@link Result} without a value, with its reason (frozen).
 * @param code - the reason's code.
 * @param message - the reason in both languages.
 * @param field - the field it concerns, if any.
 * @category Core
 * @example
 * noAnswer('no-match', { vi: 'Không tìm thấy tỉnh.', en: 'No province found.' }).ok; // false
 */
export function noAnswer<C extends string>(code: C, message: LocalizedText, field?: string): Result<never, C> {
  const reason: NoAnswer<C> = field === undefined ? { code, message } : { code, field, message };
  return Object.freeze({ ok: false, reason: Object.freeze(reason) }) as Result<never, C>;
}

/**
 * The value of a {@link Result}, or `fallback` when it has none.
 * @category Core
 * @example
 * valueOr(noAnswer('x', { vi: 'không', en: 'none' }), 0); // 0
 */
export function valueOr<T, F>(result: Result<T>, fallback: F): T | F {
  return result.ok ? result.value : fallback;
}

/**
 * A {@link Result} whose value, if any, is transformed by `f`; a missing answer passes through unchanged.
 * @category Core
 * @example
 * mapResult(ok(2), (x) => x * 10); // { ok: true, value: 20 }
 */
export function mapResult<T, U, C extends string>(result: Result<T, C>, f: (value: T) => U): Result<U, C> {
  return result.ok ? ok(f(result.value)) : result;
}
