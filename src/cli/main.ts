/**
 * The `khuyen-cong` command: reads the verb and its arguments, runs it, writes the answer to stdout and
 * diagnostics to stderr, and returns the exit code. Every verb computes its whole answer before writing it
 * (nothing half-written), except `restate` (streamed, see restate.ts) and `serve`.
 */
import { KhuyenCongError } from '../internal/errors.js';
import type { Locale, LocalizedText } from '../internal/messages.js';
import type { Quantity } from '../quantity/Quantity.js';
import { detectDebug, detectLocale, readArgs, requireOption, requirePositional, type OptionSpec, type ParsedArgs } from './args.js';
import { CliError, EXIT, exitCodeOf, renderError } from './errors.js';
import { MAIN_HELP, VERB_HELP } from './help.js';
import { readJson, readText, toJson, type CliIo, write } from './io.js';

// Each verb loads the modules it needs when it runs: `parse` loads the quantity modules only, not the whole
// library (start-up time, see docs/performance.md).
const ops = () => import('./ops.js');
const schemas = () => import('./schemas.js');

/** What a verb returns: the text for stdout and the exit code. */
interface Answer {
  readonly out: string;
  readonly code: number;
}

interface Verb {
  readonly options: OptionSpec;
  readonly maxPositionals: number;
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<Answer>;
}

const json = (v: unknown): string => `${toJson(v)}\n`;
const pick = (t: LocalizedText, l: Locale): string => t[l];

function boundText(q: Quantity, side: 'lo' | 'hi'): string {
  const b = q.interval[side];
  return b === null ? (side === 'lo' ? '-∞' : '∞') : b.value.toString();
}

const KIND = {
  money: { vi: 'tiền (đồng)', en: 'money (đồng)' },
  count: { vi: 'số lượng', en: 'count' },
  percent: { vi: 'tỷ lệ', en: 'percentage' },
  number: { vi: 'số', en: 'number' },
} as const;

function quantityLine(q: Quantity, l: Locale, formatQuantity: (q: Quantity, o: { locale: Locale }) => string): string {
  const lo = q.interval.lo;
  const hi = q.interval.hi;
  const open = (lo?.open ?? true) ? '(' : '[';
  const close = (hi?.open ?? true) ? ')' : ']';
  const parts = [
    `"${q.text}"`,
    formatQuantity(q, { locale: l }),
    `${KIND[q.kind][l]}${q.unit === undefined ? '' : `, ${q.unit}`}`,
    `${l === 'vi' ? 'giá trị' : 'value'} ${q.value.toString()}`,
    `${l === 'vi' ? 'khoảng' : 'interval'} ${open}${boundText(q, 'lo')}, ${boundText(q, 'hi')}${close}`,
    `${l === 'vi' ? 'hạn định' : 'qualifiers'}: ${q.qualifiers.length === 0 ? '-' : q.qualifiers.join(', ')}`,
  ];
  return parts.join(' | ');
}

const STATUS_LABEL = {
  consistent: { vi: 'NHẤT QUÁN', en: 'CONSISTENT' },
  inconsistent: { vi: 'KHÔNG NHẤT QUÁN', en: 'INCONSISTENT' },
  'cannot-check': { vi: 'KHÔNG KIỂM TRA ĐƯỢC', en: 'CANNOT CHECK' },
} as const;

/**
 * Audits an article's plain text with the text reader (`auditText`): every stated total, share, change and
 * average, checked or listed as cannot-check, each with the words it used. Exit 1 if one is inconsistent.
 */
async function auditArticle(a: { readonly json: boolean; readonly locale: 'vi' | 'en' }, text: string, at: string): Promise<{ out: string; code: number }> {
  const { auditText } = await import('../read/auditText.js');
  const result = auditText(text, { at });
  const bad = result.claims.filter((c) => c.status === 'inconsistent');
  const code = bad.length > 0 ? EXIT.negative : EXIT.ok;
  if (a.json) return { out: json(result), code };
  const lines = result.claims.map((c) => {
    const why = c.result !== undefined ? pick(c.result.message, a.locale) : c.reason !== undefined ? pick(c.reason, a.locale) : '';
    return `[${STATUS_LABEL[c.status][a.locale]}] “${c.stated.text}” (${String(c.stated.start)}–${String(c.stated.end)}): ${why}\n`;
  });
  const summary =
    a.locale === 'vi'
      ? `${String(result.figures.length)} con số đọc được, ${String(result.claims.length)} phép tính được nêu, ${String(bad.length)} không nhất quán.\n`
      : `${String(result.figures.length)} figures read, ${String(result.claims.length)} stated computations, ${String(bad.length)} inconsistent.\n`;
  return { out: lines.join('') + summary, code };
}

const VERBS: Readonly<Record<string, Verb>> = {
  report: {
    options: { input: { type: 'string' }, data: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    maxPositionals: 0,
    run: async (a, io) => {
      const input = a.values['input'];
      const data = a.values['data'];
      if (data !== undefined && data !== 'seed' && data !== 'all') {
        throw new CliError('cli.usage', { vi: `--data phải là seed hoặc all, nhận được "${String(data)}"`, en: `--data must be seed or all, got "${String(data)}"` });
      }
      if (data !== undefined && input !== undefined) {
        throw new CliError('cli.usage', { vi: '--data và --input không dùng cùng nhau', en: '--data and --input cannot be used together' });
      }
      const { buildReport, renderReport } = await import('../report/index.js');
      let reports = typeof input === 'string' ? (await ops()).readReports(await readJson(io, input)) : undefined;
      if (data === 'all') {
        const { SEED_REPORTS, CORPUS_REPORTS } = await import('../data/index.js');
        reports = [...SEED_REPORTS, ...CORPUS_REPORTS];
      }
      const report = buildReport(reports === undefined ? {} : { reports });
      if (a.json) return { out: json(report), code: EXIT.ok };
      const color = a.values['color'] === true ? true : a.values['no-color'] === true ? false : io.stdoutIsTTY && process.env['NO_COLOR'] === undefined;
      return { out: renderReport(report, { locale: a.locale, color }), code: EXIT.ok };
    },
  },
  parse: {
    options: {},
    maxPositionals: Infinity,
    run: async (a, io) => {
      if (a.positionals.length === 0) throw new CliError('cli.missing-argument', { vi: 'thiếu con số cần đọc (hoặc - để đọc stdin)', en: 'missing the figures to read (or - for stdin)' });
      const texts: string[] = [];
      for (const p of a.positionals) {
        if (p === '-') texts.push(...(await readText(io, '-')).split(/\r?\n/).filter((l) => l.trim() !== ''));
        else texts.push(p);
      }
      const qs = (await import('./parseOps.js')).parseTexts(texts);
      if (a.json) return { out: json(qs), code: EXIT.ok };
      const { formatQuantity } = await import('../quantity/formatQuantity.js');
      return { out: qs.map((q) => `${quantityLine(q, a.locale, formatQuantity)}\n`).join(''), code: EXIT.ok };
    },
  },
  check: {
    options: {},
    maxPositionals: 1,
    run: async (a, io) => {
      const file = requirePositional(a, { vi: 'tệp nhận định (hoặc -)', en: 'the claims file (or -)' });
      const { results, many } = (await ops()).checkClaims(await readJson(io, file));
      const code = results.some((r) => r.status === 'inconsistent') ? EXIT.negative : EXIT.ok;
      if (a.json) return { out: json(many ? results : results[0]), code };
      return { out: results.map((r, i) => `${many ? `#${String(i)} ` : ''}[${STATUS_LABEL[r.status][a.locale]}] ${pick(r.message, a.locale)}\n`).join(''), code };
    },
  },
  audit: {
    options: { at: { type: 'string' } },
    maxPositionals: 1,
    run: async (a, io) => {
      const file = requirePositional(a, { vi: 'tệp báo cáo hoặc bài viết (hoặc -)', en: 'the report or article file (or -)' });
      const text = await readText(io, file);
      const t = text.trimStart();
      if (!t.startsWith('{') && !t.startsWith('[')) return auditArticle(a, text, typeof a.values['at'] === 'string' ? a.values['at'] : io.today);
      let input: unknown;
      try {
        input = JSON.parse(text) as unknown;
      } catch (e) {
        throw new CliError('cli.bad-json', { vi: `${file}: JSON không hợp lệ (${(e as Error).message})`, en: `${file}: invalid JSON (${(e as Error).message})` });
      }
      const { auditReports } = await import('../audit/auditReports.js');
      const result = auditReports((await ops()).readReports(input));
      const bad = result.findings.filter((f) => f.status === 'inconsistent');
      const code = bad.length > 0 ? EXIT.negative : EXIT.ok;
      if (a.json) return { out: json(result), code };
      const lines = result.findings.map((f) => `[${STATUS_LABEL[f.status][a.locale]}] ${f.report}: ${pick(f.message, a.locale)}\n`);
      const summary =
        a.locale === 'vi'
          ? `${String(result.findings.length)} số liệu được kiểm tra, ${String(bad.length)} không nhất quán.\n`
          : `${String(result.findings.length)} figures checked, ${String(bad.length)} inconsistent.\n`;
      return { out: lines.join('') + summary, code };
    },
  },
  eligibility: {
    options: { at: { type: 'string' } },
    maxPositionals: 1,
    run: async (a, io) => {
      const file = requirePositional(a, { vi: 'tệp thông tin cơ sở (hoặc -)', en: 'the applicant file (or -)' });
      const at = requireOption(a, 'at');
      const d = (await ops()).eligibility(await readJson(io, file), at);
      const code = d.outcome === 'eligible' ? EXIT.ok : d.outcome === 'ineligible' ? EXIT.negative : EXIT.review;
      if (a.json) return { out: json({ outcome: d.outcome, trace: d.trace }), code };
      return { out: `${pick(d.explanation, a.locale)}\n`, code };
    },
  },
  support: {
    options: { item: { type: 'string' }, cost: { type: 'string' }, at: { type: 'string' } },
    maxPositionals: 0,
    run: async (a) => {
      const s = (await ops()).support(requireOption(a, 'item'), requireOption(a, 'cost'), requireOption(a, 'at'));
      if (a.json) return { out: json(s), code: EXIT.ok };
      if (!s.ok) return { out: `${pick(s.reason.message, a.locale)}\n`, code: EXIT.ok };
      const warnings = s.value.warnings.map((w) => `! ${pick(w, a.locale)}\n`).join('');
      return { out: `${pick(s.value.explanation, a.locale)}\n${warnings}`, code: EXIT.ok };
    },
  },
  province: {
    options: { at: { type: 'string' } },
    maxPositionals: Infinity,
    run: async (a, io) => {
      if (a.positionals.length === 0) throw new CliError('cli.missing-argument', { vi: 'thiếu tên hoặc mã tỉnh', en: 'missing a province name or code' });
      const at = typeof a.values['at'] === 'string' ? a.values['at'] : io.today;
      const found = (await ops()).provinces(a.positionals, at, io.today);
      if (a.json) return { out: json(found), code: EXIT.ok };
      const l = a.locale;
      const lines = found.map((p) => {
        const span = p.validTo === null ? (l === 'vi' ? `từ ${p.validFrom}` : `from ${p.validFrom}`) : `${p.validFrom} – ${p.validTo}`;
        const today = p.today.code === p.code && p.today.name === p.name ? '' : ` → ${l === 'vi' ? 'nay là' : 'today'}: ${p.today.code} ${p.today.name}`;
        return `${p.input}: ${p.code} ${p.name} (${span})${today}\n`;
      });
      return { out: lines.join(''), code: EXIT.ok };
    },
  },
  schema: {
    options: {},
    maxPositionals: 1,
    run: async (a) => {
      const name = a.positionals[0];
      if (name === undefined) return { out: `${(await schemas()).SCHEMA_NAMES.join('\n')}\n`, code: EXIT.ok };
      return { out: json((await schemaOf(name)).schema()), code: EXIT.ok };
    },
  },
  validate: {
    options: {},
    maxPositionals: 2,
    run: async (a, io) => {
      const [name, file] = a.positionals;
      if (name === undefined || file === undefined) throw new CliError('cli.missing-argument', { vi: 'cần tên schema và tệp (hoặc -)', en: 'needs a schema name and a file (or -)' });
      const entry = await schemaOf(name);
      const input = await readJson(io, file);
      try {
        entry.parse(input);
      } catch (e) {
        if (!(e instanceof KhuyenCongError)) throw e;
        if (a.json) return { out: json({ valid: false, issues: e.issues }), code: EXIT.negative };
        const head = a.locale === 'vi' ? `không hợp lệ theo ${name}:` : `invalid against ${name}:`;
        return { out: `${head}\n${e.messagesIn(a.locale).map((m) => `- ${m}\n`).join('')}`, code: EXIT.negative };
      }
      if (a.json) return { out: json({ valid: true }), code: EXIT.ok };
      return { out: `${a.locale === 'vi' ? 'hợp lệ theo' : 'valid against'} ${name}\n`, code: EXIT.ok };
    },
  },
  test: {
    options: {},
    maxPositionals: Infinity,
    run: async (a, io) => (await import('./cases.js')).runCases(a, io),
  },
};

async function schemaOf(name: string): Promise<{ readonly schema: () => { readonly [key: string]: unknown }; readonly parse: (v: unknown) => unknown }> {
  const { SCHEMAS, SCHEMA_NAMES } = await schemas();
  const entry = SCHEMAS[name];
  if (entry === undefined) {
    throw new CliError('cli.unknown-schema', { vi: `không có schema "${name}" (có: ${SCHEMA_NAMES.join(', ')})`, en: `no schema "${name}" (known: ${SCHEMA_NAMES.join(', ')})` });
  }
  return entry;
}

const STREAMING: Readonly<Record<string, { readonly options: OptionSpec; readonly maxPositionals: number; readonly run: (a: ParsedArgs, io: CliIo) => Promise<number> }>> = {
  restate: { options: { to: { type: 'string' }, out: { type: 'string' } }, maxPositionals: 1, run: async (a, io) => (await import('./restateFile.js')).runRestate(a, io) },
  serve: {
    options: { port: { type: 'string' }, host: { type: 'string' }, 'max-body': { type: 'string' }, timeout: { type: 'string' }, concurrency: { type: 'string' } },
    maxPositionals: 0,
    run: async (a, io) => (await import('./serve.js')).runServe(a, io),
  },
};

/** The verbs, in the order of the help. */
export const VERB_NAMES: readonly string[] = [...Object.keys(VERBS), ...Object.keys(STREAMING)];

/**
 * Runs the command.
 * @param argv - the arguments after the program name (`['report', '--lang', 'en']`).
 * @param io - the streams and today's date.
 * @returns the exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = detectLocale(argv);
  const debug = detectDebug(argv);
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help' || verb.startsWith('--lang')) {
    const asked = verb !== undefined;
    await write(asked ? io.stdout : io.stderr, `${MAIN_HELP[locale]}\n`);
    return asked ? EXIT.ok : EXIT.usage;
  }
  const simple = VERBS[verb];
  const streaming = STREAMING[verb];
  if (simple === undefined && streaming === undefined) {
    const e = new CliError('cli.unknown-verb', {
      vi: `lệnh không tồn tại: "${verb.slice(0, 40)}" (có: ${VERB_NAMES.join(', ')})`,
      en: `unknown verb: "${verb.slice(0, 40)}" (known: ${VERB_NAMES.join(', ')})`,
    });
    await write(io.stderr, `${renderError(e, locale, '')}\n`);
    return EXIT.usage;
  }
  try {
    const spec = (simple ?? streaming) as { options: OptionSpec; maxPositionals: number };
    const args = readArgs(rest, spec.options, spec.maxPositionals);
    if (args.help) {
      await write(io.stdout, `${(VERB_HELP[verb] as Readonly<Record<Locale, string>>)[args.locale]}\n`);
      return EXIT.ok;
    }
    if (streaming !== undefined) return await streaming.run(args, io);
    const answer = await (simple as Verb).run(args, io);
    await write(io.stdout, answer.out);
    return answer.code;
  } catch (e) {
    await write(io.stderr, `${renderError(e, locale, verb)}\n`);
    if (debug && e instanceof Error && e.stack !== undefined) await write(io.stderr, `${e.stack}\n`);
    return exitCodeOf(e);
  }
}
