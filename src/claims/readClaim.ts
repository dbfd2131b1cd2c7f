/**
 * The entry check of {@link checkClaim} (issue 14, the sweep's typed core): a claim argument read once into a
 * plain record, so that a value outside the {@link Claim} type is refused with the codes {@link parseClaim} uses,
 * never a TypeError. Linear in the number of parts; each field is read once, inside a guard.
 */
import { fail } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { showValue, valueKind } from '../internal/showValue.js';
import { COUNT_UNITS, isCount, isMoney, isPercent, isRatio, MONEY_SCALES, type Quantity } from '../quantity/index.js';
import { CLAIM_KINDS, CLAIM_NUMBER_FIELDS as FIELDS, type Claim, type ClaimKind, type ClaimNumber } from './Claim.js';
import { claimParseMessages as M } from './messages.js';


const KINDS: readonly unknown[] = ['money', 'count', 'percent', 'number'];

/** One end of an interval: `null` or `{ value: Ratio, open: boolean }`. */
function isBound(b: unknown): boolean {
  if (b === null) return true;
  const x = b as { readonly value?: unknown; readonly open?: unknown } | undefined;
  return typeof b === 'object' && isRatio(x?.value) && typeof x?.open === 'boolean';
}

const isUnit = (u: unknown): boolean => u === undefined || (typeof u === 'string' && Object.hasOwn(COUNT_UNITS, u));

/**
 * Whether a value has the shape of a parsed {@link Quantity} in every field a claim reads (its interval, unit,
 * scale, decimals, "per" and multiple), read inside a guard: a revoked Proxy or a getter that throws is no Quantity.
 */
function isQuantity(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  try {
    const q = v as Record<string, unknown>;
    const i = q['interval'] as { readonly lo?: unknown; readonly hi?: unknown } | null | undefined;
    const d = q['decimals'];
    const scale = q['scale'];
    return (
      KINDS.includes(q['kind']) &&
      isRatio(q['value']) &&
      typeof q['text'] === 'string' &&
      typeof i === 'object' &&
      i !== null &&
      isBound(i.lo) &&
      isBound(i.hi) &&
      isUnit(q['unit']) &&
      isUnit(q['per']) &&
      (d === undefined || (Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 100)) &&
      (scale === undefined || (typeof scale === 'string' && Object.hasOwn(MONEY_SCALES, scale))) &&
      (q['multiple'] === undefined || q['multiple'] === true)
    );
  } catch {
    return false;
  }
}

/** A number of a claim: text, an exact value or a parsed Quantity; `claim.bad-number` (path: its field) otherwise. @internal */
export function readNumber(v: unknown, path: readonly (string | number)[]): ClaimNumber {
  const field = path.join('.');
  if (typeof v === 'string' || isRatio(v) || isMoney(v) || isCount(v) || isPercent(v) || isQuantity(v)) return v as ClaimNumber;
  return fail('claim.bad-number', M['bad-number']({ field }), path);
}

/** One part of a sum, read inside a guard. */
function partAt(parts: readonly unknown[], i: number): unknown {
  try {
    return parts[i];
  } catch {
    return fail('input.unreadable', { vi: `Không đọc được thành phần ${String(i)}.`, en: `Part ${String(i)} cannot be read.` }, ['parts', i]);
  }
}

/**
 * @internal A claim argument read once into a plain record: `claim.not-object` unless it is an object,
 * `claim.unknown-kind`, `claim.missing-field`, `claim.bad-parts` (a sum's parts not a non-empty array; a
 * Claim may have more parts than `parseClaim` reads from JSON: the check stays linear), `claim.bad-number` (a number neither text nor a Quantity, Money, Count, Percent or
 * Ratio), `claim.bad-years` (a growth rate's years not a number), `input.unreadable` (a field that throws when
 * read). What the numbers say (an unreadable text, units that do not match) is left to {@link checkClaim}.
 */
export function readClaim(claim: unknown): Claim {
  const what = valueKind(claim);
  if (what !== 'object') fail('claim.not-object', M['not-object']({ what }));
  const kind = readOption(claim, 'kind');
  if (typeof kind !== 'string' || !(CLAIM_KINDS as readonly string[]).includes(kind)) {
    fail('claim.unknown-kind', M['unknown-kind']({ kind: typeof kind === 'string' ? kind.slice(0, 60) : showValue(kind, 40), kinds: CLAIM_KINDS.join(', ') }), ['kind']);
  }
  const k = kind as ClaimKind;
  const out: Record<string, unknown> = { kind: k };
  if (k === 'sum') {
    const parts = readOption(claim, 'parts');
    if (valueKind(parts) !== 'array') fail('claim.bad-parts', M['bad-parts']({}), ['parts']);
    const list = parts as readonly unknown[];
    if (list.length === 0) fail('claim.bad-parts', M['bad-parts']({}), ['parts']);
    const read: ClaimNumber[] = [];
    for (let i = 0; i < list.length; i++) read.push(readNumber(partAt(list, i), ['parts', i]));
    out['parts'] = read;
  }
  for (const name of [...FIELDS[k], 'stated']) {
    const v = readOption(claim, name);
    if (v === undefined) fail('claim.missing-field', M['missing-field']({ field: name }), [name]);
    out[name] = readNumber(v, [name]);
  }
  if (k === 'cagr') {
    const years = readOption(claim, 'years');
    if (typeof years !== 'number') fail('claim.bad-years', M['bad-years']({ what: showValue(years, 40) }), ['years']);
    out['years'] = years;
  }
  return out as unknown as Claim;
}
