import { text, type LocalizedText } from '../internal/messages.js';
import { minMoney, multiplyMoney, type Money } from '../quantity/Money.js';
import { ratio } from '../quantity/Ratio.js';
import type { Citation } from './citation.js';
import { BASE_LABEL, formatDong, formatPercent, UNIT_LABEL } from './explainText.js';
import { formatCitation } from './formatCitation.js';
import { inPeriod, type IsoDate } from './isoDate.js';
import { parseSupportRequest } from './parseSupportRequest.js';
import { computeLocalSupport, readFundsOption, type LocalSupportComputation, type LocalSupportInput } from './packs/pricing.js';
import type { SupportItemId } from './supportItems.js';
import { citationText, supportLevelAt, type SupportNotModelled } from './supportLevelAt.js';
import { PRIORITY_UPLIFTS, type PriorityUplift, type SupportLevel } from './supportLevels.js';

/**
 * Which bound decided the amount: the percentage cap, the absolute cap, (for a level with only an
 * absolute cap) the eligible cost itself, or (for a level with no cap, Joint Circular 26/2014 Art. 6(2)(k))
 * the contract or tender price given as the cost.
 * @category Policy
 */
export type SupportBinding = 'percent-cap' | 'absolute-cap' | 'cost' | 'contract-or-tender';

/**
 * The value of a computed {@link SupportComputation}: the maximum support from national funds, which bound
 * decided it, the level and its citation, an explanation in both languages and any warnings.
 * @category Policy
 */
export interface SupportComputed {
  readonly item: SupportItemId;
  readonly at: IsoDate;
  readonly eligibleCost: Money;
  /** The maximum support from national khuyến công funds, whole đồng, rounded down. */
  readonly support: Money;
  readonly binding: SupportBinding;
  /** cap% × cost rounded down, when the level has a percentage cap. */
  readonly percentAmount?: Money;
  /** How many units (products, rounds, brands, …) the absolute cap was counted for (default 1). */
  readonly units: number;
  /** The priority uplift applied, when the request asked for one. */
  readonly priorityUplift?: PriorityUplift;
  readonly level: SupportLevel;
  readonly citation: Citation;
  readonly explanation: LocalizedText;
  readonly warnings: readonly LocalizedText[];
}

/**
 * The answer of {@link computeSupport}, a `Result`: `{ ok: true, value: {@link SupportComputed} }`, or the
 * explicit "not modelled" `{ ok: false, reason: { code, message }, item, at }` (see {@link SupportNotModelled}).
 * @category Policy
 */
export type SupportComputation = { readonly ok: true; readonly value: SupportComputed } | SupportNotModelled;

/**
 * Options of {@link computeSupport} (the request itself).
 * @category Policy
 */
export interface ComputeSupportInput {
  readonly item: SupportItemId;
  /** The amount the level's percentage is taken of (see the level's `base`): usually the eligible cost. */
  readonly eligibleCost: Money;
  readonly at: IsoDate;
  /** `'NATIONAL'` (the default): national funds at the national levels. For local funds see {@link LocalSupportInput}. */
  readonly funds?: 'NATIONAL';
  /**
   * How many units of the level's `unit` the request covers (products rewarded, rounds, brands, …), a
   * positive whole number, default 1: the absolute cap is counted once per unit.
   */
  readonly units?: number;
  /**
   * `true` for a programme or đề án in a priority area or industry (Decree 45/2012 Art. 6(1)–(2)): the
   * support may be raised by the period's priority uplift (at most 1.5 times under Joint Circular 26/2014
   * Art. 6(2)(t)), never above the cost; not modelled (`reason.code` `priority-uplift-unknown`) where the uplift of the date is not known.
   */
  readonly priority?: boolean;
}

function explain(
  level: SupportLevel,
  cost: Money,
  support: Money,
  binding: SupportBinding,
  pctAmount: Money | undefined,
  units: number,
): LocalizedText {
  const unit = UNIT_LABEL[level.unit];
  const cite = citationText(level);
  const perUnit = level.absoluteCap;
  const pct = level.percentCap;
  const base = BASE_LABEL[level.base ?? 'eligible-cost'];
  const capText = (l: 'vi' | 'en') => {
    // Only called on a level with an absolute cap (the texts below name the cap only then).
    /* v8 ignore next */
    if (perUnit === undefined) return '';
    const cap = multiplyMoney(perUnit, ratio(units));
    return units === 1
      ? l === 'vi'
        ? `mức trần ${formatDong(cap, 'vi')}/${unit.vi}`
        : `the cap of ${formatDong(cap, 'en')} per ${unit.en}`
      : l === 'vi'
        ? `mức trần ${formatDong(cap, 'vi')} (${formatDong(perUnit, 'vi')}/${unit.vi} × ${String(units)})`
        : `the cap of ${formatDong(cap, 'en')} (${formatDong(perUnit, 'en')} per ${unit.en} × ${String(units)})`;
  };
  if (binding === 'contract-or-tender') {
    return text(
      `Không có mức trần: chi theo hợp đồng (đấu thầu hoặc đơn giá được phê duyệt), ${formatDong(support, 'vi')} (${cite.vi}).`,
      `No cap: paid at the contract price (tender or approved unit price), ${formatDong(support, 'en')} (${cite.en}).`,
    );
  }
  if (pct !== undefined && pctAmount !== undefined) {
    const head = {
      vi: `${formatPercent(pct, 'vi')} ${base.vi} ${formatDong(cost, 'vi')} là ${formatDong(pctAmount, 'vi')} (làm tròn xuống)`,
      en: `${formatPercent(pct, 'en')} of ${base.en} ${formatDong(cost, 'en')} is ${formatDong(pctAmount, 'en')} (rounded down)`,
    };
    if (perUnit === undefined) {
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
 * min(cap% × eligible cost, absolute cap × units), rounded down to the đồng; with only an absolute cap,
 * min(cost, cap × units); with no cap (a contract or tender price), the cost. The percentage is taken of the
 * level's `base` (for example 50% of the loan interest of the first two years). With `priority: true` the
 * result is multiplied by the period's priority uplift (rounded down, never above the cost). Explains which bound decided, with its citation, in both languages. An item whose level
 * is not known for the date is an explicit "not modelled" answer (`ok: false`, with `reason.code`), never another period's value.
 * With `funds: 'LOCAL'` and `policy` (a provincial policy pack or an array of them) the provincial
 * instrument in force on `at` prices the item instead (see docs/local-policy.md); without a pack, local funds
 * are not modelled (`reason.code` `no-pack`), never the national level.
 * @param input - `{ item, eligibleCost, at, units?, priority? }` (checked with {@link parseSupportRequest}), or for local funds
 *   `{ item, eligibleCost, at, funds: 'LOCAL', policy, province? }`.
 * @returns `{ ok: true, value: { support, binding, level, citation, explanation, warnings, … } }` or
 *   `{ ok: false, reason: { code, message }, item, at }` (for local funds also `funds` and `packsConsidered`).
 * @throws {@link KhuyenCongError} for an unknown item, a negative or non-Money cost, or a bad date.
 * @category Policy
 * @example
 * computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: money(5_000_000_000), at: '2019-06-01' });
 * // { ok: true, value: { support: { dong: 1000000000 }, binding: 'absolute-cap', … } }
 */
export function computeSupport(input: LocalSupportInput): LocalSupportComputation;
export function computeSupport(input: ComputeSupportInput): SupportComputation;
export function computeSupport(input: ComputeSupportInput | LocalSupportInput): SupportComputation | LocalSupportComputation {
  if (readFundsOption(input) === 'LOCAL') return computeLocalSupport(input, computeNational);
  return computeNational(input as ComputeSupportInput);
}

function computeNational(input: ComputeSupportInput): SupportComputation {
  const { item, eligibleCost, at, units = 1, priority = false } = parseSupportRequest(input);
  const found = supportLevelAt(item, at);
  if (!found.ok) return found;
  const { level, warnings } = found.value;
  let uplift: PriorityUplift | undefined;
  if (priority) {
    uplift = PRIORITY_UPLIFTS.find((u) => inPeriod(at, u.validFrom, u.validTo));
    if (uplift === undefined) {
      return Object.freeze({
        ok: false,
        reason: Object.freeze({
          code: 'priority-uplift-unknown',
          message: text(
            `Mức ưu tiên (bội số so với mức hỗ trợ thông thường) vào ngày ${at} chưa xác minh; thư viện không mô hình hoá.`,
            `The priority uplift (the multiple of the normal level) on ${at} is not verified; the library does not model it.`,
          ),
        }),
        item,
        at,
      });
    }
  }
  const pctAmount = level.percentCap === undefined ? undefined : multiplyMoney(eligibleCost, level.percentCap.ratio, { rounding: 'floor' });
  // With only an absolute cap (or none: a contract price) the support cannot exceed the cost.
  const first = pctAmount ?? eligibleCost;
  const cap = level.absoluteCap === undefined ? undefined : multiplyMoney(level.absoluteCap, ratio(units));
  const capBinds = cap !== undefined && cap.dong < first.dong;
  const normal = capBinds ? cap : first;
  const binding: SupportBinding =
    level.uncapped !== undefined ? 'contract-or-tender' : capBinds ? 'absolute-cap' : pctAmount === undefined ? 'cost' : 'percent-cap';
  // The uplift multiplies the normal support (rounded down to the đồng), never above the cost.
  const support = uplift === undefined ? normal : minMoney(multiplyMoney(normal, uplift.maxFactor, { rounding: 'floor' }), eligibleCost);
  const base = explain(level, eligibleCost, normal, binding, pctAmount, units);
  const explanation =
    uplift === undefined
      ? base
      : text(
          `${base.vi} Ưu tiên: tối đa ${uplift.maxFactor.toString().replace('.', ',')} lần, làm tròn xuống, không vượt chi phí: ${formatDong(support, 'vi')} (${formatCitation(uplift.citation, { locale: 'vi' })}).`,
          `${base.en} Priority: at most ${uplift.maxFactor.toString()} times, rounded down, never above the cost: ${formatDong(support, 'en')} (${formatCitation(uplift.citation, { locale: 'en' })}).`,
        );
  const value: SupportComputed = Object.freeze({
    item,
    at,
    eligibleCost,
    support,
    binding,
    ...(pctAmount === undefined ? {} : { percentAmount: pctAmount }),
    units,
    ...(uplift === undefined ? {} : { priorityUplift: uplift }),
    level,
    citation: level.citation,
    explanation,
    warnings,
  });
  return Object.freeze({ ok: true, value });
}
