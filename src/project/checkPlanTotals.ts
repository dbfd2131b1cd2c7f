import type { LocalizedText } from '../internal/messages.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { money, subtractMoney, sumMoney, type Money } from '../quantity/Money.js';
import { FUND_SOURCE_IDS, type FundSourceId } from './catalogues.js';
import { planOf } from './entryChecks.js';
import type { Plan } from './Plan.js';
import { formatDong } from './transitionMessages.js';

/**
 * One source whose declared plan total differs from the sum of its đề án's approved amounts.
 * `declared` is `null` when the plan lists no total for the source.
 * @category Projects
 */
export interface PlanTotalMismatch {
  readonly source: FundSourceId;
  readonly declared: Money | null;
  readonly computed: Money;
  /** computed − declared (declared counted as 0 when absent). */
  readonly difference: Money;
  readonly message: LocalizedText;
}

/**
 * The result of {@link checkPlanTotals}.
 * @category Projects
 */
export interface PlanTotalsCheck {
  readonly ok: boolean;
  /** The sum of the đề án's approved amounts per source (all four sources). */
  readonly computed: readonly { readonly source: FundSourceId; readonly amount: Money }[];
  readonly mismatches: readonly PlanTotalMismatch[];
}

/**
 * Checks, exactly, that a plan's đề án add up to its declared totals per funding source (approved
 * amounts). A source the plan does not list counts as declared absent: it mismatches only when its đề án
 * carry a non-zero amount.
 * @param plan - a parsed plan.
 * @returns `ok`, the computed sums and each mismatch with both amounts, the difference and a bilingual message.
 * @throws {@link KhuyenCongError} `money.out-of-range` only if a sum leaves the exact range; for a value outside
 *   the {@link Plan} type, `project.invalid-plan` (not an object whose `deAn` and `totals` are arrays, or a total
 *   that is not `{ source, amount: Money }`) or `project.invalid-de-an` (path `deAn` and its index).
 * @category Projects
 * @example
 * checkPlanTotals(plan).mismatches[0];
 * // { source: 'NATIONAL', declared: 13 877 000 000 đồng, computed: 13 909 000 000 đồng, difference: 32 000 000 đồng, … }
 */
export function checkPlanTotals(plan: Plan): PlanTotalsCheck {
  const { budgets, totals } = planOf(plan); // read once and checked: `project.invalid-plan` / `project.invalid-de-an`
  const computed = FUND_SOURCE_IDS.map((source) => ({
    source,
    amount: sumMoney(budgets.flatMap((budget) => budget.filter((b) => b.source === source).map((b) => b.approved))),
  }));
  const mismatches: PlanTotalMismatch[] = [];
  for (const { source, amount } of computed) {
    const declared = totals.find((t) => t.source === source)?.amount ?? null;
    if (declared === null && amount.dong === 0) continue;
    const difference = subtractMoney(amount, declared ?? money(0));
    if (difference.dong === 0) continue;
    const d = (l: 'vi' | 'en') => (declared === null ? (l === 'vi' ? 'không ghi' : 'not stated') : formatDong(declared.dong, l));
    mismatches.push({
      source,
      declared,
      computed: amount,
      difference,
      message: {
        vi: `Nguồn ${source}: tổng kế hoạch ${d('vi')}, tổng các đề án ${formatDong(amount.dong, 'vi')}, chênh lệch ${formatDong(difference.dong, 'vi')}.`,
        en: `Source ${source}: the plan states ${d('en')}, its đề án add up to ${formatDong(amount.dong, 'en')}, a difference of ${formatDong(difference.dong, 'en')}.`,
      },
    });
  }
  return deepFreeze({ ok: mismatches.length === 0, computed, mismatches });
}
