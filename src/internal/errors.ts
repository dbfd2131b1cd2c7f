import type { ERROR_CODES, ErrorCode } from './errorCodes.js';
import { resolveLocale, type LocaleTag } from './locale.js';
import type { LocalizedText } from './messages.js';

/** Where in the input a problem is: object keys and array indices, like zod's issue paths. */
export type IssuePath = readonly (string | number)[];

/** One problem found in an input, in both languages. */
export interface Issue {
  /** A stable, machine-readable code such as `quantity.unknown-unit`: one of {@link ErrorCode}, described in {@link ERROR_CODES}. */
  readonly code: string;
  /** The field path; empty for the input as a whole. */
  readonly path: IssuePath;
  /** The message in Vietnamese and English. */
  readonly message: LocalizedText;
}

function pathText(path: IssuePath): string {
  return path.length === 0 ? '' : `${path.join('.')}: `;
}

/**
 * The one error type the library throws for bad input. `message` carries both languages;
 * `issues` lists every problem with its field path. Nothing half-computed accompanies it.
 */
export class KhuyenCongError extends Error {
  /** Every problem found, with its path and bilingual message. */
  readonly issues: readonly Issue[];

  /**
   * Makes the error from its issues; the message lists every issue in both languages.
   * @param issues - the problems found, each with its code, field path and bilingual message.
   */
  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    super(
      first === undefined
        ? 'khuyen-cong: invalid input'
        : issues.map((i) => `${pathText(i.path)}${i.message.vi} / ${i.message.en}`).join('\n'),
    );
    this.name = 'KhuyenCongError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }

  /** The messages in one language, each prefixed with its field path. */
  messagesIn(locale: LocaleTag): readonly string[] {
    const l = resolveLocale(locale);
    return this.issues.map((i) => `${pathText(i.path)}${i.message[l]}`);
  }
}

/** The result of a `safeParseX` function: never throws, like zod's `safeParse`. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: KhuyenCongError };

/** Builds an {@link Issue}. */
export function issue(code: string, message: LocalizedText, path: IssuePath = []): Issue {
  return { code, path, message };
}

/** Throws a {@link KhuyenCongError} with one issue. */
export function fail(code: string, message: LocalizedText, path: IssuePath = []): never {
  throw new KhuyenCongError([issue(code, message, path)]);
}

/**
 * Runs a throwing parser and returns a {@link SafeParseResult}. Only {@link KhuyenCongError} becomes a
 * failure; anything else is a bug and is re-thrown.
 */
export function toSafe<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeParseResult<T> {
  return (...args: A) => {
    try {
      return { success: true, data: fn(...args) };
    } catch (e) {
      if (e instanceof KhuyenCongError) return { success: false, error: e };
      throw e;
    }
  };
}
