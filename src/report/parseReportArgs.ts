import type { Locale } from '../index.js';

/**
 * What `npm run report` was asked for.
 * @category Report
 */
export type ReportCommand =
  | { readonly kind: 'report'; readonly locale: Locale; readonly json: boolean; readonly color: boolean | 'auto' }
  | { readonly kind: 'help'; readonly locale: Locale }
  | { readonly kind: 'error'; readonly locale: Locale; readonly message: string };

/** The usage text of the report command, in both languages. */
export const REPORT_USAGE = Object.freeze({
  vi: [
    'Cách dùng: npm run report -- [--lang vi|en] [--json] [--color|--no-color]',
    '',
    '  --lang vi|en   ngôn ngữ của báo cáo (mặc định: vi)',
    '  --json         in kết quả có cấu trúc dạng JSON (xem docs/report.md)',
    '  --color        in đậm tiêu đề; --no-color: không (mặc định: chỉ khi là terminal)',
    '  --help         in hướng dẫn này',
  ].join('\n'),
  en: [
    'Usage: npm run report -- [--lang vi|en] [--json] [--color|--no-color]',
    '',
    '  --lang vi|en   language of the report (default: vi)',
    '  --json         print the structured result as JSON (see docs/report.md)',
    '  --color        bold headings; --no-color: none (default: only on a terminal)',
    '  --help         print this help',
  ].join('\n'),
});

/**
 * Reads the report command's arguments (the part of `process.argv` after the script).
 * @param argv - the arguments, e.g. `['--lang', 'en', '--json']`.
 * @returns the command, or an `error` with a message in the requested (or default) language.
 * @category Report
 */
export function parseReportArgs(argv: readonly string[]): ReportCommand {
  let locale: Locale = 'vi';
  let json = false;
  let help = false;
  let color: boolean | 'auto' = 'auto';
  const errors: { vi: string; en: string }[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (arg === '--lang' || eq !== undefined) {
      const value = eq ?? argv[i + 1];
      if (eq === undefined) i += 1;
      if (value === 'vi' || value === 'en') locale = value;
      else
        errors.push({
          vi: `--lang: ngôn ngữ "${value ?? ''}" không được hỗ trợ (chọn vi hoặc en).`,
          en: `--lang: the language "${value ?? ''}" is not supported (choose vi or en).`,
        });
    } else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--color') color = true;
    else if (arg === '--no-color') color = false;
    else errors.push({ vi: `Tham số không hợp lệ: "${arg}".`, en: `Unknown argument: "${arg}".` });
  }
  if (errors.length > 0) {
    return { kind: 'error', locale, message: `${errors.map((e) => e[locale]).join('\n')}\n\n${REPORT_USAGE[locale]}` };
  }
  if (help) return { kind: 'help', locale };
  return { kind: 'report', locale, json, color };
}
