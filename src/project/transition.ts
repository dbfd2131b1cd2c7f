import { text, type LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { NoAnswer } from '../internal/result.js';
import { checkDate } from '../internal/date.js';
import { KhuyenCongError } from '../internal/errors.js';
import { RULE_DATES } from '../eligibility/regimeDates.js';
import { money, type Money } from '../quantity/Money.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { safeParseOwn } from '../schema/parseWith.js';
import { issuesFromZod } from '../schema/zodIssues.js';
import { checkLocalApproval } from '../policy/packs/localApproval.js';
import { advanceRuleFor, type AdvanceRule } from './advanceRules.js';
import type { FundSourceId } from './catalogues.js';
import type { BudgetLine, DeAn, HistoryEntry } from './DeAn.js';
import { DeAnEventSchema, type DeAnEvent, type DeAnEventJson, type SourceAmount } from './DeAnEvent.js';
import { findEdge, LIFECYCLE_EDGES, pathOf, stateBeforePause, TERMINAL_STATES } from './lifecycle.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { registrationRegimeOn } from './registrationRegimeOn.js';
import { TRANSITION_RULES, type RuleBasis, type TransitionRuleId } from './rules.js';
import { transitionMessages as m } from './transitionMessages.js';
import { DEFAULT_TT17_SWITCH_DATE } from './registrationRegime.js';
import { PROJECT_SCOPE_IDS } from './catalogues.js';
import { CITE_GROUP, CITE_FLAGSHIP, tt36Text } from './lifecycle.js';
import { DE_AN_EVENT_LABELS, type AdjustmentApprover, type AdjustmentChange, type DeAnState } from './vocabulary.js';

/**
 * Options of {@link transition}. None of them is law unless its description cites a source.
 * @category Projects
 */
export interface TransitionOptions {
  /** First day of the TT 17/2018/TT-BCT registration regime; `DEFAULT_TT17_SWITCH_DATE` (2019-01-01) by default. */
  readonly tt17SwitchDate?: string;
  /**
   * Under TT 36/2013's original wording, "another date the Sở sets" for the dossier (S30): the first late
   * day. Also used as the first late day of the Sở's report under TT 17/2018 when given.
   */
  readonly registerBefore?: string;
  /**
   * Under TT 36/2013's original wording, "trường hợp khác theo hướng dẫn của Cục" for the Sở's registration
   * to the Cục (Art. 10(2)(b)): the first late day instead of 15 June. Under TT 17/2018 it replaces 20 June
   * (before `registerBefore`).
   */
  readonly submitBefore?: string;
  /** Option, not law: the first late day for registering a local đề án (provinces set their own). */
  readonly localRegisterBefore?: string;
  /** Option, not law: the first late day for acceptance (nghiệm thu). */
  readonly acceptBefore?: string;
  /** Option, not law: the first late day for an adjustment. */
  readonly adjustBefore?: string;
  /** Option, not law: the advance share allowed for đề án types the sources give no rule for (`OTHER`). */
  readonly otherAdvanceLimit?: Ratio;
  /**
   * Option, not law: whether TT 36/2013's national advance rules also limit local đề án (`'tt36'`, the
   * default, a conservative reading) or only the approved amount does (`'none'`).
   */
  readonly localAdvanceRules?: 'tt36' | 'none';
  /**
   * The province's policy pack (or packs) for a local đề án: `parsePolicyPack` output or its JSON. Given, an
   * `APPROVE` or `ADJUST` of a local đề án that sets the LOCAL approved amount is refused
   * (`funding.local-pack-level`, citing the provincial instrument) when the amount passes the support the pack
   * prices on the day for the đề án's support items; a line the pack does not price leaves the amount
   * unchecked. Without it no level is checked for local funds (never the national one). A malformed pack is
   * refused (`input.invalid-policy`).
   */
  readonly policy?: unknown;
}

/**
 * The context of a transition: the day it happens, optionally who and why, and options.
 * @category Projects
 */
export interface TransitionContext {
  /** The day of the step, `YYYY-MM-DD`; not before the last step of the history. */
  readonly at: string;
  readonly actor?: string;
  readonly note?: string;
  readonly options?: TransitionOptions;
}

/**
 * Why a transition was refused: the rule, a bilingual message with the figures, the rule's citation
 * (`null` for options and consistency rules without a provision) and its basis.
 * @category Projects
 */
export interface Refusal {
  readonly rule: TransitionRuleId;
  readonly message: LocalizedText;
  readonly citation: Citation | null;
  readonly basis: RuleBasis;
}

/**
 * The result of {@link transition}, a `Result`: `{ ok: true, value }` with the new đề án, or
 * `{ ok: false, reason, refusals }` with the first refusal as `reason` (`code` = its rule, `message`) and every
 * refusal in `refusals`.
 * @category Projects
 */
export type TransitionResult =
  | { readonly ok: true; readonly value: DeAn }
  | { readonly ok: false; readonly reason: NoAnswer<TransitionRuleId>; readonly refusals: readonly Refusal[] };

function refusal(rule: TransitionRuleId, message: LocalizedText, citation?: Citation | null): Refusal {
  const r = TRANSITION_RULES[rule];
  return { rule, message, citation: citation === undefined ? r.citation : citation, basis: r.basis };
}

/** Never called with no refusal: a failed parse has an issue, a refused step a rule. */
function refused(refusals: readonly Refusal[]): TransitionResult {
  const first = refusals[0] as Refusal;
  return deepFreeze({ ok: false, reason: { code: first.rule, message: first.message }, refusals: [...refusals] });
}

const ZERO: Money = money(0);

function lineOf(deAn: DeAn, source: FundSourceId): BudgetLine {
  return deAn.budget.find((b) => b.source === source) ?? { source, approved: ZERO, advanced: ZERO, disbursed: ZERO, settled: ZERO };
}

function withLines(deAn: DeAn, lines: readonly BudgetLine[]): readonly BudgetLine[] {
  const bySource = new Map(deAn.budget.map((b) => [b.source, b] as const));
  for (const l of lines) bySource.set(l.source, l);
  return [...bySource.values()];
}

function deadlineMessage(event: DeAnEvent['type'], at: string, before: string, planYear: number): LocalizedText {
  return m.deadline({ step: DE_AN_EVENT_LABELS[event], at, before, planYear });
}

function optionDeadline(rule: TransitionRuleId, event: DeAnEvent['type'], at: string, before: string | undefined): Refusal[] {
  if (before === undefined || at < before) return [];
  return [refusal(rule, m.optionDeadline({ step: DE_AN_EVENT_LABELS[event], at, before }))];
}

function registrationGuards(deAn: DeAn, event: 'REGISTER' | 'SUBMIT_TO_MINISTRY', at: string, o: TransitionOptions): Refusal[] {
  const out: Refusal[] = [];
  if (event === 'REGISTER' && at < RULE_DATES.TT36_FROM) {
    // TT 36/2013 Art. 2(3) defines the flagship đề án and Art. 10(1)(a) the group đề án; neither exists before it.
    const p = { at, from: RULE_DATES.TT36_FROM };
    if (deAn.scope === 'NATIONAL_FLAGSHIP') {
      out.push(refusal('scope.flagship-from-tt36', m.notBeforeTt36({ ...p, what: text('Đề án khuyến công quốc gia điểm', 'A national flagship đề án') }), CITE_FLAGSHIP));
    }
    if (deAn.group) {
      out.push(refusal('scope.group-from-tt36', m.notBeforeTt36({ ...p, what: text('Đề án lập theo nhóm', 'A group đề án') }), CITE_GROUP));
    }
  }
  // A local đề án never reaches SUBMIT_TO_MINISTRY (the diagram refuses it first): only REGISTER gets here.
  if (pathOf(deAn.scope) === 'local') return [...out, ...optionDeadline('registration.local-deadline', event, at, o.localRegisterBefore)];
  // Before 2014-02-10 QĐ 08/2008/QĐ-BCT governed (not modelled): no deadline is checked, TT 36's never.
  const regime = registrationRegimeOn(at, o.tt17SwitchDate);
  const planYear = deAn.period.startYear;
  for (const d of regime.deadlines) {
    if (d.step !== event) continue;
    const override = d.rule === 'registration.deadline-20-may' ? o.registerBefore : d.rule === 'registration.report-deadline-15-june' ? o.submitBefore : (o.submitBefore ?? o.registerBefore);
    const before = d.deadline(planYear, override);
    if (at >= before) out.push(refusal(d.rule, deadlineMessage(event, at, before, planYear), d.citation));
  }
  return out;
}

const MAX_DONG = Number.MAX_SAFE_INTEGER;

/** A sum of whole đồng, or a refusal when it would pass 2^53 − 1 (never a thrown `money.out-of-range`). */
function sumDong(a: number, b: number, what: LocalizedText): number | Refusal {
  const total = a + b;
  if (total <= MAX_DONG) return total;
  return refusal('funding.amount-out-of-range', m.outOfRange({ what }));
}

function aboveApproved(what: LocalizedText, line: BudgetLine, total: number): Refusal[] {
  if (total <= line.approved.dong) return [];
  const p = { source: line.source, total, approved: line.approved.dong };
  return [
    refusal('funding.disbursed-within-approved', m.aboveApproved({ ...p, what })),
  ];
}

const DISBURSED: LocalizedText = { vi: 'Số đã chi', en: 'Disbursement' };

const HALF = ratio(1, 2);
const SEVENTY = ratio(7, 10);

/** Whether `done` is strictly more than `bound` (exact rational comparison). */
function moreThan(done: Ratio | undefined, bound: Ratio): boolean {
  return done !== undefined && done.numerator * bound.denominator > bound.numerator * done.denominator;
}

/** The refusal when `total` passes `rate` × approved, compared exactly as total·d ≤ approved·n. */
function capRefusal(ruleId: TransitionRuleId, rate: Ratio, total: number, approved: number, citation?: Citation | null): Refusal[] {
  if (BigInt(total) * rate.denominator <= BigInt(approved) * rate.numerator) return [];
  const cap = (BigInt(approved) * rate.numerator) / rate.denominator;
  const pct = (Number((rate.numerator * 10000n) / rate.denominator) / 100).toString();
  return [refusal(ruleId, m.advanceCap({ rate: pct, total, cap, approved }), citation)];
}

function conditionRefusals(rule: AdvanceRule, e: Extract<DeAnEvent, { type: 'ADVANCE' }>): Refusal[] {
  const shown = e.workDone === undefined ? '—' : e.workDone.toString();
  switch (rule.condition) {
    case 'half-work':
      // "trên 50%": exactly half is not enough (TT 36/2013 Art. 13(1)(b)).
      return moreThan(e.workDone, HALF) ? [] : [refusal('advance.half-work-required', m.halfWork({ workDone: shown }), rule.citation)];
    case 'investment-70':
      // "tương ứng trên 70% tổng vốn đầu tư" (Art. 13(2)(d)).
      return moreThan(e.workDone, SEVENTY) ? [] : [refusal('advance.investment-70-required', m.investment70({ workDone: shown }), rule.citation)];
    case 'acceptance':
      // "biên bản nghiệm thu cơ sở" among the advance papers (Art. 13(3)(b)).
      return e.groundAccepted === true ? [] : [refusal('advance.acceptance-required', m.acceptanceRequired({}), rule.citation)];
    default:
      return [];
  }
}

function advanceGuards(deAn: DeAn, e: Extract<DeAnEvent, { type: 'ADVANCE' }>, at: string, o: TransitionOptions, total: number): Refusal[] {
  const expected: FundSourceId = pathOf(deAn.scope) === 'local' ? 'LOCAL' : 'NATIONAL';
  if (e.source !== expected) return [refusal('advance.fund-source', m.fundSource({ source: e.source, expected }))];
  const line = lineOf(deAn, e.source);
  const out: Refusal[] = [];
  const skipRate = pathOf(deAn.scope) === 'local' && o.localAdvanceRules === 'none';
  if (!skipRate) {
    const rule = advanceRuleFor(deAn.advanceType, at, o.tt17SwitchDate ?? DEFAULT_TT17_SWITCH_DATE);
    if (rule === undefined) {
      const rate = o.otherAdvanceLimit;
      if (rate === undefined) {
        const message = at < RULE_DATES.TT36_FROM ? m.beforeTt36Advance({ at, from: RULE_DATES.TT36_FROM }) : m.noSourcedRule({ type: deAn.advanceType });
        return [refusal('advance.no-sourced-rule', message)];
      }
      out.push(...capRefusal('advance.no-sourced-rule', rate, total, line.approved.dong));
    } else {
      out.push(...conditionRefusals(rule, e), ...capRefusal(rule.id, rule.rate, total, line.approved.dong, rule.citation));
    }
  }
  // TTLT 26/2014 Art. 8(2)(b), in force 2014-04-08 until TT 28/2018 replaced it: advances "không quá 70% tổng
  // kinh phí khuyến công hỗ trợ" for every đề án, national or local.
  if (at >= RULE_DATES.TTLT26_FROM && at < RULE_DATES.TT28_FROM) {
    out.push(...capRefusal('advance.ttlt26-70-percent', SEVENTY, total, line.approved.dong));
  }
  out.push(...aboveApproved(DISBURSED, line, line.disbursed.dong + e.amount.dong));
  return out;
}

const RANK: { readonly [A in AdjustmentApprover]: number } = { DOIT: 0, CUC: 1, MINISTRY: 2 };
const MINISTRY_CHANGES: readonly AdjustmentChange[] = ['INCREASE_FUNDING', 'CHANGE_CONTENT', 'EXTEND_NEXT_YEAR', 'SUPPLEMENT', 'STOP'];
const GROUP_DOIT_CHANGES: readonly AdjustmentChange[] = ['CHANGE_PLACE', 'CHANGE_PARTNER', 'CHANGE_BENEFICIARY'];
const APPROVER_LABEL: { readonly [A in AdjustmentApprover]: LocalizedText } = {
  DOIT: { vi: 'Sở Công Thương', en: 'the Department (Sở Công Thương)' },
  CUC: { vi: 'Cục Công nghiệp địa phương', en: 'the Cục' },
  MINISTRY: { vi: 'Bộ Công Thương', en: 'the Ministry' },
};

/**
 * TT 36/2013 Art. 11, original wording (national đề án, from 2014-02-10 until TT 17/2018): the Ministry
 * approves funding increases, content changes, extension into the next year, supplements and stops
 * (11(2)(a)); the Cục the rest (11(2)(b)); the Sở place, partner and beneficiary changes of group đề án
 * (11(4)). Checked only when the event says who approved it.
 */
function approverGuard(deAn: DeAn, e: Extract<DeAnEvent, { type: 'ADJUST' }>, at: string, o: TransitionOptions): Refusal[] {
  if (e.approvedBy === undefined || pathOf(deAn.scope) === 'local') return [];
  if (at < RULE_DATES.TT36_FROM || at >= (o.tt17SwitchDate ?? DEFAULT_TT17_SWITCH_DATE)) return [];
  const changes = e.changes ?? [];
  const current = lineOf(deAn, 'NATIONAL').approved.dong;
  const increase = (e.approved ?? []).some((a) => a.source === 'NATIONAL' && a.amount.dong > current);
  let required: AdjustmentApprover = 'CUC';
  let citation = tt36Text(11, 2, 'b');
  if (increase || changes.some((c) => MINISTRY_CHANGES.includes(c))) {
    required = 'MINISTRY';
    citation = tt36Text(11, 2, 'a');
  } else if (deAn.group && changes.length > 0 && changes.every((c) => GROUP_DOIT_CHANGES.includes(c))) {
    required = 'DOIT';
    citation = tt36Text(11, 4);
  }
  if (RANK[e.approvedBy] >= RANK[required]) return [];
  const p = { approvedBy: e.approvedBy, required };
  return [
    refusal(
      'adjustment.approver',
      m.approver({ approvedBy: APPROVER_LABEL[p.approvedBy], required: APPROVER_LABEL[required] }),
      citation,
    ),
  ];
}

/**
 * TT 36/2013 Art. 18(2), original wording: the Cục closes the contract and settles "không được chậm quá ngày
 * 22 tháng 01 của năm sau" — the year after the last acceptance, for national đề án accepted while the
 * original wording was in force.
 */
function settlementDeadline(deAn: DeAn, at: string, o: TransitionOptions): Refusal[] {
  if (pathOf(deAn.scope) === 'local') return [];
  let accepted: string | undefined;
  for (const h of deAn.history) if (h.event === 'ACCEPT') accepted = h.at;
  if (accepted === undefined || accepted < RULE_DATES.TT36_FROM || accepted >= (o.tt17SwitchDate ?? DEFAULT_TT17_SWITCH_DATE)) return [];
  const year = Number(accepted.slice(0, 4));
  const last = `${String(year + 1).padStart(4, '0')}-01-22`;
  if (at <= last) return [];
  return [refusal('settlement.deadline-22-january', m.settleDeadline({ at, before: last, year }))];
}

/**
 * The approved LOCAL amount of a local đề án against its province's pack (`options.policy`): refused above the
 * support the pack prices for the đề án's lines on the day. No pack, another fund or a national đề án: no check.
 */
function localPackGuard(deAn: DeAn, approved: Money | undefined, at: string, policy: unknown): Refusal[] {
  if (policy === undefined || approved === undefined || pathOf(deAn.scope) !== 'local') return [];
  let message: LocalizedText | undefined;
  try {
    const checked = checkLocalApproval({ lines: deAn.supportItems, province: deAn.province, at, policy, approved });
    message = checked.ok ? undefined : checked.reason.message;
  } catch (err) {
    const issues = err instanceof KhuyenCongError ? err.issues : [];
    const bad = issues.filter((i) => i.path[0] === 'policy');
    if (bad.length === 0) return [refusal('input.invalid-de-an', m.invalidDeAn({ what: 'đề án' }))];
    return bad.slice(0, 10).map((i) => {
      const where = ['options', ...i.path].join('.');
      return refusal('input.invalid-policy', { vi: `${where}: ${i.message.vi}`, en: `${where}: ${i.message.en}` });
    });
  }
  return message === undefined ? [] : [refusal('funding.local-pack-level', message, null)];
}

function notAllowed(deAn: DeAn, state: DeAnState, event: DeAnEvent['type']): Refusal {
  const path = pathOf(deAn.scope);
  if (event === 'SETTLE') return refusal('settlement.after-acceptance', m.settleBeforeAcceptance({ state }));
  if (event === 'SUBMIT_TO_MINISTRY' && path === 'local') return refusal('lifecycle.local-no-ministry', m.localNoMinistry({}));
  if (event === 'APPROVE' && path === 'national' && state === 'GRASSROOTS_APPRAISAL') {
    return refusal('lifecycle.national-needs-ministry', m.nationalNeedsMinistry({}));
  }
  const edges = LIFECYCLE_EDGES.filter((x) => x.event === event && (x.path === 'both' || x.path === path));
  const from = [...new Set(edges.flatMap((x) => x.from))].join(', ');
  return refusal('lifecycle.not-allowed', m.notAllowed({ event, state, from }), edges[0]?.citation ?? null);
}

function amountsBySource(list: readonly SourceAmount[]): Map<FundSourceId, Money> {
  return new Map(list.map((a) => [a.source, a.amount] as const));
}

interface Step {
  readonly refusals: readonly Refusal[];
  readonly budget?: readonly BudgetLine[];
  readonly indicators?: DeAn['indicators'];
}

function guardAndApply(deAn: DeAn, e: DeAnEvent, at: string, o: TransitionOptions): Step {
  switch (e.type) {
    case 'REGISTER':
    case 'SUBMIT_TO_MINISTRY':
      return { refusals: registrationGuards(deAn, e.type, at, o) };
    case 'APPROVE':
    case 'ADJUST': {
      const out: Refusal[] = e.type === 'ADJUST' ? [...optionDeadline('adjustment.deadline', e.type, at, o.adjustBefore), ...approverGuard(deAn, e, at, o)] : [];
      const lines: BudgetLine[] = [];
      for (const [source, approved] of amountsBySource(e.approved ?? [])) {
        const line = lineOf(deAn, source);
        if (approved.dong < line.disbursed.dong) {
          out.push(
            refusal('adjustment.not-below-disbursed', m.belowDisbursed({ source, approved: approved.dong, disbursed: line.disbursed.dong })),
          );
        }
        lines.push({ ...line, approved });
      }
      out.push(...localPackGuard(deAn, amountsBySource(e.approved ?? []).get('LOCAL'), at, o.policy));
      return { refusals: out, budget: withLines(deAn, lines) };
    }
    case 'ADVANCE': {
      const line = lineOf(deAn, e.source);
      const advanced = sumDong(line.advanced.dong, e.amount.dong, { vi: 'Tổng tạm ứng', en: 'Total advances' });
      const disbursed = sumDong(line.disbursed.dong, e.amount.dong, DISBURSED);
      if (typeof advanced !== 'number') return { refusals: [advanced] };
      if (typeof disbursed !== 'number') return { refusals: [disbursed] };
      const next = { ...line, advanced: money(advanced), disbursed: money(disbursed) };
      return { refusals: advanceGuards(deAn, e, at, o, advanced), budget: withLines(deAn, [next]) };
    }
    case 'DISBURSE': {
      const line = lineOf(deAn, e.source);
      const total = sumDong(line.disbursed.dong, e.amount.dong, DISBURSED);
      if (typeof total !== 'number') return { refusals: [total] };
      return { refusals: aboveApproved(DISBURSED, line, total), budget: withLines(deAn, [{ ...line, disbursed: money(total) }]) };
    }
    case 'ACCEPT': {
      const out = optionDeadline('acceptance.deadline', e.type, at, o.acceptBefore);
      const results = new Map((e.results ?? []).map((x) => [x.indicator, x.result] as const));
      for (const id of results.keys()) {
        if (!deAn.indicators.some((i) => i.id === id)) out.push(refusal('acceptance.unknown-indicator', m.unknownIndicator({ id })));
      }
      const indicators = deAn.indicators.map((i) => {
        const result = results.get(i.id);
        return result === undefined ? i : { ...i, result };
      });
      return { refusals: out, indicators };
    }
    case 'SETTLE': {
      const out: Refusal[] = settlementDeadline(deAn, at, o);
      const lines: BudgetLine[] = [];
      for (const [source, settled] of amountsBySource(e.settled)) {
        const line = lineOf(deAn, source);
        if (settled.dong > line.approved.dong) {
          const p = { source, total: settled.dong, approved: line.approved.dong };
          out.push(
            refusal('settlement.within-approved', m.aboveApproved({ ...p, what: text('Số quyết toán', 'Settlement') })),
          );
        }
        lines.push({ ...line, settled });
      }
      return { refusals: out, budget: withLines(deAn, lines) };
    }
    default:
      return { refusals: [] };
  }
}

/** The option dates, each checked with the one date validator. */
const DATE_OPTIONS = ['tt17SwitchDate', 'registerBefore', 'submitBefore', 'localRegisterBefore', 'acceptBefore', 'adjustBefore'] as const;

function dateRefusal(value: unknown, path: readonly string[]): Refusal[] {
  try {
    checkDate(value, path);
    return [];
  } catch (err) {
    const i = (err as KhuyenCongError).issues[0] as KhuyenCongError['issues'][number];
    const where = path.join('.');
    return [refusal('input.invalid-date', { vi: `${where}: ${i.message.vi}`, en: `${where}: ${i.message.en}` })];
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMoney = (v: unknown): boolean => isObject(v) && Number.isSafeInteger(v['dong']) && (v['dong'] as number) >= 0;

/** Whether a value has the shape of a parsed đề án, as far as {@link transition} reads it (linear). */
function isParsedDeAn(d: unknown): d is DeAn {
  if (!isObject(d)) return false;
  const h = d['history'];
  const b = d['budget'];
  const p = d['period'];
  return (
    Array.isArray(h) &&
    h.length > 0 &&
    h.every((x) => isObject(x) && typeof x['state'] === 'string' && typeof x['event'] === 'string' && typeof x['at'] === 'string') &&
    Array.isArray(b) &&
    b.every((x) => isObject(x) && typeof x['source'] === 'string' && isMoney(x['approved']) && isMoney(x['advanced']) && isMoney(x['disbursed']) && isMoney(x['settled'])) &&
    isObject(p) &&
    Number.isInteger(p['startYear']) &&
    (PROJECT_SCOPE_IDS as readonly unknown[]).includes(d['scope']) &&
    typeof d['group'] === 'boolean' &&
    typeof d['advanceType'] === 'string' &&
    Array.isArray(d['indicators'])
  );
}

/** The checked day and options, or the refusals: a malformed đề án or context, or an invalid date. */
function checkInputs(deAn: unknown, context: unknown): Refusal[] | { readonly at: string; readonly o: TransitionOptions } {
  try {
    if (!isParsedDeAn(deAn)) return [refusal('input.invalid-de-an', m.invalidDeAn({ what: 'đề án' }))];
    if (!isObject(context) || (context['options'] !== undefined && !isObject(context['options']))) {
      return [refusal('input.invalid-de-an', m.invalidDeAn({ what: 'context' }))];
    }
    const out = dateRefusal(context['at'], ['at']);
    const o = (context['options'] ?? {}) as Record<string, unknown>;
    for (const k of DATE_OPTIONS) if (o[k] !== undefined) out.push(...dateRefusal(o[k], ['options', k]));
    return out.length > 0 ? out : { at: context['at'] as string, o: o as TransitionOptions };
  } catch {
    // A Proxy or a getter that throws somewhere in the input.
    return [refusal('input.invalid-de-an', m.invalidDeAn({ what: 'đề án' }))];
  }
}

/**
 * Takes a đề án one step through its lifecycle, checking the legal rules as guards. Pure: the input is
 * never changed; the result is a new, deeply frozen đề án whose history ends with the step. Refused steps
 * name every rule they break, with a bilingual message and the rule's citation.
 *
 * The event is a command in its plain serialised form (`{ type: 'ADVANCE', source: 'NATIONAL', amount:
 * 280_000_000 }`), checked against `DeAnEventSchema`. Money moves: `APPROVE`/`ADJUST` set approved
 * amounts, `ADVANCE` adds to advanced and disbursed, `DISBURSE` to disbursed, `SETTLE` sets settled.
 * @param deAn - a parsed đề án.
 * @param event - the event.
 * @param context - the day, actor, note and options.
 * @returns `{ ok: true, value }` with the new đề án, or `{ ok: false, reason, refusals }`.
 * @category Projects
 * @example
 * transition(contracted, { type: 'ADVANCE', source: 'NATIONAL', amount: 300_000_000 }, { at: '2020-03-02' });
 * // { ok: false, reason: (the first refusal's rule and message), refusals: [{ rule: 'advance.70-on-contract', basis: 'law', citation: { instrument: 'TT-36-2013-BCT', … },
 * //   message: { en: 'Total advances of 300,000,000 đồng exceed 70% of the approved 400,000,000 đồng (at most 280,000,000 đồng).', … } }] }
 */
export function transition(deAn: DeAn, event: DeAnEventJson | DeAnEvent, context: TransitionContext): TransitionResult {
  let parsed: ReturnType<typeof DeAnEventSchema.safeParse>;
  try {
    parsed = safeParseOwn(DeAnEventSchema, event); // the serialised form, or an event parseDeAnEvent returned
  } catch {
    // A Proxy or a getter that throws: not a plain JSON event.
    return refused([refusal('input.invalid-event', m.invalidEvent({ details: text('—', '—') }))]);
  }
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error.issues, PROJECT_PARSE_OPTIONS);
    return refused(
      issues.map((i) => {
        const where = i.path.length > 0 ? `${i.path.join('.')}: ` : '';
        return refusal('input.invalid-event', m.invalidEvent({ details: text(`${where}${i.message.vi}`, `${where}${i.message.en}`) }));
      }),
    );
  }
  const e = parsed.data;
  const checked = checkInputs(deAn, context);
  if (Array.isArray(checked)) return refused(checked);
  const { at, o } = checked;
  const last = deAn.history[deAn.history.length - 1] as HistoryEntry;
  if (at < last.at) return refused([refusal('history.chronological', m.chronological({ at, previous: last.at }))]);
  const state = last.state;
  if (TERMINAL_STATES.includes(state)) return refused([refusal('lifecycle.terminal', m.terminal({ state }))]);
  const edge = findEdge(deAn.scope, state, e.type);
  if (edge === undefined) return refused([notAllowed(deAn, state, e.type)]);
  const step = guardAndApply(deAn, e, at, o);
  if (step.refusals.length > 0) return refused(step.refusals);
  const to = edge.to === 'PREVIOUS' ? (stateBeforePause(deAn.history.map((h) => h.state)) as DeAnState) : edge.to;
  const entry: HistoryEntry = {
    state: to,
    event: e.type,
    at,
    ...(context.actor === undefined ? {} : { actor: context.actor }),
    ...(context.note === undefined ? {} : { note: context.note }),
  };
  return deepFreeze({
    ok: true,
    value: {
      ...deAn,
      budget: step.budget ?? deAn.budget,
      indicators: step.indicators ?? deAn.indicators,
      history: [...deAn.history, entry],
    },
  });
}
