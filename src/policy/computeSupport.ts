import { text, type LocalizedText } from '../internal/messages.js';
import { multiplyMoney, type Money } from '../quantity/Money.js';
import type { Citation } from './citation.js';
import { formatDong, formatPercent, UNIT_LABEL } from './explainText.js';
import type { IsoDate } from './isoDate.js';
import { parseSupportRequest } from './parseSupportRequest.js';
import { checkFunds, computeLocalSupport, type LocalSupportComputation, type LocalSupportInput } from './packs/pricing.js';
import type { SupportItemId } from './supportItems.js';
import { citationText, supportLevelAt, type SupportNotModelled } from './supportLevelAt.js';
import type { SupportLevel } from './supportLevels.js';

/**
 * Which bound decided the amount: the percentage cap, the absolute cap, or (for a level with only an
 * absolute cap) the eligible cost itself.
 * @category Policy
 */
export type SupportBinding = 'percent-cap' | 'absolute-cap' | 'cost';

/**
 * The answer of {@link computeSupport}.
 * @category Policy
 */
export type SupportComputation =
  | {
      readonly status: 'computed';
      readonly item: SupportItemId;
      readonly at: IsoDate;
      readonly eligibleCost: Money;
      /** The maximum support from national khuyến công funds, whole đồng, rounded down. */
      readonly support: Money;
      readonly binding: SupportBinding;
      /** cap% × cost rounded down, when the level has a percentage cap. */
      readonly percentAmount?: Money;
      readonly level: SupportLevel;
      readonly citation: Citation;
      readonly explanation: LocalizedText;
      readonly warnings: readonly LocalizedText[];
    }
  | SupportNotModelled;

/**
 * Options of {@link computeSupport} (the request itself).
 * @category Policy
 */
export interface ComputeSupportInput {
  readonly item: SupportItemId;
  readonly eligibleCost: Money;
  readonly at: IsoDate;
  /** `'NATIONAL'` (the default): national funds at the national levels. For local funds see {@link LocalSupportInput}. */
  readonly funds?: 'NATIONAL';
}

function explain(level: SupportLevel, cost: Money, support: Money, binding: SupportBinding, pctAmount: Money | undefined): LocalizedText {
  const unit = UNIT_LABEL[level.unit];
  const cite = citationText(level);
  const cap = level.absoluteCap;
  const pct = level.percentCap;
  const capText = (l: 'vi' | 'en') =>
    cap === undefined ? '' : l === 'vi' ? `mức trần ${formatDong(cap, 'vi')}/${unit.vi}` : `the cap of ${formatDong(cap, 'en')} per ${unit.en}`;
  if (pct !== undefined && pctAmount !== undefined) {
    const head = {
      vi: `${formatPercent(pct, 'vi')} chi phí hợp lệ ${formatDong(cost, 'vi')} là ${formatDong(pctAmount, 'vi')} (làm tròn xuống)`,
      en: `${formatPercent(pct, 'en')} of the eligible cost ${formatDong(cost, 'en')} is ${formatDong(pctAmount, 'en')} (rounded down)`,
    };
    if (cap === undefined) {
      return text(
        `${head.vi}; không có mức trần tuyệt đối nên hỗ trợ tối đa ${formatDong(support, 'vi')} (${cite.vi}).`,
        `${head.en}; there is no absolute cap, so the support is at most ${formatDong(support, 'en')} (${cite.en}).`,
      );
    }
    return binding === 'absolute-cap'
      ? text(
          `${head.vi}, vượt ${capText('vi')}, nên mức trần tuyệt đối quyết định: hỗ trợ tối đa ${formatDong(support, 'vi')} (${cite.vi}).`,
          `${head.en}, above ${capText('en')}, so the absolute cap binds: support of at most ${formatDong(support, 'en')} (${cite.en}).`,
        )
      : text(
          `${head.vi}, không vượt ${capText('vi')}, nên tỷ lệ ${formatPercent(pct, 'vi')} quyết định: hỗ trợ tối đa ${formatDong(support, 'vi')} (${cite.vi}).`,
          `${head.en}, within ${capText('en')}, so the ${formatPercent(pct, 'en')} cap binds: support of at most ${formatDong(support, 'en')} (${cite.en}).`,
        );
  }
  return binding === 'absolute-cap'
    ? text(
        `Chi phí hợp lệ ${formatDong(cost, 'vi')} vượt ${capText('vi')}, nên hỗ trợ tối đa ${formatDong(support, 'vi')} (${cite.vi}).`,
        `The eligible cost ${formatDong(cost, 'en')} exceeds ${capText('en')}, so the support is at most ${formatDong(support, 'en')} (${cite.en}).`,
      )
    : text(
        `Chi phí hợp lệ ${formatDong(cost, 'vi')} không vượt ${capText('vi')}, nên hỗ trợ tối đa bằng chi phí, ${formatDong(support, 'vi')} (${cite.vi}).`,
        `The eligible cost ${formatDong(cost, 'en')} is within ${capText('en')}, so the support is at most the cost, ${formatDong(support, 'en')} (${cite.en}).`,
      );
}

/**
 * The maximum support from national khuyến công funds for an item on a date:
 * min(cap% × eligible cost, absolute cap), rounded down to the đồng; with only an absolute cap,
 * min(cost, cap). Explains which bound decided, with its citation, in both languages. An item whose level
 * is not known for the date is an explicit `not-modelled` answer, never another period's value.
 * With `funds: 'LOCAL'` and `policy` (a provincial policy pack or an array of them) the provincial
 * instrument in force on `at` prices the item instead (see docs/local-policy.md); without a pack, local funds
 * are `not-modelled` (`no-pack`), never the national level.
 * @param input - `{ item, eligibleCost, at }` (checked with {@link parseSupportRequest}), or for local funds
 *   `{ item, eligibleCost, at, funds: 'LOCAL', policy, province? }`.
 * @returns the computation or a `not-modelled` answer.
 * @throws {@link KhuyenCongError} for an unknown item, a negative or non-Money cost, or a bad date.
 * @category Policy
 * @example
 * computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5_000_000_000), at: '2019-06-01' });
 * // { status: 'computed', support: { dong: 1000000000 }, binding: 'absolute-cap', … }
 */
export function computeSupport(input: LocalSupportInput): LocalSupportComputation;
export function computeSupport(input: ComputeSupportInput): SupportComputation;
export function computeSupport(input: ComputeSupportInput | LocalSupportInput): SupportComputation | LocalSupportComputation {
  if (checkFunds(input) === 'LOCAL') return computeLocalSupport(input, computeNational);
  return computeNational(input as ComputeSupportInput);
}

function computeNational(input: ComputeSupportInput): SupportComputation {
  const { item, eligibleCost, at } = parseSupportRequest(input);
  const found = supportLevelAt(item, at);
  if (found.status === 'not-modelled') return found;
  const { level, warnings } = found;
  const pctAmount = level.percentCap === undefined ? undefined : multiplyMoney(eligibleCost, level.percentCap.ratio, { rounding: 'floor' });
  // A level always has at least one cap; with only an absolute cap the support cannot exceed the cost.
  const first = pctAmount ?? eligibleCost;
  const cap = level.absoluteCap;
  const capBinds = cap !== undefined && cap.dong < first.dong;
  const support = capBinds ? cap : first;
  const binding: SupportBinding = capBinds ? 'absolute-cap' : pctAmount === undefined ? 'cost' : 'percent-cap';
  return Object.freeze({
    status: 'computed',
    item,
    at,
    eligibleCost,
    support,
    binding,
    ...(pctAmount === undefined ? {} : { percentAmount: pctAmount }),
    level,
    citation: level.citation,
    explanation: explain(level, eligibleCost, support, binding, pctAmount),
    warnings,
  });
}
