/**
 * The entry check of {@link auditReport} and {@link auditReports} (issue 14, the sweep's typed core): a report
 * read once into plain data and checked against the {@link ProgrammeReport} type for every field the audit
 * reads. A structural walk, linear in the report, far cheaper than a schema parse (the audit of 10 000 reports
 * stays linear and fast); a report `parseProgrammeReport` returned, or deep-frozen data checked once, is taken
 * as it is.
 */
import { isDeepFrozen } from '../internal/deepFreeze.js';
import { fail, KhuyenCongError } from '../internal/errors.js';
import { toPlain } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { isParsedReport, rememberReport } from './parseProgrammeReport.js';
import type { ProgrammeReport } from './ProgrammeReport.js';

type Path = readonly (string | number)[];
type Rec = Record<string, unknown>;

const STATUSES: readonly unknown[] = ['plan', 'approved', 'executed', 'target'];
const SOURCES: readonly unknown[] = ['national', 'local', 'counterpart', 'other'];

function bad(path: Path, value: unknown): never {
  const field = path.length === 0 ? 'report' : path.join('.');
  return fail(
    'audit.invalid-report',
    {
      vi: `Cần một báo cáo ProgrammeReport (đọc bằng parseProgrammeReport); trường ${field} sai: ${showValue(value, 60)}.`,
      en: `Expected a ProgrammeReport (read with parseProgrammeReport); the field ${field} is wrong: ${showValue(value, 60)}.`,
    },
    path,
  );
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function rec(v: unknown, path: Path): Rec {
  return isRec(v) ? v : bad(path, v);
}

function check(ok: boolean, path: Path, value: unknown): void {
  if (!ok) bad(path, value);
}

/** An optional array field: each element checked by `each`. */
function optionalList(v: unknown, path: Path, each: (x: unknown, p: Path) => void): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) bad(path, v);
  v.forEach((x, i) => {
    each(x, [...path, i]);
  });
}

/** A published figure: the audit reads its text. */
function figure(v: unknown, path: Path, optional = false): void {
  if (optional && v === undefined) return;
  check(typeof rec(v, path)['text'] === 'string', [...path, 'text'], v);
}

function period(v: unknown, path: Path): void {
  const p = rec(v, path);
  const ok =
    p['kind'] === 'period' ? typeof p['from'] === 'number' && typeof p['to'] === 'number' : (p['kind'] === 'year' || p['kind'] === 'by') && typeof p['year'] === 'number';
  check(ok, path, v);
}

function derivedOf(v: unknown, path: Path): void {
  const o = rec(v, path);
  check(o['kind'] === 'total' || (o['kind'] === 'source' && SOURCES.includes(o['source'])), path, v);
}

function derived(v: unknown, path: Path): void {
  const d = rec(v, path);
  figure(d['stated'], [...path, 'stated']);
  switch (d['kind']) {
    case 'share':
      check(SOURCES.includes(d['source']), [...path, 'source'], d['source']);
      return;
    case 'change': {
      derivedOf(d['of'], [...path, 'of']);
      const b = rec(d['base'], [...path, 'base']);
      period(b['period'], [...path, 'base', 'period']);
      check(b['status'] === undefined || STATUSES.includes(b['status']), [...path, 'base', 'status'], b['status']);
      figure(b['value'], [...path, 'base', 'value'], true);
      return;
    }
    case 'average-per-member':
      derivedOf(d['of'], [...path, 'of']);
      check(typeof d['per'] === 'string', [...path, 'per'], d['per']);
      figure(d['count'], [...path, 'count'], true);
      return;
    case 'average-per-year':
      derivedOf(d['of'], [...path, 'of']);
      return;
    default:
      bad([...path, 'kind'], d['kind']);
  }
}

/** The report read once into plain data and checked (see the module comment). */
function readOne(value: unknown): ProgrammeReport {
  const r = rec(toPlain(value), []);
  check(typeof r['id'] === 'string', ['id'], r['id']);
  const s = rec(r['scope'], ['scope']);
  check(typeof s['name'] === 'string', ['scope', 'name'], s['name']);
  if (s['kind'] === 'group') figure(s['members'], ['scope', 'members'], true);
  else check(s['kind'] === 'province' && (s['code'] === undefined || typeof s['code'] === 'string'), ['scope'], s);
  period(r['period'], ['period']);
  check(STATUSES.includes(r['status']), ['status'], r['status']);
  optionalList(r['funding'], ['funding'], (x, p) => {
    const l = rec(x, p);
    check(SOURCES.includes(l['source']), [...p, 'source'], l['source']);
    for (const f of ['amount', 'projects', 'tasks']) figure(l[f], [...p, f], true);
  });
  figure(r['total'], ['total'], true);
  figure(r['projects'], ['projects'], true);
  optionalList(r['outputs'], ['outputs'], (x, p) => {
    const o = rec(x, p);
    check(typeof o['indicator'] === 'string' && (o['topic'] === undefined || typeof o['topic'] === 'string'), p, x);
    figure(o['value'], [...p, 'value'], true);
  });
  optionalList(r['derived'], ['derived'], derived);
  return r as unknown as ProgrammeReport;
}

/**
 * @internal A report argument of the audit: a report `parseProgrammeReport` returned, or deep-frozen data
 * already checked (the seed reports), as it is; anything else read once and checked, `audit.invalid-report` with
 * the path of the first wrong field (prefixed by `path`: the report's index in `auditReports`).
 */
export function readReport(value: unknown, path: Path = []): ProgrammeReport {
  if (isParsedReport(value)) return value;
  let report: ProgrammeReport;
  try {
    report = readOne(value);
  } catch (e) {
    if (path.length === 0 || !(e instanceof KhuyenCongError)) throw e;
    throw new KhuyenCongError(e.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
  }
  // Data that can never change stays valid: remembered, not checked again.
  if (isDeepFrozen(value)) rememberReport(value as ProgrammeReport);
  return report;
}
