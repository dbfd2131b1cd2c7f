import { fail } from '../internal/errors.js';
import { text } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { noAnswer, ok, type Result } from '../internal/result.js';
import { computeSupport, type SupportComputation } from '../policy/computeSupport.js';
import { checkDate } from '../internal/date.js';
import { computeLocalSupportLines } from '../policy/packs/localApproval.js';
import { readFundsOption, type LocalDeAnSupport } from '../policy/packs/pricing.js';
import { MAX_MONEY_DONG, money, type Money } from '../quantity/Money.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { FUND_SOURCE_IDS, type FundSourceId } from './catalogues.js';
import type { DeAn } from './DeAn.js';
import { budgetOf } from './entryChecks.js';

/**
 * The four amounts of a budget line.
 * @category Projects
 */
export interface FundingAmounts {
  readonly approved: Money;
  readonly advanced: Money;
  readonly disbursed: Money;
  readonly settled: Money;
}

/**
 * The funding of a đề án: one line per funding source (all four, in catalogue order, zero where the
 * đề án has no line) and the total over sources.
 * @category Projects
 */
export interface FundingTotals {
  readonly bySource: readonly (FundingAmounts & { readonly source: FundSourceId })[];
  readonly total: FundingAmounts;
}

const ZERO = money(0);
const ZEROS: FundingAmounts = { approved: ZERO, advanced: ZERO, disbursed: ZERO, settled: ZERO };

type Amount = keyof FundingAmounts;

/**
 * An exact total (bigint), refused with a {@link KhuyenCongError} `money.out-of-range` naming what is summed
 * when it leaves ±{@link MAX_MONEY_DONG}.
 */
function exactTotal(amounts: readonly Money[], what: string, path: readonly (string | number)[]): Money {
  let sum = 0n;
  for (const m of amounts) sum += BigInt(m.dong);
  if (sum > BigInt(MAX_MONEY_DONG) || sum < -BigInt(MAX_MONEY_DONG)) {
    fail(
      'money.out-of-range',
      text(
        `Tổng ${what} (${sum.toString()} đồng) vượt quá giới hạn số tiền biểu diễn chính xác (±9.007.199.254.740.991 đồng).`,
        `The total ${what} (${sum.toString()} đồng) is outside the exactly representable range (±9,007,199,254,740,991 đồng).`,
      ),
      path,
    );
  }
  return money(sum);
}

function total(lines: readonly FundingAmounts[], amount: Amount): Money {
  return exactTotal(lines.map((l) => l[amount]), `${amount}`, ['budget', amount]);
}

/**
 * Totals of a đề án's funding per source and over all sources, exact.
 * @param deAn - the đề án.
 * @returns the lines per source and the total.
 * @throws {@link KhuyenCongError} `money.out-of-range` (path `['budget', amount]`) only if a total over the
 *   sources leaves ±{@link MAX_MONEY_DONG} (four lines of up to 2^53 − 1 đồng each can); for a value outside the
 *   {@link DeAn} type, `project.invalid-de-an` (not an object whose `budget` is an array of lines with a `source`
 *   and four Money amounts).
 * @category Projects
 * @example
 * fundingTotals(approved).total.approved.dong; // 500000000 (400 triệu national + 100 triệu counterpart)
 */
export function fundingTotals(deAn: DeAn): FundingTotals {
  const budget = budgetOf(deAn); // read once and checked: `project.invalid-de-an` for a value outside the type
  const bySource = FUND_SOURCE_IDS.map((source) => {
    const line = budget.find((b) => b.source === source);
    const { approved, advanced, disbursed, settled } = line ?? ZEROS;
    return { source, approved, advanced, disbursed, settled };
  });
  const sums = { approved: total(bySource, 'approved'), advanced: total(bySource, 'advanced'), disbursed: total(bySource, 'disbursed'), settled: total(bySource, 'settled') };
  return deepFreeze({ bySource, total: sums });
}

/**
 * The beneficiary's counterpart share with the amounts it is computed from.
 * @category Projects
 */
export interface CounterpartShareValue {
  readonly share: Ratio;
  readonly counterpart: Money;
  readonly total: Money;
}

/**
 * The beneficiary's counterpart share, a `Result`: `{ ok: true, value: { share, counterpart, total } }`, or
 * `{ ok: false, reason }` (`reason.code` `'nothing-approved'`) when nothing is approved yet.
 * @category Projects
 */
export type CounterpartShare = Result<CounterpartShareValue, 'nothing-approved'>;

/**
 * The counterpart share of a đề án: approved counterpart funds (vốn đối ứng) over the approved total of
 * all sources, as an exact ratio.
 * @param deAn - the đề án.
 * @returns the exact share, or `{ ok: false, reason }` when nothing is approved yet.
 * @throws {@link KhuyenCongError} `money.out-of-range` and `project.invalid-de-an` as {@link fundingTotals} does.
 * @category Projects
 * @example
 * counterpartShare(approved); // { ok: true, value: { share: Ratio 0.2, counterpart: 100000000 đồng, total: 500000000 đồng } }
 */
export function counterpartShare(deAn: DeAn): CounterpartShare {
  const t = fundingTotals(deAn);
  const counterpart = budgetOf(deAn).find((l) => l.source === 'COUNTERPART')?.approved ?? ZERO;
  if (t.total.approved.dong === 0) {
    return noAnswer('nothing-approved', {
      vi: 'Chưa có số kinh phí được duyệt nên không tính được tỷ lệ vốn đối ứng.',
      en: 'Nothing is approved yet, so the counterpart share is undefined.',
    });
  }
  return ok(Object.freeze({ share: ratio(counterpart.dong, t.total.approved.dong), counterpart, total: t.total.approved }));
}

/**
 * The support of each support item of a đề án from the dated support levels, with the cap that bound.
 * @category Projects
 */
export interface DeAnSupport {
  /** One answer of the policy area's `computeSupport` per support line, in order. */
  readonly lines: readonly SupportComputation[];
  /** The sum of the computed lines' support (lines not modelled add nothing; see `complete`). */
  readonly total: Money;
  /** `true` when every line was computed. */
  readonly complete: boolean;
}

/**
 * Computes the support of each of a đề án's support items on a day with the policy area's
 * `computeSupport` (support = min(percentage cap × eligible cost, absolute cap), rounded down), and sums
 * the computed ones.
 * @param deAn - the đề án.
 * @param at - the day whose support levels apply, `YYYY-MM-DD`.
 * @param options - `{ funds: 'LOCAL', policy }` prices the lines with the đề án's province's policy pack in
 *   force on `at` (see docs/local-policy.md); the default is national funds at the national levels.
 * @returns the lines, their total and whether every line was computed.
 * @throws {@link KhuyenCongError} `date.invalid` for a malformed date (the library's one date validator);
 *   `money.out-of-range` if the total support leaves ±{@link MAX_MONEY_DONG}.
 * @category Projects
 * @example
 * computeDeAnSupport(machineryDeAn, '2019-06-01').lines[0];
 * // { ok: true, value: { support: 300000000 đồng, binding: 'absolute-cap', … } } for an eligible cost of 1 tỷ
 */
export function computeDeAnSupport(deAn: DeAn, at: string, options: { readonly funds: 'LOCAL'; readonly policy?: unknown }): LocalDeAnSupport;
export function computeDeAnSupport(deAn: DeAn, at: string, options?: { readonly funds?: 'NATIONAL' }): DeAnSupport;
export function computeDeAnSupport(deAn: DeAn, at: string, options?: { readonly funds?: 'NATIONAL' | 'LOCAL'; readonly policy?: unknown }): DeAnSupport | LocalDeAnSupport {
  checkDate(at, ['at']);
  if (readFundsOption(options) === 'LOCAL') return computeLocalSupportLines({ lines: deAn.supportItems, province: deAn.province, at, policy: options?.policy });
  const lines = deAn.supportItems.map((l) => computeSupport({ item: l.item, eligibleCost: l.eligibleCost, at }));
  const computed = lines.flatMap((l) => (l.ok ? [l.value.support] : []));
  return deepFreeze({ lines, total: exactTotal(computed, 'support', ['supportItems']), complete: lines.every((l) => l.ok) });
}
