import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
import type { LocalizedText } from '../internal/messages.js';
import type { Money } from '../quantity/Money.js';
import { COUNT_UNITS, type CountUnit } from '../quantity/units.js';
import { encodeWith, parseWith, safeParseWith } from '../schema/parseWith.js';
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MoneySchema,
  NameSchema,
  YearSchema,
} from '../schema/primitives.js';
import {
  ACTIVITY_CATEGORY_IDS,
  FUND_SOURCE_IDS,
  PROJECT_SCOPE_IDS,
  SUPPORT_ITEM_IDS,
  type ActivityCategoryId,
  type FundSourceId,
  type ProjectScopeId,
  type SupportItemId,
} from './catalogues.js';
import { EstablishmentSchema, type Establishment, type EstablishmentJson } from './Establishment.js';
import { nextState } from './lifecycle.js';
import { projectMessages as m } from './messages.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ProvinceRefSchema, type ProvinceRef, type ProvinceRefJson } from './ProvinceRef.js';
import { report, reportDuplicates } from './refine.js';
import {
  ADVANCE_TYPES,
  DE_AN_EVENT_TYPES,
  DE_AN_STATES,
  IMPLEMENTING_UNIT_KINDS,
  type AdvanceType,
  type DeAnEventType,
  type DeAnState,
  type ImplementingUnitKind,
} from './vocabulary.js';

const COUNT_UNIT_IDS = Object.keys(COUNT_UNITS) as [CountUnit, ...CountUnit[]];

/**
 * The years a đề án or a programme runs: a year or a period of years, both ends included (a one-year đề án
 * has `startYear === endYear`). Invariant: `startYear ≤ endYear`.
 * @category Projects
 */
export interface DeAnPeriod {
  /** The first year (2000–2100). */
  readonly startYear: number;
  /** The last year, included (2000–2100, not before `startYear`). */
  readonly endYear: number;
}

/**
 * A year or a period of years (a one-year đề án has `startYear === endYear`): the schema of a {@link DeAnPeriod}.
 * @category Projects
 */
export const PeriodSchema = z
  .strictObject({ startYear: YearSchema, endYear: YearSchema })
  .readonly()
  .superRefine((p, ctx) => {
    if (p.endYear < p.startYear) report(ctx, 'project.period-order', m.periodOrder({ start: p.startYear, end: p.endYear }), ['endYear']);
  }) satisfies z.ZodType<DeAnPeriod>;

/**
 * The funding of a đề án from one source: approved (dự toán được duyệt), advanced (tạm ứng, cumulative),
 * disbursed (đã thanh toán, cumulative, advances included) and settled (quyết toán) amounts, each whole
 * đồng. Invariant: advanced ≤ disbursed ≤ approved.
 * @category Projects
 */
export interface BudgetLine {
  /** The funding source (policy `FUND_SOURCES`): national, local, counterpart or other. */
  readonly source: FundSourceId;
  /** The approved amount (dự toán được duyệt). */
  readonly approved: Money;
  /** The amount advanced so far (tạm ứng, cumulative). */
  readonly advanced: Money;
  /** The amount disbursed so far (đã thanh toán, cumulative, advances included). */
  readonly disbursed: Money;
  /** The settled amount (quyết toán); zero until settlement. */
  readonly settled: Money;
}

/**
 * The schema of a {@link BudgetLine}: its JSON form holds whole-đồng integers; checks advanced ≤ disbursed ≤
 * approved.
 * @category Projects
 */
export const BudgetLineSchema = z
  .strictObject({
    source: z.enum(FUND_SOURCE_IDS),
    approved: MoneySchema,
    advanced: MoneySchema,
    disbursed: MoneySchema,
    settled: MoneySchema,
  })
  .readonly()
  .superRefine((b, ctx) => {
    if (b.advanced.dong > b.disbursed.dong) {
      report(ctx, 'project.advanced-above-disbursed', m.amountOrder({ small: 'advanced', big: 'disbursed', smallDong: b.advanced.dong, bigDong: b.disbursed.dong }), ['advanced']);
    }
    if (b.disbursed.dong > b.approved.dong) {
      report(ctx, 'project.disbursed-above-approved', m.amountOrder({ small: 'disbursed', big: 'approved', smallDong: b.disbursed.dong, bigDong: b.approved.dong }), ['disbursed']);
    }
  }) satisfies z.ZodType<BudgetLine>;

/**
 * A support item of the đề án (policy's support-item ids) with the eligible cost it is computed on.
 * @category Projects
 */
export interface SupportLine {
  /** The support item (policy `SUPPORT_ITEMS`). */
  readonly item: SupportItemId;
  /** The eligible cost the support is computed on. */
  readonly eligibleCost: Money;
}

/**
 * The schema of a {@link SupportLine}.
 * @category Projects
 */
export const SupportLineSchema = z
  .strictObject({ item: z.enum(SUPPORT_ITEM_IDS), eligibleCost: MoneySchema })
  .readonly() satisfies z.ZodType<SupportLine>;

/**
 * An indicator of a đề án or programme: an id, a bilingual label, a count unit, the target and (once
 * known) the result, as whole numbers.
 * @category Projects
 */
export interface DeAnIndicator {
  /** The indicator's id, unique within its đề án or programme. */
  readonly id: string;
  /** What is counted, in Vietnamese and English. */
  readonly label: LocalizedText;
  /** The count unit (`COUNT_UNITS`). */
  readonly unit: CountUnit;
  /** The target, a whole number. */
  readonly target: number;
  /** The result, a whole number, once known (set by the `ACCEPT` event). */
  readonly result?: number | undefined;
}

/**
 * The schema of a {@link DeAnIndicator}.
 * @category Projects
 */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema,
    unit: z.enum(COUNT_UNIT_IDS),
    target: z.int().min(0),
    result: z.int().min(0).optional(),
  })
  .readonly() satisfies z.ZodType<DeAnIndicator>;

/**
 * One step of a đề án's history: the state it led to, the event, the date, and optionally who and why.
 * @category Projects
 */
export interface HistoryEntry {
  /** The state the event led to. */
  readonly state: DeAnState;
  /** The lifecycle event. */
  readonly event: DeAnEventType;
  /** The date of the event, `YYYY-MM-DD`. */
  readonly at: string;
  /** Who acted (a unit or a person), up to 200 characters. */
  readonly actor?: string | undefined;
  /** Why, or any remark, up to 2000 characters. */
  readonly note?: string | undefined;
}

/**
 * The schema of a {@link HistoryEntry}.
 * @category Projects
 */
export const HistoryEntrySchema = z
  .strictObject({
    state: z.enum(DE_AN_STATES),
    event: z.enum(DE_AN_EVENT_TYPES),
    at: IsoDateSchema,
    actor: z.string().min(1).max(200).optional(),
    note: z.string().min(1).max(2000).optional(),
  })
  .readonly() satisfies z.ZodType<HistoryEntry>;

/**
 * The unit implementing the đề án (đơn vị thực hiện).
 * @category Projects
 */
export interface ImplementingUnit {
  /** The unit's name. */
  readonly name: string;
  /** What kind of unit it is (`IMPLEMENTING_UNIT_KINDS`). */
  readonly kind: ImplementingUnitKind;
}

/**
 * The schema of an {@link ImplementingUnit}.
 * @category Projects
 */
export const ImplementingUnitSchema = z
  .strictObject({ name: NameSchema, kind: z.enum(IMPLEMENTING_UNIT_KINDS) })
  .readonly() satisfies z.ZodType<ImplementingUnit>;

const DeAnObject = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  scope: z.enum(PROJECT_SCOPE_IDS),
  group: z.boolean(),
  period: PeriodSchema,
  province: ProvinceRefSchema,
  implementingUnit: ImplementingUnitSchema,
  beneficiaries: z.array(EstablishmentSchema).max(10_000).readonly(),
  activity: z.enum(ACTIVITY_CATEGORY_IDS),
  advanceType: z.enum(ADVANCE_TYPES),
  supportItems: z.array(SupportLineSchema).max(1000).readonly(),
  budget: z.array(BudgetLineSchema).max(4).readonly(),
  indicators: z.array(IndicatorSchema).max(1000).readonly(),
  history: z.array(HistoryEntrySchema).min(1).max(10_000).readonly(),
});

type DeAnShape = z.output<typeof DeAnObject>;

function checkHistory(d: DeAnShape, ctx: z.core.$RefinementCtx): void {
  const first = d.history[0];
  if (first !== undefined && (first.event !== 'CREATE' || first.state !== 'DRAFTED')) {
    report(ctx, 'project.history-start', m.historyStart({}), ['history', 0]);
    return;
  }
  const states: DeAnState[] = [];
  d.history.forEach((h, i) => {
    const prev = d.history[i - 1];
    if (prev !== undefined) {
      if (h.at < prev.at) report(ctx, 'project.history-order', m.historyOrder({ at: h.at, previous: prev.at }), ['history', i, 'at']);
      const expected = nextState(d.scope, states, h.event);
      if (expected !== h.state) {
        report(ctx, 'project.history-step', m.historyStep({ event: h.event, from: prev.state, to: h.state }), ['history', i, 'state']);
      }
    }
    states.push(h.state);
  });
}

/**
 * A đề án khuyến công, as parsed: money as {@link Money}, everything readonly and deeply frozen. Its JSON
 * form is {@link DeAnJson}; {@link parseDeAn} reads it and {@link serializeDeAn} writes it back.
 * @category Projects
 */
export interface DeAn {
  /** The đề án's id. */
  readonly id: string;
  /** Its title (tên đề án). */
  readonly title: string;
  /** Its scope (policy `PROJECT_SCOPES`): national, national flagship or local. */
  readonly scope: ProjectScopeId;
  /** Whether it is a group đề án ("các đề án lập theo nhóm", TT 36/2013 Art. 10(1)(a); none before TT 36/2013). */
  readonly group: boolean;
  /** The years it runs. */
  readonly period: DeAnPeriod;
  /** The province where it is carried out, as of a date. */
  readonly province: ProvinceRef;
  /** The unit implementing it (đơn vị thực hiện). */
  readonly implementingUnit: ImplementingUnit;
  /** The establishments it supports (up to 10 000). */
  readonly beneficiaries: readonly Establishment[];
  /** Its activity category (policy `ACTIVITY_CATEGORIES`). */
  readonly activity: ActivityCategoryId;
  /** Its type for the advance rule (TT 36/2013 Art. 13; `ADVANCE_TYPES`). */
  readonly advanceType: AdvanceType;
  /** The support items asked for, each with its eligible cost. */
  readonly supportItems: readonly SupportLine[];
  /** The funding per source (at most one line per source). */
  readonly budget: readonly BudgetLine[];
  /** The indicators, with targets and results (ids unique). */
  readonly indicators: readonly DeAnIndicator[];
  /** The dated history: starts with CREATE/DRAFTED, in date order, following the lifecycle diagram. */
  readonly history: readonly HistoryEntry[];
}

/**
 * The schema of a {@link DeAn}: id, title, scope (national, national flagship, local) and group flag, period,
 * province, implementing unit, beneficiaries, activity category, the đề án type for the advance rule,
 * support items, budget lines per funding source, indicators, and its dated history. Strict: unknown keys
 * are rejected. Checks: ids unique, budget sources unique, advanced ≤ disbursed ≤ approved, history starts
 * with CREATE/DRAFTED, is in date order and follows the lifecycle diagram.
 * @category Projects
 */
export const DeAnSchema = DeAnObject.readonly().superRefine((d, ctx) => {
  reportDuplicates(ctx, d.budget, (b) => b.source, ['budget'], 'source', (v) => m.duplicate({ what: 'Nguồn vốn / Funding source', value: v }));
  reportDuplicates(ctx, d.indicators, (x) => x.id, ['indicators'], 'id', (v) => m.duplicate({ what: 'Chỉ tiêu / Indicator', value: v }));
  checkHistory(d, ctx);
}) satisfies z.ZodType<DeAn>;

/**
 * A {@link BudgetLine} in its serialised (JSON) form: each amount in whole đồng as a number.
 * @category Projects
 */
export interface BudgetLineJson extends Omit<BudgetLine, 'approved' | 'advanced' | 'disbursed' | 'settled'> {
  /** Approved, whole đồng. */
  readonly approved: number;
  /** Advanced, whole đồng. */
  readonly advanced: number;
  /** Disbursed, whole đồng. */
  readonly disbursed: number;
  /** Settled, whole đồng. */
  readonly settled: number;
}

/** A {@link SupportLine} in its serialised form: the eligible cost in whole đồng as a number. @category Projects */
export interface SupportLineJson extends Omit<SupportLine, 'eligibleCost'> {
  /** The eligible cost, whole đồng. */
  readonly eligibleCost: number;
}

/**
 * The serialised (JSON) form of a {@link DeAn}: money as whole đồng (numbers), everything else as in the parsed
 * đề án. Exactly what {@link DeAnSchema} reads and {@link serializeDeAn} writes (a type test ties the two).
 * @category Projects
 */
export interface DeAnJson extends Omit<DeAn, 'province' | 'beneficiaries' | 'supportItems' | 'budget'> {
  /** The province, the code as a plain string. */
  readonly province: ProvinceRefJson;
  /** The beneficiaries, serialised. */
  readonly beneficiaries: readonly EstablishmentJson[];
  /** The support lines, costs in whole đồng. */
  readonly supportItems: readonly SupportLineJson[];
  /** The budget lines per source, amounts in whole đồng. */
  readonly budget: readonly BudgetLineJson[];
}

/**
 * Reads a đề án from its serialised form.
 * @param input - any value, typically from `JSON.parse`.
 * @returns the đề án, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem with its field path, in Vietnamese and English.
 * @category Projects
 * @example
 * parseDeAn({ ...json, extra: 1 });
 * // throws: extra: Trường "extra" không được phép ở đây … / Field "extra" is not allowed here …
 */
export function parseDeAn(input: unknown): DeAn {
  return parseWith(DeAnSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * Like {@link parseDeAn}, but never throws.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
 * @example
 * safeParseDeAn(null).success; // false
 */
export function safeParseDeAn(input: unknown): SafeParseResult<DeAn> {
  return safeParseWith(DeAnSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * The serialised form of a đề án: plain JSON (money as whole-đồng integers), which {@link parseDeAn}
 * reads back to an equal value.
 * @param deAn - a parsed đề án.
 * @returns a plain object ready for `JSON.stringify`.
 * @throws {@link KhuyenCongError} when the value is not a parsed one (`schema.*` codes), or
 *   cannot be read (`input.unreadable`, `input.cyclic`, `input.too-deep`).
 * @category Projects
 * @example
 * serializeDeAn(parseDeAn(json)); // deep-equals json
 */
export function serializeDeAn(deAn: DeAn): DeAnJson {
  return encodeWith(DeAnSchema, deAn);
}
