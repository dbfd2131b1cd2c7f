import { fail } from '../internal/errors.js';
import type { LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { computeSupport, type SupportComputation } from '../policy/computeSupport.js';
import { isIsoDate } from '../policy/isoDate.js';
import { checkFunds, localDeAnSupport, type LocalDeAnSupport } from '../policy/packs/pricing.js';
import { addMoney, money, type Money } from '../quantity/Money.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { FUND_SOURCE_IDS, type FundSourceId } from './catalogues.js';
import type { DeAn } from './DeAn.js';
import { projectMessages } from './messages.js';

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

function add(a: FundingAmounts, b: FundingAmounts): FundingAmounts {
  return {
    approved: addMoney(a.approved, b.approved),
    advanced: addMoney(a.advanced, b.advanced),
    disbursed: addMoney(a.disbursed, b.disbursed),
    settled: addMoney(a.settled, b.settled),
  };
}

/**
 * Totals of a đề án's funding per source and over all sources, exact.
 * @param deAn - the đề án.
 * @returns the lines per source and the total.
 * @throws {@link KhuyenCongError} `money.out-of-range` only if a total leaves the exact range.
 * @category Projects
 * @example
 * fundingTotals(approved).total.approved.dong; // 500000000 (400 triệu national + 100 triệu counterpart)
 */
export function fundingTotals(deAn: DeAn): FundingTotals {
  const bySource = FUND_SOURCE_IDS.map((source) => {
    const line = deAn.budget.find((b) => b.source === source);
    const { approved, advanced, disbursed, settled } = line ?? ZEROS;
    return { source, approved, advanced, disbursed, settled };
  });
  return deepFreeze({ bySource, total: bySource.reduce<FundingAmounts>(add, ZEROS) });
}

/**
 * The beneficiary's counterpart share, or why it is undefined.
 * @category Projects
 */
export type CounterpartShare =
  | { readonly defined: true; readonly share: Ratio; readonly counterpart: Money; readonly total: Money }
  | { readonly defined: false; readonly reason: LocalizedText };

/**
 * The counterpart share of a đề án: approved counterpart funds (vốn đối ứng) over the approved total of
 * all sources, as an exact ratio.
 * @param deAn - the đề án.
 * @returns the exact share, or `{ defined: false }` when nothing is approved yet.
 * @category Projects
 * @example
 * counterpartShare(approved); // { defined: true, share: Ratio 0.2, counterpart: 100000000 đồng, total: 500000000 đồng }
 */
export function counterpartShare(deAn: DeAn): CounterpartShare {
  const t = fundingTotals(deAn);
  const counterpart = deAn.budget.find((l) => l.source === 'COUNTERPART')?.approved ?? ZERO;
  if (t.total.approved.dong === 0) {
    return deepFreeze({
      defined: false,
      reason: {
        vi: 'Chưa có số kinh phí được duyệt nên không tính được tỷ lệ vốn đối ứng.',
        en: 'Nothing is approved yet, so the counterpart share is undefined.',
      },
    });
  }
  return Object.freeze({ defined: true, share: ratio(counterpart.dong, t.total.approved.dong), counterpart, total: t.total.approved });
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
 * @throws {@link KhuyenCongError} `project.invalid-date` for a malformed date.
 * @category Projects
 * @example
 * computeDeAnSupport(machineryDeAn, '2019-06-01').lines[0];
 * // { status: 'computed', support: 300000000 đồng, binding: 'absolute-cap', … } for an eligible cost of 1 tỷ
 */
export function computeDeAnSupport(deAn: DeAn, at: string, options: { readonly funds: 'LOCAL'; readonly policy?: unknown }): LocalDeAnSupport;
export function computeDeAnSupport(deAn: DeAn, at: string, options?: { readonly funds?: 'NATIONAL' }): DeAnSupport;
export function computeDeAnSupport(deAn: DeAn, at: string, options?: { readonly funds?: 'NATIONAL' | 'LOCAL'; readonly policy?: unknown }): DeAnSupport | LocalDeAnSupport {
  if (!isIsoDate(at)) fail('project.invalid-date', projectMessages.invalidDate({ at: String(at) }), ['at']);
  if (checkFunds(options) === 'LOCAL') return localDeAnSupport(deAn.supportItems, deAn.province, at, options?.policy, computeSupport);
  const lines = deAn.supportItems.map((l) => computeSupport({ item: l.item, eligibleCost: l.eligibleCost, at }));
  let total = ZERO;
  for (const l of lines) if (l.status === 'computed') total = addMoney(total, l.support);
  return deepFreeze({ lines, total, complete: lines.every((l) => l.status === 'computed') });
}
