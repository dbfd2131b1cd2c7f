/**
 * Argument reading with node:util parseArgs: the options every verb shares (--json, --lang, --help, --debug),
 * each verb's own, and bilingual one-line messages for what parseArgs refuses.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../index.js';
import { CliError } from './errors.js';

/** The options of one verb (parseArgs' format), besides the common ones. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** The options every verb accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpec;

/** What a verb's arguments say. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly locale: Locale;
  readonly json: boolean;
  readonly help: boolean;
  readonly debug: boolean;
}

/**
 * The language asked for, read leniently before anything else (so that even a usage error is in that
 * language): the last `--lang vi|en` or `--lang=vi|en`; Vietnamese by default.
 */
export function detectLocale(argv: readonly string[]): Locale {
  let locale: Locale = 'vi';
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a?.startsWith('--lang=') === true ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') locale = v;
  }
  return locale;
}

/** Whether the arguments ask for --debug (read leniently, for errors thrown while reading them). */
export function detectDebug(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--debug');
}

function usageError(code: string, vi: string, en: string): CliError {
  return new CliError(code, { vi, en });
}

/**
 * Reads a verb's arguments: common options plus `options`, positionals allowed (at most `maxPositionals`).
 * @throws CliError (exit 2) for an unknown option, a missing value, a bad --lang, too many positionals.
 */
export function readArgs(argv: readonly string[], options: OptionSpec, maxPositionals = Infinity): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const name = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError('cli.unknown-option', `tùy chọn không hợp lệ: "${name}"`, `unknown option: "${name}"`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usageError('cli.option-value', `tùy chọn "${name}" thiếu giá trị hoặc không nhận giá trị`, `option "${name}" is missing its value or takes none`);
    }
    throw usageError('cli.usage', `tham số không hợp lệ (${message})`, `invalid arguments (${message})`);
  }
  const lang = parsed.values['lang'];
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') {
    throw usageError('cli.bad-lang', `--lang: ngôn ngữ "${String(lang)}" không được hỗ trợ (chọn vi hoặc en)`, `--lang: the language "${String(lang)}" is not supported (choose vi or en)`);
  }
  const help = parsed.values['help'] === true;
  if (!help && parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals] ?? '';
    throw usageError('cli.extra-argument', `tham số thừa: "${extra}"`, `unexpected argument: "${extra}"`);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
    locale: (lang ?? 'vi') as Locale,
    json: parsed.values['json'] === true,
    help,
    debug: parsed.values['debug'] === true,
  };
}

/** A required string option. @throws CliError (exit 2) when absent. */
export function requireOption(args: ParsedArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '') throw usageError('cli.missing-option', `thiếu tùy chọn --${name}`, `missing option --${name}`);
  return v;
}

/** A required positional (a file or `-`). @throws CliError (exit 2) when absent. */
export function requirePositional(args: ParsedArgs, what: { vi: string; en: string }): string {
  const v = args.positionals[0];
  if (v === undefined) throw usageError('cli.missing-argument', `thiếu ${what.vi}`, `missing ${what.en}`);
  return v;
}
