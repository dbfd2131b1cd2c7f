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

/** The most issues an error keeps: beyond them, one `input.more-issues` issue counts the rest. */
export const MAX_ISSUES = 100;
/**
 * The closing issue of a list capped where it is built (the zod-issue converters count the issues they did
 * not convert): how many more problems there are, at least. @internal
 */
export function moreIssues(rest: number): Issue {
  const n = String(rest);
  return {
    code: 'input.more-issues',
    path: [],
    message: { vi: `… và ít nhất ${n} lỗi khác (chỉ liệt kê ${String(MAX_ISSUES)} lỗi đầu).`, en: `… and at least ${n} more problems (only the first ${String(MAX_ISSUES)} are listed).` },
  };
}
/** The most issues written out in an error's `message` (every kept issue stays in `issues`). */
const MESSAGE_ISSUES = 5;
/** The most characters of one issue's text (path and both languages) in an error's `message`. */
const MESSAGE_ISSUE_CHARS = 600;

function pathText(path: IssuePath): string {
  if (path.length === 0) return '';
  const joined = path.join('.');
  return `${joined.length > 120 ? `${joined.slice(0, 120)}…` : joined}: `;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * Bounds a list of issues: the first {@link MAX_ISSUES} and, when there are more, one issue that counts the
 * rest, so that an input with a million bad fields gives an error of bounded size (linear time to build).
 */
function capIssues(issues: readonly Issue[]): readonly Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  // Already capped upstream (the zod toolkit counts what it dropped): keep its own count.
  if (issues.length === MAX_ISSUES + 1 && issues[MAX_ISSUES]?.code === 'input.more-issues') return issues;
  const rest = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      code: 'input.more-issues',
      path: [],
      message: {
        vi: `… và ${String(rest)} lỗi khác không liệt kê (chỉ liệt kê ${String(MAX_ISSUES)} lỗi đầu tiên).`,
        en: `… and ${String(rest)} more issues not listed (only the first ${String(MAX_ISSUES)} are listed).`,
      },
    },
  ];
}

/** The error message: the first issues in both languages, each clipped, then how many more there are. */
function messageOf(issues: readonly Issue[], total: number): string {
  // Each language is clipped on its own, so that both are always there.
  const half = MESSAGE_ISSUE_CHARS / 2;
  const shown = issues.slice(0, MESSAGE_ISSUES).map((i) => `${pathText(i.path)}${clip(i.message.vi, half)} / ${clip(i.message.en, half)}`);
  const more = total - shown.length;
  if (more > 0) shown.push(`… (+${String(more)} lỗi khác / more issues)`);
  return shown.join('\n');
}

/**
 * The one error type the library throws for bad input. `message` carries both languages (the first five
 * issues, each clipped to 600 characters, then a count of the rest); `issues` lists the problems with their
 * field paths: the first 100, then one `input.more-issues` issue counting the rest, so that the error stays
 * small whatever the input's size. Nothing half-computed accompanies it.
 */
export class KhuyenCongError extends Error {
  /** Every problem found, with its path and bilingual message. */
  readonly issues: readonly Issue[];

  /**
   * Makes the error from its issues; the message lists every issue in both languages.
   * @param issues - the problems found, each with its code, field path and bilingual message.
   */
  constructor(issues: readonly Issue[]) {
    const kept = capIssues(issues);
    super(kept.length === 0 ? 'khuyen-cong: invalid input' : messageOf(kept, issues.length));
    this.name = 'KhuyenCongError';
    this.issues = Object.freeze(kept.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
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

/** Builds an {@link Issue}; the code must be in the catalogue ({@link ERROR_CODES}), checked by the compiler. */
export function issue(code: ErrorCode, message: LocalizedText, path: IssuePath = []): Issue {
  return { code, path, message };
}

/** Throws a {@link KhuyenCongError} with one issue; the code must be in the catalogue ({@link ERROR_CODES}). */
export function fail(code: ErrorCode, message: LocalizedText, path: IssuePath = []): never {
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
