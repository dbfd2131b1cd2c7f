import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
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
import { ACTIVITY_CATEGORY_IDS, FUND_SOURCE_IDS, PROJECT_SCOPE_IDS, SUPPORT_ITEM_IDS } from './catalogues.js';
import { EstablishmentSchema } from './Establishment.js';
import { nextState } from './lifecycle.js';
import { projectMessages as m } from './messages.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ProvinceRefSchema } from './ProvinceRef.js';
import { report, reportDuplicates } from './refine.js';
import {
  ADVANCE_TYPES,
  DE_AN_EVENT_TYPES,
  DE_AN_STATES,
  IMPLEMENTING_UNIT_KINDS,
  type DeAnState,
} from './vocabulary.js';

const COUNT_UNIT_IDS = Object.keys(COUNT_UNITS) as [CountUnit, ...CountUnit[]];

/**
 * A year or a period of years (a one-year đề án has `startYear === endYear`).
 * @category Projects
 */
export const PeriodSchema = z
  .strictObject({ startYear: YearSchema, endYear: YearSchema })
  .readonly()
  .superRefine((p, ctx) => {
    if (p.endYear < p.startYear) report(ctx, 'project.period-order', m.periodOrder({ start: p.startYear, end: p.endYear }), ['endYear']);
  });

/**
 * The funding of a đề án from one source: approved (dự toán được duyệt), advanced (tạm ứng, cumulative),
 * disbursed (đã thanh toán, cumulative, advances included) and settled (quyết toán) amounts, each whole
 * đồng. Invariant: advanced ≤ disbursed ≤ approved.
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
  });

/** A budget line. @category Projects */
export type BudgetLine = z.output<typeof BudgetLineSchema>;

/**
 * A support item of the đề án (policy's support-item ids) with the eligible cost it is computed on.
 * @category Projects
 */
export const SupportLineSchema = z
  .strictObject({ item: z.enum(SUPPORT_ITEM_IDS), eligibleCost: MoneySchema })
  .readonly();

/**
 * An indicator of a đề án or programme: an id, a bilingual label, a count unit, the target and (once
 * known) the result, as whole numbers.
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
  .readonly();

/** An indicator of a đề án (target and result). @category Projects */
export type DeAnIndicator = z.output<typeof IndicatorSchema>;

/**
 * One step of a đề án's history: the state it led to, the event, the date, and optionally who and why.
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
  .readonly();

/** A history step. @category Projects */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/**
 * The unit implementing the đề án (đơn vị thực hiện).
 * @category Projects
 */
export const ImplementingUnitSchema = z
  .strictObject({ name: NameSchema, kind: z.enum(IMPLEMENTING_UNIT_KINDS) })
  .readonly();

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
 * A đề án khuyến công: id, title, scope (national, national flagship, local) and group flag, period,
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
});

/**
 * A đề án, as parsed: money as {@link Money}, everything readonly and deeply frozen.
 * @category Projects
 */
export type DeAn = z.output<typeof DeAnSchema>;

/**
 * The serialised (JSON) form of a đề án: money as whole-đồng JSON integers, dates as `YYYY-MM-DD`.
 * @category Projects
 */
export type DeAnJson = z.input<typeof DeAnSchema>;

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
