/**
 * The one result vocabulary for lookups and computations that can have no answer (docs/concepts.md, "The
 * contract at the boundary"). Parsing keeps zod's pair: `parseX` throws a {@link KhuyenCongError},
 * `safeParseX` returns `{ success, data | error }`.
 */
import { fail, type KhuyenCongError } from './errors.js';
import type { ErrorCode } from './errorCodes.js';
import type { LocalizedText } from './messages.js';
import { readOption } from './plain.js';
import { showValue } from './showValue.js';

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
 * A {@link Result} with a value (frozen). A number value must be finite: the library never answers NaN or
 * ±Infinity (docs/reliability.md), so a Result cannot carry one either.
 * @throws {@link KhuyenCongError} `result.invalid-argument` when `value` is NaN, Infinity or -Infinity.
 * @category Core
 * @example
 * ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Result<T, never> {
  if (typeof value === 'number' && !Number.isFinite(value)) badArgument('value', 'một số hữu hạn (không phải NaN hay ±Infinity)', 'a finite number (not NaN or ±Infinity)', value);
  return Object.freeze({ ok: true, value }) as Result<T, never>;
}

/**
 * A {@link Result} without a value, with its reason (frozen; the message is copied).
 * @param code - the reason's code.
 * @param message - the reason in both languages.
 * @param field - the field it concerns, if any.
 * @throws {@link KhuyenCongError} `result.invalid-argument` when `code` or `field` is not a string, or `message`
 *   not `{ vi, en }` strings.
 * @category Core
 * @example
 * noAnswer('no-match', { vi: 'Không tìm thấy tỉnh.', en: 'No province found.' }).ok; // false
 */
export function noAnswer<C extends string>(code: C, message: LocalizedText, field?: string): Result<never, C> {
  if (typeof code !== 'string') badArgument('code', 'một chuỗi', 'a string', code);
  const vi = readOption(message, 'vi');
  const en = readOption(message, 'en');
  if (typeof vi !== 'string' || typeof en !== 'string') badArgument('message', 'một đối tượng { vi, en } gồm hai chuỗi', 'an object { vi, en } of two strings', message);
  if (field !== undefined && typeof field !== 'string') badArgument('field', 'một chuỗi hoặc bỏ trống', 'a string or nothing', field);
  const text: LocalizedText = Object.freeze({ vi, en });
  const reason: NoAnswer<C> = field === undefined ? { code, message: text } : { code, field, message: text };
  return Object.freeze({ ok: false, reason: Object.freeze(reason) }) as Result<never, C>;
}

/**
 * The value of a {@link Result}, or `fallback` when it has none.
 * @throws {@link KhuyenCongError} `result.invalid` when `result` is not a Result.
 * @category Core
 * @example
 * valueOr(noAnswer('x', { vi: 'không', en: 'none' }), 0); // 0
 */
export function valueOr<T, F>(result: Result<T>, fallback: F): T | F {
  const r = checkResult(result);
  return r.ok ? (r.value as T) : fallback;
}

/**
 * A {@link Result} whose value, if any, is transformed by `f`; a missing answer passes through unchanged.
 * @throws {@link KhuyenCongError} `result.invalid` when `result` is not a Result, `result.invalid-argument` when
 *   `f` is not a function or returns NaN or ±Infinity (see {@link ok}).
 * @category Core
 * @example
 * mapResult(ok(2), (x) => x * 10); // { ok: true, value: 20 }
 */
export function mapResult<T, U, C extends string>(result: Result<T, C>, f: (value: T) => U): Result<U, C> {
  const r = checkResult(result);
  if (typeof f !== 'function') badArgument('f', 'một hàm', 'a function', f);
  return r.ok ? ok(f(r.value as T)) : (result as Result<never, C>);
}

/** A Result read once: `result.invalid` unless `ok` is `true` or `false` (`input.unreadable` if reading throws). */
function checkResult(result: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  const isOk = readOption(result, 'ok');
  if (isOk === true) return { ok: true, value: readOption(result, 'value') };
  if (isOk === false) return { ok: false };
  return fail(
    'result.invalid',
    {
      vi: `Tham số result phải là một Result ({ ok: true, value } hoặc { ok: false, reason }), nhận được ${showValue(result)}.`,
      en: `The result argument must be a Result ({ ok: true, value } or { ok: false, reason }), got ${showValue(result)}.`,
    },
    ['result'],
  );
}

function badArgument(name: string, vi: string, en: string, value: unknown): never {
  return fail(
    'result.invalid-argument',
    { vi: `Tham số ${name} phải là ${vi}, nhận được ${showValue(value)}.`, en: `The ${name} argument must be ${en}, got ${showValue(value)}.` },
    [name],
  );
}
