import type { LocalizedText } from '../internal/messages.js';
import type { Citation } from '../policy/citation.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { isIsoDate } from '../policy/isoDate.js';
import { money, type Money } from '../quantity/Money.js';
import { ratio, type Ratio } from '../quantity/Ratio.js';
import { safeParseOwn } from '../schema/parseWith.js';
import { issuesFromZod } from '../schema/zodIssues.js';
import { advanceRuleFor } from './advanceRules.js';
import type { FundSourceId } from './catalogues.js';
import type { BudgetLine, DeAn, HistoryEntry } from './DeAn.js';
import { DeAnEventSchema, type DeAnEvent, type DeAnEventJson, type SourceAmount } from './DeAnEvent.js';
import { findEdge, LIFECYCLE_EDGES, pathOf, stateBeforePause, TERMINAL_STATES } from './lifecycle.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { registrationRegimeOn } from './registrationRegimeOn.js';
import { TRANSITION_RULES, type RuleBasis, type TransitionRuleId } from './rules.js';
import { transitionMessages as m } from './transitionMessages.js';
import { DE_AN_EVENT_LABELS, type DeAnState } from './vocabulary.js';

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
 * The result of {@link transition}: the new đề án, or every refusal.
 * @category Projects
 */
export type TransitionResult =
  | { readonly ok: true; readonly deAn: DeAn }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

function refusal(rule: TransitionRuleId, message: LocalizedText, citation?: Citation | null): Refusal {
  const r = TRANSITION_RULES[rule];
  return { rule, message, citation: citation === undefined ? r.citation : citation, basis: r.basis };
}

function refused(refusals: readonly Refusal[]): TransitionResult {
  return deepFreeze({ ok: false, refusals: [...refusals] });
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

function stepLabel(event: DeAnEvent['type']): string {
  return DE_AN_EVENT_LABELS[event].vi;
}

function stepLabelEn(event: DeAnEvent['type']): string {
  return DE_AN_EVENT_LABELS[event].en;
}

function deadlineMessage(event: DeAnEvent['type'], at: string, before: string, planYear: number): LocalizedText {
  const vi = m.deadline({ step: stepLabel(event), at, before, planYear }).vi;
  const en = m.deadline({ step: stepLabelEn(event), at, before, planYear }).en;
  return { vi, en };
}

function optionDeadline(rule: TransitionRuleId, event: DeAnEvent['type'], at: string, before: string | undefined): Refusal[] {
  if (before === undefined || at < before) return [];
  const vi = m.optionDeadline({ step: stepLabel(event), at, before }).vi;
  const en = m.optionDeadline({ step: stepLabelEn(event), at, before }).en;
  return [refusal(rule, { vi, en })];
}

function registrationGuards(deAn: DeAn, event: 'REGISTER' | 'SUBMIT_TO_MINISTRY', at: string, o: TransitionOptions): Refusal[] {
  // A local đề án never reaches SUBMIT_TO_MINISTRY (the diagram refuses it first): only REGISTER gets here.
  if (pathOf(deAn.scope) === 'local') return optionDeadline('registration.local-deadline', event, at, o.localRegisterBefore);
  const regime = registrationRegimeOn(at, o.tt17SwitchDate);
  if (regime.step !== event) return [];
  const planYear = deAn.period.startYear;
  const before = regime.deadline(planYear, o.registerBefore);
  return at < before ? [] : [refusal(regime.rule, deadlineMessage(event, at, before, planYear))];
}

function aboveApproved(what: LocalizedText, line: BudgetLine, total: number): Refusal[] {
  if (total <= line.approved.dong) return [];
  const p = { source: line.source, total, approved: line.approved.dong };
  return [
    refusal('funding.disbursed-within-approved', {
      vi: m.aboveApproved({ ...p, what: what.vi }).vi,
      en: m.aboveApproved({ ...p, what: what.en }).en,
    }),
  ];
}

const DISBURSED: LocalizedText = { vi: 'Số đã chi', en: 'Disbursement' };

function advanceGuards(deAn: DeAn, e: Extract<DeAnEvent, { type: 'ADVANCE' }>, o: TransitionOptions): Refusal[] {
  const expected: FundSourceId = pathOf(deAn.scope) === 'local' ? 'LOCAL' : 'NATIONAL';
  if (e.source !== expected) return [refusal('advance.fund-source', m.fundSource({ source: e.source, expected }))];
  const line = lineOf(deAn, e.source);
  const total = line.advanced.dong + e.amount.dong;
  const out: Refusal[] = [];
  const skipRate = pathOf(deAn.scope) === 'local' && o.localAdvanceRules === 'none';
  if (!skipRate) {
    const rule = advanceRuleFor(deAn.advanceType);
    let rate: Ratio | undefined = rule?.rate;
    let ruleId: TransitionRuleId = rule?.id ?? 'advance.no-sourced-rule';
    if (rule === undefined) {
      rate = o.otherAdvanceLimit;
      if (rate === undefined) return [refusal('advance.no-sourced-rule', m.noSourcedRule({ type: deAn.advanceType }))];
      ruleId = 'advance.no-sourced-rule';
    }
    if (rule?.afterHalfWork === true) {
      const half = ratio(1, 2);
      const done = e.workDone;
      // "more than 50%": exactly half is not enough (S32).
      if (done === undefined || done.numerator * half.denominator <= half.numerator * done.denominator) {
        out.push(refusal('advance.half-work-required', m.halfWork({ workDone: done === undefined ? '—' : done.toString() })));
      }
    }
    const r = rate as Ratio;
    // total ≤ approved × n/d, compared exactly as total·d ≤ approved·n.
    if (BigInt(total) * r.denominator > BigInt(line.approved.dong) * r.numerator) {
      const cap = (BigInt(line.approved.dong) * r.numerator) / r.denominator;
      const pct = (Number((r.numerator * 10000n) / r.denominator) / 100).toString();
      out.push(refusal(ruleId, m.advanceCap({ rate: pct, total, cap, approved: line.approved.dong })));
    }
  }
  out.push(...aboveApproved(DISBURSED, line, line.disbursed.dong + e.amount.dong));
  return out;
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
      const out: Refusal[] = e.type === 'ADJUST' ? optionDeadline('adjustment.deadline', e.type, at, o.adjustBefore) : [];
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
      return { refusals: out, budget: withLines(deAn, lines) };
    }
    case 'ADVANCE': {
      const line = lineOf(deAn, e.source);
      const next = { ...line, advanced: money(line.advanced.dong + e.amount.dong), disbursed: money(line.disbursed.dong + e.amount.dong) };
      return { refusals: advanceGuards(deAn, e, o), budget: withLines(deAn, [next]) };
    }
    case 'DISBURSE': {
      const line = lineOf(deAn, e.source);
      const total = line.disbursed.dong + e.amount.dong;
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
      const out: Refusal[] = [];
      const lines: BudgetLine[] = [];
      for (const [source, settled] of amountsBySource(e.settled)) {
        const line = lineOf(deAn, source);
        if (settled.dong > line.approved.dong) {
          const p = { source, total: settled.dong, approved: line.approved.dong };
          out.push(
            refusal('settlement.within-approved', {
              vi: m.aboveApproved({ ...p, what: 'Số quyết toán' }).vi,
              en: m.aboveApproved({ ...p, what: 'Settlement' }).en,
            }),
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
 * @returns `{ ok: true, deAn }` or `{ ok: false, refusals }`.
 * @category Projects
 * @example
 * transition(contracted, { type: 'ADVANCE', source: 'NATIONAL', amount: 300_000_000 }, { at: '2020-03-02' });
 * // { ok: false, refusals: [{ rule: 'advance.70-on-contract', basis: 'law', citation: { instrument: 'TT-36-2013-BCT', … },
 * //   message: { en: 'Total advances of 300,000,000 đồng exceed 70% of the approved 400,000,000 đồng (at most 280,000,000 đồng).', … } }] }
 */
export function transition(deAn: DeAn, event: DeAnEventJson | DeAnEvent, context: TransitionContext): TransitionResult {
  const parsed = safeParseOwn(DeAnEventSchema, event); // the serialised form, or an event parseDeAnEvent returned
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error.issues, PROJECT_PARSE_OPTIONS);
    return refused(
      issues.map((i) => {
        const where = i.path.length > 0 ? `${i.path.join('.')}: ` : '';
        return refusal('input.invalid-event', {
          vi: m.invalidEvent({ details: `${where}${i.message.vi}` }).vi,
          en: m.invalidEvent({ details: `${where}${i.message.en}` }).en,
        });
      }),
    );
  }
  const e = parsed.data;
  const { at } = context;
  const o = context.options ?? {};
  if (!isIsoDate(at)) return refused([refusal('input.invalid-date', m.invalidDate({ at: String(at) }))]);
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
    deAn: {
      ...deAn,
      budget: step.budget ?? deAn.budget,
      indicators: step.indicators ?? deAn.indicators,
      history: [...deAn.history, entry],
    },
  });
}
