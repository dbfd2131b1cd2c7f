/**
 * A đề án's support lines priced with local funds, and its approved local amount against them: the checked
 * public entries the project area uses (`computeDeAnSupport` with `funds: 'LOCAL'`, the transition check
 * `funding.local-pack-level`).
 */
import { checkDate } from '../../internal/date.js';
import { fail, KhuyenCongError } from '../../internal/errors.js';
import { guarded, readOption } from '../../internal/plain.js';
import { ok, type Result } from '../../internal/result.js';
import { addMoney, isMoney, money, type Money } from '../../quantity/Money.js';
import { computeSupport } from '../computeSupport.js';
import { packMessages as m } from './messages.js';
import { checkProvince, computeLocalSupport, localApprovalExcess, packsOf, type LocalDeAnSupport, type NationalCompute, type PackProvince } from './pricing.js';

/** The most lines a request prices (a đề án has at most 1000 support lines). */
const MAX_LINES = 1000;

/**
 * The lines of a đề án to price with local funds: its support lines, its province, the day and its pack or packs.
 * @category Policy packs
 */
export interface LocalLinesInput {
  /** The support lines, each an item and its eligible cost (at most 1000). */
  readonly lines: readonly { readonly item: string; readonly eligibleCost: Money }[];
  /** The đề án's province as of a date. */
  readonly province: PackProvince;
  /** The day whose pack levels apply, `YYYY-MM-DD`. */
  readonly at: string;
  /** A policy pack or packs (as {@link parsePolicyPacks} reads them); none: every line is not modelled. */
  readonly policy?: unknown;
}

/**
 * The approved local amount of a đề án and the lines it is checked against.
 * @category Policy packs
 */
export interface LocalApprovalInput extends LocalLinesInput {
  /** The approved amount from local khuyến công funds. */
  readonly approved: Money;
}

/** Why an approved local amount is refused: it passes what the province's pack allows. @category Policy packs */
export type LocalApprovalReason = 'above-pack-level';

const national: NationalCompute = (input) => computeSupport(input);

function price(input: unknown): LocalDeAnSupport {
  const policy = readOption(input, 'policy');
  const packs = guarded(policy, () => packsOf(policy));
  const at = checkDate(readOption(input, 'at'), ['at']);
  const rawProvince = readOption(input, 'province');
  const province = guarded(rawProvince, () => checkProvince(rawProvince));
  if (province === undefined) checkProvince(null); // required here: refused as `pack.province-format`
  const lines = readOption(input, 'lines');
  if (!guarded(lines, () => Array.isArray(lines) && lines.length <= MAX_LINES)) fail('policy.bad-lines', m.badLines({}), ['lines']);
  const out = (lines as readonly unknown[]).map((line, i) => {
    try {
      return guarded(line, () => {
        const request = { item: readOption(line, 'item'), eligibleCost: readOption(line, 'eligibleCost'), at, funds: 'LOCAL', policy: packs, province };
        return computeLocalSupport(request, national);
      });
    } catch (e) {
      /* c8 ignore next -- guarded throws only KhuyenCongErrors for data it cannot read; anything else is a defect */
      if (!(e instanceof KhuyenCongError)) throw e;
      throw new KhuyenCongError(e.issues.map((x) => ({ ...x, path: ['lines', i, ...x.path] })));
    }
  });
  let total = money(0);
  let complete = true;
  for (const r of out) {
    const amount = !r.ok ? undefined : r.value.source === 'pack' ? r.value.support : r.value.national.ok ? r.value.national.value.support : undefined;
    if (amount === undefined) complete = false;
    else total = addMoney(total, amount);
  }
  return Object.freeze({ lines: Object.freeze(out), total, complete });
}

/**
 * Prices a đề án's support lines with local khuyến công funds: each line with the level of its province's pack in
 * force on the day (or the national level where the pack leaves the item to it, or not modelled), as
 * `computeSupport` with `funds: 'LOCAL'` prices one request, and sums the computed lines. What
 * `computeDeAnSupport` answers with `funds: 'LOCAL'`.
 * @param input - the lines, the province, the day and the pack or packs.
 * @returns one local answer per line, their total and whether every line was computed (frozen).
 * @throws {@link KhuyenCongError} the codes of {@link parsePolicyPacks} for `policy` (checked first); `date.invalid`
 *   for a malformed `at`; `pack.province-format` for a missing or malformed province; `policy.bad-lines` unless
 *   `lines` is an array of at most 1000 lines; `policy.unknown-item`, `policy.bad-cost` for a line (path
 *   `['lines', i, …]`); `input.unreadable` for a value that cannot be read.
 * @category Policy packs
 * @example
 * // Đắk Lắk (66): 30% of 1 tỷ is 300 million đồng, within the cap of 800 million đồng per model
 * const priced = computeLocalSupportLines({
 *   lines: [{ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1_000_000_000) }],
 *   province: { code: '66', asOf: '2025-09-01' },
 *   at: '2025-09-01',
 *   policy: LOCAL_POLICY_PACKS,
 * });
 * [priced.total.dong, priced.complete]; // [300000000, true]
 */
export function computeLocalSupportLines(input: LocalLinesInput): LocalDeAnSupport {
  return price(input);
}

/**
 * Checks a local đề án's approved amount from local funds against its province's pack: refused
 * (`ok: false`, `reason.code: 'above-pack-level'`, `reason.field: 'approved'`, a message citing each provincial
 * provision used) when it passes the support the pack prices for the đề án's lines on the day. A line the pack
 * does not price leaves the amount unbounded (a pack bounds only what it prices), so the answer is then
 * `ok: true`. The check behind the transition refusal `funding.local-pack-level`.
 * @param input - the lines, the province, the day, the pack or packs and the approved amount.
 * @returns `{ ok: true, value }` with the priced lines ({@link computeLocalSupportLines}), or the refusal.
 * @throws {@link KhuyenCongError} the codes of {@link computeLocalSupportLines}; `policy.bad-approved` when
 *   `approved` is not a Money amount.
 * @category Policy packs
 * @example
 * // Đắk Lắk (66): 300 million đồng is the most the pack allows for this line
 * const lines = [{ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(1_000_000_000) }];
 * const input = { lines, province: { code: '66', asOf: '2025-09-01' }, at: '2025-09-01', policy: LOCAL_POLICY_PACKS };
 * checkLocalApproval({ ...input, approved: money(300_000_000) }).ok; // true
 * checkLocalApproval({ ...input, approved: money(350_000_000) }).ok; // false: above-pack-level
 */
export function checkLocalApproval(input: LocalApprovalInput): Result<LocalDeAnSupport, LocalApprovalReason> {
  const priced = price(input);
  const approved = readOption(input, 'approved');
  if (!isMoney(approved)) return fail('policy.bad-approved', m.badApproved({}), ['approved']);
  const excess = localApprovalExcess(priced, approved);
  if (excess === undefined) return ok(priced);
  return Object.freeze({ ok: false, reason: Object.freeze({ code: 'above-pack-level', field: 'approved', message: excess }) });
}
