import { dateIssue } from '../internal/date.js';
import { issue, KhuyenCongError, toSafe, type Issue, type SafeParseResult } from '../internal/errors.js';
import { readOption } from '../internal/plain.js';
import { showValue } from '../internal/showValue.js';
import { isMoney, type Money } from '../quantity/Money.js';
import { isIsoDate, type IsoDate } from './isoDate.js';
import { policyMessages as m } from './messages.js';
import { isSupportItemId, type SupportItemId } from './supportItems.js';

/**
 * A request to compute support: the item, the eligible cost and the date.
 * @category Policy
 */
export interface SupportRequest {
  readonly item: SupportItemId;
  readonly eligibleCost: Money;
  readonly at: IsoDate;
  /** Units the absolute cap is counted for (a whole number from 1 to 1 000 000), default 1. */
  readonly units?: number;
  /** A priority programme or đề án (Decree 45/2012 Art. 6), default `false`. */
  readonly priority?: boolean;
}

/** The most units one request may name (a bound that keeps every product of a cap a safe integer). */
const MAX_UNITS = 1_000_000;

function parse(input: unknown): SupportRequest {
  if (typeof input !== 'object' || input === null) throw new KhuyenCongError([issue('policy.not-object', m.notObject({}))]);
  // Each field read once, inside a guard: a getter that throws or a revoked Proxy is `input.unreadable`.
  const r: Record<string, unknown> = {};
  for (const k of ['item', 'eligibleCost', 'at', 'units', 'priority']) r[k] = readOption(input, k);
  const issues: Issue[] = [];
  if (!isSupportItemId(r['item'])) issues.push(issue('policy.unknown-item', m.unknownItem({ value: showValue(r['item']) }), ['item']));
  if (!isMoney(r['eligibleCost']) || r['eligibleCost'].dong < 0) issues.push(issue('policy.bad-cost', m.badCost({}), ['eligibleCost']));
  if (!isIsoDate(r['at'])) issues.push(dateIssue(r['at'], ['at']));
  const units = r['units'];
  if (units !== undefined && !(typeof units === 'number' && Number.isInteger(units) && units >= 1 && units <= MAX_UNITS)) {
    issues.push(issue('policy.bad-units', m.badUnits({ value: showValue(units) }), ['units']));
  }
  const priority = r['priority'];
  if (priority !== undefined && typeof priority !== 'boolean') {
    issues.push(issue('policy.bad-priority', m.badPriority({ value: showValue(priority) }), ['priority']));
  }
  if (issues.length > 0) throw new KhuyenCongError(issues);
  return Object.freeze({
    item: r['item'] as SupportItemId,
    eligibleCost: r['eligibleCost'] as Money,
    at: r['at'] as IsoDate,
    ...(units === undefined ? {} : { units: units as number }),
    ...(priority === undefined ? {} : { priority: priority as boolean }),
  });
}

/**
 * Checks a support request from outside (a form, JSON): a known item id, a non-negative `Money` cost and a
 * real `YYYY-MM-DD` date. Every problem is reported with its field.
 * @param input - the untrusted request.
 * @returns the request, frozen.
 * @throws {@link KhuyenCongError} with `policy.not-object`, `policy.unknown-item`, `policy.bad-cost`,
 *   `date.invalid`, `policy.bad-units`, `policy.bad-priority` issues.
 * @category Policy
 * @example
 * parseSupportRequest({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(2_000_000_000), at: '2019-06-01' }).item;
 * // 'DEMO_MODEL_NEW_TECH'
 */
export function parseSupportRequest(input: unknown): SupportRequest {
  return parse(input);
}

/**
 * Like {@link parseSupportRequest} but never throws.
 * @param input - the untrusted request.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Policy
 * @example
 * safeParseSupportRequest({ item: 'NOPE', eligibleCost: money(1), at: '2019-02-30' }).success; // false
 */
export function safeParseSupportRequest(input: unknown): SafeParseResult<SupportRequest> {
  return safeParse(input);
}

const safeParse = toSafe(parse);
