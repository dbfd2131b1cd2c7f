/**
 * Errors of the command: a usage or input problem (exit 2) with a one-line message in both languages, and the
 * one-line rendering of any error (a library KhuyenCongError, a CliError, or a bug, shown without its stack
 * unless --debug).
 */
import { KhuyenCongError } from '../internal/errors.js';
import type { Locale, LocalizedText } from '../internal/messages.js';

/** Exit codes of the command. */
export const EXIT = Object.freeze({ ok: 0, negative: 1, usage: 2, review: 3, internal: 70 });

/** A problem the user can fix: bad arguments, a missing file, bad JSON, a bad CSV header. */
export class CliError extends Error {
  readonly text: LocalizedText;
  readonly exitCode: number;
  /** The library's code, when there is one (`date.invalid`, `cli.usage`, …). */
  readonly code: string;
  constructor(code: string, text: LocalizedText, exitCode: number = EXIT.usage) {
    super(`${text.vi} / ${text.en}`);
    this.name = 'CliError';
    this.code = code;
    this.text = text;
    this.exitCode = exitCode;
  }
}

/** Shortens a text to one line of at most `max` characters. */
export function oneLine(s: string, max = 400): string {
  const flat = s.replace(/\s*[\r\n]+\s*/g, '; ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The message of a library error in one language: its issues with their paths, joined. */
export function libraryText(e: KhuyenCongError, locale: Locale): string {
  return e.messagesIn(locale).join('; ');
}

/** Both languages of an error, as a LocalizedText (undefined for an unexpected error). */
export function errorText(e: unknown): { readonly code: string; readonly text: LocalizedText } | undefined {
  if (e instanceof CliError) return { code: e.code, text: e.text };
  if (e instanceof KhuyenCongError) {
    return { code: e.issues[0]?.code ?? 'invalid', text: { vi: libraryText(e, 'vi'), en: libraryText(e, 'en') } };
  }
  return undefined;
}

/**
 * One line for stderr: the chosen language first, the other after " / ", prefixed with the verb.
 * An unexpected error (a bug) says so and points to --debug.
 */
export function renderError(e: unknown, locale: Locale, verb: string): string {
  const prefix = verb === '' ? 'khuyen-cong' : `khuyen-cong ${verb}`;
  const known = errorText(e);
  if (known !== undefined) {
    const other: Locale = locale === 'vi' ? 'en' : 'vi';
    const label = { vi: 'lỗi', en: 'error' };
    return `${prefix}: ${label[locale]}: ${oneLine(known.text[locale])} / ${label[other]}: ${oneLine(known.text[other])}`;
  }
  const detail = e instanceof Error ? e.message : String(e);
  return `${prefix}: lỗi nội bộ / internal error: ${oneLine(detail, 200)} (--debug: chi tiết / details)`;
}

/** Exit code of an error. */
export function exitCodeOf(e: unknown): number {
  if (e instanceof CliError) return e.exitCode;
  if (e instanceof KhuyenCongError) return EXIT.usage;
  return EXIT.internal;
}
