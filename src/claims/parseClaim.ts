import { issue, KhuyenCongError, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/errors.js';
import { quote } from '../internal/messages.js';
import { toPlain } from '../internal/plain.js';
import { count } from '../quantity/Count.js';
import { money } from '../quantity/Money.js';
import { safeParseQuantity } from '../quantity/parseQuantity.js';
import { percent } from '../quantity/Percent.js';
import { ratio } from '../quantity/Ratio.js';
import { COUNT_UNITS, type CountUnit } from '../quantity/units.js';
import { CLAIM_KINDS, CLAIM_NUMBER_FIELDS as FIELDS, type Claim, type ClaimKind, type ClaimNumber } from './Claim.js';
import { claimParseMessages as M } from './messages.js';


/** The most parts a sum claim may have: a published breakdown has a few dozen (63 provinces at most). */
export const MAX_PARTS = 1000;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** Reads one number of a claim, pushing the problems found under `path`. */
function readNumber(v: unknown, path: IssuePath, issues: Issue[]): ClaimNumber | undefined {
  const field = path.join('.');
  if (typeof v === 'string') {
    const r = safeParseQuantity(v);
    if (r.success) return r.data;
    for (const i of r.error.issues) issues.push({ code: i.code, path, message: i.message });
    return undefined;
  }
  const bad = (): undefined => {
    issues.push(issue('claim.bad-number', M['bad-number']({ field }), path));
    return undefined;
  };
  if (!isRecord(v)) return bad();
  const keys = Object.keys(v);
  const exact = (make: () => ClaimNumber): ClaimNumber | undefined => {
    try {
      return make();
    } catch (e) {
      /* c8 ignore next -- only KhuyenCongError is expected from the exact constructors */
      if (!(e instanceof KhuyenCongError)) throw e;
      for (const i of e.issues) issues.push({ code: i.code, path: [...path, ...i.path], message: i.message });
      return undefined;
    }
  };
  if (keys.length === 1 && has(v, 'money') && (typeof v['money'] === 'string' || typeof v['money'] === 'number')) {
    const m = v['money'];
    return exact(() => money(m));
  }
  if (keys.length === 1 && has(v, 'percent') && typeof v['percent'] === 'string') {
    const p = v['percent'];
    return exact(() => percent(p));
  }
  if (keys.length === 1 && has(v, 'ratio') && typeof v['ratio'] === 'string') {
    const r = v['ratio'];
    return exact(() => ratio(r));
  }
  if (keys.length === 2 && typeof v['count'] === 'number' && typeof v['unit'] === 'string' && has(COUNT_UNITS, v['unit'])) {
    const c = v['count'];
    const u = v['unit'] as CountUnit;
    return exact(() => count(c, u));
  }
  return bad();
}

function parseCore(raw: unknown): Claim {
  // Read the input once, into plain data: getters that throw, revoked proxies and cycles become errors here.
  const input = toPlain(raw);
  if (!isRecord(input)) throw new KhuyenCongError([issue('claim.not-object', M['not-object']({ what: describe(input) }))]);
  const kind = input['kind'];
  if (typeof kind !== 'string' || !(CLAIM_KINDS as readonly string[]).includes(kind)) {
    throw new KhuyenCongError([
      issue('claim.unknown-kind', M['unknown-kind']({ kind: typeof kind === 'string' ? kind.slice(0, 60) : describe(kind), kinds: CLAIM_KINDS.join(', ') }), ['kind']),
    ]);
  }
  const k = kind as ClaimKind;
  const issues: Issue[] = [];
  const out: Record<string, unknown> = { kind: k };
  const field = (name: string): void => {
    if (!has(input, name)) {
      issues.push(issue('claim.missing-field', M['missing-field']({ field: name }), [name]));
      return;
    }
    out[name] = readNumber(input[name], [name], issues);
  };
  if (k === 'sum') {
    const parts = input['parts'];
    if (!Array.isArray(parts) || parts.length === 0) {
      issues.push(issue('claim.bad-parts', M['bad-parts']({}), ['parts']));
    } else if (parts.length > MAX_PARTS) {
      issues.push(issue('claim.too-many-parts', M['too-many-parts']({ count: parts.length, max: MAX_PARTS }), ['parts']));
    } else {
      out['parts'] = parts.map((p: unknown, i) => readNumber(p, ['parts', i], issues));
    }
  }
  for (const name of FIELDS[k]) field(name);
  if (k === 'cagr') {
    const y = input['years'];
    if (typeof y !== 'number' || !Number.isSafeInteger(y) || y < 1) {
      issues.push(issue('claim.bad-years', M['bad-years']({ what: describe(y) }), ['years']));
    } else {
      out['years'] = y;
    }
  }
  field('stated');
  if (issues.length > 0) throw new KhuyenCongError(issues);
  return Object.freeze(out) as unknown as Claim;
}

/**
 * Reads a claim that arrives as JSON, validating it by hand: `kind` is one of {@link CLAIM_KINDS}; the kind's
 * fields are present; every number is Vietnamese text the quantity parser reads ("7,73 tỷ đồng", "tăng 17,16%")
 * or an exact value `{"money": "54060000000"}` (whole đồng), `{"count": 50, "unit": "project"}`,
 * `{"percent": "17.16"}` (percentage points, '.' decimals) or `{"ratio": "0.1716"}`; `years` (for `cagr`) is a
 * positive whole number; a sum has 1 to {@link MAX_PARTS} parts. Texts come back parsed (as {@link Quantity} values); unknown fields are dropped.
 *
 * @param input - the decoded JSON value.
 * @returns the claim, ready for {@link checkClaim}.
 * @throws {@link KhuyenCongError} listing every problem with its field path, in Vietnamese and English.
 * @category Claims
 * @example
 * const claim = parseClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' });
 * checkClaim(claim).status; // "consistent"
 */
export function parseClaim(input: unknown): Claim {
  return parseCore(input);
}

const safeCore = toSafe(parseCore);

/**
 * Like {@link parseClaim}, but never throws.
 * @param input - the decoded JSON value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem and its path.
 * @category Claims
 * @example
 * const r = safeParseClaim({ kind: 'share', part: '7,73 tỷ đồng', stated: '14,30%' });
 * r.success; // false
 * !r.success && r.error.issues[0]?.message.en; // 'The field "whole" is missing.'
 */
export function safeParseClaim(input: unknown): SafeParseResult<Claim> {
  return safeCore(input);
}
