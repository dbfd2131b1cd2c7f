/**
 * The entry check of {@link explain} and {@link toTrace} (issue 14, the sweep's typed core): a result (or a
 * stored trace) read once into plain data and checked field by field for what the two functions read. A cheap
 * structural walk, linear in the result's size; no schema parse.
 */
import { fail } from '../internal/errors.js';
import { toPlain } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import type { EligibilityResult } from './engine.js';

type Path = readonly (string | number)[];
type Rec = Record<string, unknown>;

const OUTCOMES: readonly unknown[] = ['eligible', 'ineligible', 'needs-review'];
const STATUSES: readonly unknown[] = ['passed', 'failed', 'unknown', 'review'];
const CONFIDENCES: readonly unknown[] = ['verified-from-text', 'secondary'];

function bad(path: Path, value: unknown): never {
  const field = path.length === 0 ? 'result' : path.join('.');
  return fail(
    'eligibility.invalid-trace',
    {
      vi: `Cần một kết quả của checkEligibility hoặc một vết đọc bằng parseTrace; trường ${field} sai: ${showValue(value, 60)}.`,
      en: `Expected a result of checkEligibility or a trace read with parseTrace; the field ${field} is wrong: ${showValue(value, 60)}.`,
    },
    path,
  );
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean => isRec(v) && typeof v['vi'] === 'string' && typeof v['en'] === 'string';
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function rec(v: unknown, path: Path): Rec {
  return isRec(v) ? v : bad(path, v);
}

function list(v: unknown, path: Path): readonly unknown[] {
  return Array.isArray(v) ? v : bad(path, v);
}

function check(ok: boolean, path: Path, value: unknown): void {
  if (!ok) bad(path, value);
}

function citation(v: unknown, path: Path): void {
  const c = rec(v, path);
  check(CONFIDENCES.includes(c['confidence']), [...path, 'confidence'], c['confidence']);
  check(c['sources'] === undefined || isStrings(c['sources']), [...path, 'sources'], c['sources']);
}

/**
 * @internal A result of `checkEligibility` or a stored trace, read once into plain data (`input.unreadable`,
 * `input.cyclic`, `input.too-deep` for one that cannot be read) and checked: `eligibility.invalid-trace` with the
 * path of the first field that has not the type a result gives it.
 */
export function readResult(value: unknown): EligibilityResult {
  const r = rec(toPlain(value), []);
  check(typeof r['at'] === 'string', ['at'], r['at']);
  check(OUTCOMES.includes(r['outcome']), ['outcome'], r['outcome']);
  check(r['regime'] === null || typeof r['regime'] === 'string', ['regime'], r['regime']);
  check(isStrings(r['missing']), ['missing'], r['missing']);
  list(r['reasons'], ['reasons']).forEach((x, i) => {
    const p = ['reasons', i];
    const s = rec(x, p);
    check(typeof s['rule'] === 'string', [...p, 'rule'], s['rule']);
    check(s['table'] === null || typeof s['table'] === 'string', [...p, 'table'], s['table']);
    check(s['row'] === null || typeof s['row'] === 'number', [...p, 'row'], s['row']);
    check(STATUSES.includes(s['status']), [...p, 'status'], s['status']);
    rec(s['facts'], [...p, 'facts']);
    check(isStrings(s['missing']), [...p, 'missing'], s['missing']);
    check(isText(s['message']), [...p, 'message'], s['message']);
    citation(s['citation'], [...p, 'citation']);
  });
  list(r['priorities'], ['priorities']).forEach((x, i) => {
    const p = ['priorities', i];
    const s = rec(x, p);
    check(typeof s['id'] === 'string' && typeof s['fact'] === 'string', p, s);
    check(isText(s['label']), [...p, 'label'], s['label']);
    citation(s['citation'], [...p, 'citation']);
  });
  return r as unknown as EligibilityResult;
}
