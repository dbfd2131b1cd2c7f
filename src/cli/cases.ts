/**
 * `khuyen-cong test CASES.json…`: case files in the spirit of OpenFisca's YAML tests. A file is an array of
 * cases, or `{ "cases": [...] }`; a case is
 * `{ "name", "kind": "eligibility" | "support" | "claim" | "province", "at"?, "input", "expected" }`:
 *
 * - eligibility: `input` is the applicant, `at` the date; expected keys `outcome`, `regime`, `missing`.
 * - support: `input` is `{ "item", "cost" }` (cost in whole đồng or Vietnamese text), `at` the date; expected
 *   keys `ok` (`false` when the level is not modelled), `support` (whole đồng), `binding`, `reason` (the
 *   not-modelled `reason.code`).
 * - claim: `input` is the claim; expected key `status`.
 * - province: `input` is the name or code, `at` the date; expected keys `code`, `name`, `era`, `today`
 *   (the code of the unit today).
 *
 * `expected.error` names a library error code the case must fail with. Only the keys written in `expected`
 * are compared.
 */
import { isDeepStrictEqual } from 'node:util';
import { KhuyenCongError, type Locale } from '../index.js';
import type { ParsedArgs } from './args.js';
import { CliError, EXIT, libraryText } from './errors.js';
import { readJson, toJson, type CliIo } from './io.js';
import { checkClaims, eligibility, provinces, support } from './ops.js';

/** One case as read from a file. */
export interface Case {
  readonly name: string;
  readonly kind: 'eligibility' | 'support' | 'claim' | 'province';
  readonly at?: string;
  readonly input: unknown;
  readonly expected: Readonly<Record<string, unknown>>;
}

/** The result of one case. */
export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly pass: boolean;
  readonly failures: readonly string[];
}

const KINDS = new Set(['eligibility', 'support', 'claim', 'province']);

/** Reads the cases of a parsed file. @throws CliError (exit 2) for a malformed file. */
export function readCases(input: unknown, file: string): readonly Case[] {
  const list = Array.isArray(input) ? input : (input as { cases?: unknown } | null)?.cases;
  const bad = (vi: string, en: string): CliError => new CliError('cli.bad-cases', { vi: `${file}: ${vi}`, en: `${file}: ${en}` });
  if (!Array.isArray(list)) throw bad('cần một mảng ca hoặc { "cases": [...] }', 'expected an array of cases or { "cases": [...] }');
  return list.map((c: unknown, i) => {
    const o = c as Partial<Case> | null;
    if (typeof o !== 'object' || o === null || typeof o.name !== 'string' || typeof o.kind !== 'string' || !KINDS.has(o.kind) || typeof o.expected !== 'object' || o.expected === null || !('input' in o)) {
      throw bad(
        `ca #${String(i)}: cần name, kind (eligibility|support|claim|province), input, expected`,
        `case #${String(i)}: needs name, kind (eligibility|support|claim|province), input, expected`,
      );
    }
    return o as Case;
  });
}

function actualOf(c: Case, today: string): Record<string, unknown> {
  const at = c.at ?? today;
  switch (c.kind) {
    case 'eligibility': {
      const d = eligibility(c.input, at);
      return { outcome: d.outcome, regime: d.trace.regime, missing: d.trace.missing };
    }
    case 'support': {
      const i = (c.input ?? {}) as { item?: unknown; cost?: unknown };
      const s = support(i.item, i.cost, at);
      return s.ok ? { ok: true, support: s.value.support.dong, binding: s.value.binding } : { ok: false, reason: s.reason.code };
    }
    case 'claim': {
      const r = checkClaims(c.input).results[0];
      return { status: r?.status };
    }
    case 'province': {
      const p = provinces([c.input], at, today)[0];
      return { code: p?.code, name: p?.name, era: p?.era, today: p?.today.code };
    }
  }
}

/** Runs one case. */
export function runCase(c: Case, file: string, today: string, locale: Locale): CaseResult {
  let actual: Record<string, unknown>;
  try {
    actual = actualOf(c, today);
  } catch (e) {
    if (!(e instanceof KhuyenCongError)) throw e;
    const code = e.issues[0]?.code;
    if (c.expected['error'] !== undefined) {
      const pass = c.expected['error'] === code;
      return { file, name: c.name, pass, failures: pass ? [] : [`error: expected ${String(c.expected['error'])}, got ${String(code)}`] };
    }
    return { file, name: c.name, pass: false, failures: [`${String(code)}: ${libraryText(e, locale)}`] };
  }
  const failures = Object.entries(c.expected).flatMap(([k, v]) =>
    isDeepStrictEqual(actual[k], v) ? [] : [`${k}: ${locale === 'vi' ? 'mong đợi' : 'expected'} ${toJson(v, 0)}, ${locale === 'vi' ? 'nhận được' : 'got'} ${toJson(actual[k] ?? null, 0)}`],
  );
  return { file, name: c.name, pass: failures.length === 0, failures };
}

/** `khuyen-cong test CASES.json…`. */
export async function runCases(a: ParsedArgs, io: CliIo): Promise<{ out: string; code: number }> {
  if (a.positionals.length === 0) throw new CliError('cli.missing-argument', { vi: 'thiếu tệp ca kiểm thử', en: 'missing a case file' });
  const all: { file: string; cases: readonly Case[] }[] = [];
  for (const file of a.positionals) all.push({ file, cases: readCases(await readJson(io, file), file) });
  const results = all.flatMap(({ file, cases }) => cases.map((c) => runCase(c, file, io.today, a.locale)));
  const failed = results.filter((r) => !r.pass).length;
  const code = failed > 0 ? EXIT.negative : EXIT.ok;
  if (a.json) return { out: `${toJson({ passed: results.length - failed, failed, results })}\n`, code };
  const l = a.locale;
  const lines = results.map((r) => `${r.pass ? (l === 'vi' ? 'ĐẠT' : 'PASS') : l === 'vi' ? 'KHÔNG ĐẠT' : 'FAIL'} ${r.name}${r.failures.map((f) => `\n    ${f}`).join('')}\n`);
  const summary = l === 'vi' ? `${String(results.length - failed)} đạt, ${String(failed)} không đạt\n` : `${String(results.length - failed)} passed, ${String(failed)} failed\n`;
  return { out: lines.join('') + summary, code };
}
