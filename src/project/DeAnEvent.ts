import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
import type { Money } from '../quantity/Money.js';
import type { Ratio } from '../quantity/Ratio.js';
import { parseWith, safeParseWith } from '../schema/parseWith.js';
import { IdSchema, MoneySchema, RatioSchema } from '../schema/primitives.js';
import { FUND_SOURCE_IDS, type FundSourceId } from './catalogues.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ADJUSTMENT_APPROVERS, ADJUSTMENT_CHANGES, type AdjustmentApprover, type AdjustmentChange } from './vocabulary.js';

/**
 * An amount of money from one funding source.
 * @category Projects
 */
export interface SourceAmount {
  /** The funding source (policy `FUND_SOURCES`). */
  readonly source: FundSourceId;
  /** The amount. */
  readonly amount: Money;
}

/**
 * The schema of a {@link SourceAmount}.
 * @category Projects
 */
export const SourceAmountSchema = z
  .strictObject({ source: z.enum(FUND_SOURCE_IDS), amount: MoneySchema })
  .readonly() satisfies z.ZodType<SourceAmount>;

/**
 * The lifecycle events that carry no data.
 * @category Projects
 */
export type DeAnSignalType =
  | 'REGISTER'
  | 'START_GRASSROOTS_APPRAISAL'
  | 'SUBMIT_TO_MINISTRY'
  | 'REJECT'
  | 'SIGN_CONTRACT'
  | 'START_WORK'
  | 'SUSPEND'
  | 'RESUME'
  | 'TERMINATE'
  | 'CLOSE';

/**
 * A lifecycle event that carries no data (registration, submission, rejection, contract, start of work,
 * suspension, resumption, termination, closing).
 * @category Projects
 */
export interface DeAnSignal<T extends DeAnSignalType = DeAnSignalType> {
  /** The event. */
  readonly type: T;
}

/**
 * `APPROVE`: the đề án is approved with amounts per source.
 * @category Projects
 */
export interface ApproveEvent {
  /** The event. */
  readonly type: 'APPROVE';
  /** The approved amounts, one to four sources. */
  readonly approved: readonly SourceAmount[];
}

/**
 * `ADVANCE`: an advance (tạm ứng) from one source (TT 36/2013 Art. 13).
 * @category Projects
 */
export interface AdvanceEvent {
  /** The event. */
  readonly type: 'ADVANCE';
  /** The funding source advanced from. */
  readonly source: FundSourceId;
  /** The amount advanced. */
  readonly amount: Money;
  /**
   * For the cluster types, the share of work done, an exact ratio such as `"0.55"` in JSON; for
   * demonstration models, machinery and pollution treatment, the work done as a share of the total investment.
   */
  readonly workDone?: Ratio | undefined;
  /** Whether the grassroots acceptance record exists (enterprise founding, TT 36/2013 Art. 13(3)). */
  readonly groundAccepted?: boolean | undefined;
}

/**
 * `DISBURSE`: a payment from one source.
 * @category Projects
 */
export interface DisburseEvent {
  /** The event. */
  readonly type: 'DISBURSE';
  /** The funding source paid from. */
  readonly source: FundSourceId;
  /** The amount paid. */
  readonly amount: Money;
}

/**
 * `ADJUST`: an adjustment of the đề án (TT 36/2013 Art. 11).
 * @category Projects
 */
export interface AdjustEvent {
  /** The event. */
  readonly type: 'ADJUST';
  /** The new approved amounts per source, when the amounts change. */
  readonly approved?: readonly SourceAmount[] | undefined;
  /** The kinds of change (`ADJUSTMENT_CHANGES`). */
  readonly changes?: readonly AdjustmentChange[] | undefined;
  /** Who approved the adjustment (`ADJUSTMENT_APPROVERS`). */
  readonly approvedBy?: AdjustmentApprover | undefined;
}

/**
 * The result of one indicator, reported at acceptance.
 * @category Projects
 */
export interface IndicatorResult {
  /** The indicator's id in the đề án. */
  readonly indicator: string;
  /** The result, a whole number. */
  readonly result: number;
}

/**
 * `ACCEPT`: acceptance (nghiệm thu), optionally with the indicator results.
 * @category Projects
 */
export interface AcceptEvent {
  /** The event. */
  readonly type: 'ACCEPT';
  /** The results per indicator, when reported. */
  readonly results?: readonly IndicatorResult[] | undefined;
}

/**
 * `SETTLE`: settlement (quyết toán) with the settled amounts per source.
 * @category Projects
 */
export interface SettleEvent {
  /** The event. */
  readonly type: 'SETTLE';
  /** The settled amounts, one to four sources. */
  readonly settled: readonly SourceAmount[];
}

/**
 * A lifecycle event, as parsed: money as {@link Money}, `workDone` as an exact {@link Ratio}.
 * @category Projects
 */
export type DeAnEvent =
  | DeAnSignal<'REGISTER'>
  | DeAnSignal<'START_GRASSROOTS_APPRAISAL'>
  | DeAnSignal<'SUBMIT_TO_MINISTRY'>
  | ApproveEvent
  | DeAnSignal<'REJECT'>
  | DeAnSignal<'SIGN_CONTRACT'>
  | AdvanceEvent
  | DeAnSignal<'START_WORK'>
  | DisburseEvent
  | AdjustEvent
  | DeAnSignal<'SUSPEND'>
  | DeAnSignal<'RESUME'>
  | DeAnSignal<'TERMINATE'>
  | AcceptEvent
  | SettleEvent
  | DeAnSignal<'CLOSE'>;

const bare = <T extends DeAnSignalType>(type: T) => z.strictObject({ type: z.literal(type) }).readonly();

/**
 * The schema of a {@link DeAnEvent}, a lifecycle event with its data: `APPROVE` carries the approved amounts per source; `ADVANCE` a source,
 * an amount and, for the cluster types, the share of work done (`workDone`, an exact ratio such as
 * `"0.55"`; for demonstration models, machinery and pollution treatment, the work done as a share of the
 * total investment), and `groundAccepted` when the grassroots acceptance record exists (enterprise
 * founding, TT 36/2013 Art. 13(3)); `DISBURSE` a source and amount; `ADJUST` optionally new approved
 * amounts, the kinds of change and who approved them (TT 36/2013 Art. 11); `ACCEPT` optionally
 * indicator results; `SETTLE` the settled amounts per source. The other events carry nothing.
 * @category Projects
 */
export const DeAnEventSchema = z.discriminatedUnion('type', [
  bare('REGISTER'),
  bare('START_GRASSROOTS_APPRAISAL'),
  bare('SUBMIT_TO_MINISTRY'),
  z.strictObject({ type: z.literal('APPROVE'), approved: z.array(SourceAmountSchema).min(1).max(4).readonly() }).readonly(),
  bare('REJECT'),
  bare('SIGN_CONTRACT'),
  z
    .strictObject({
      type: z.literal('ADVANCE'),
      source: z.enum(FUND_SOURCE_IDS),
      amount: MoneySchema,
      workDone: RatioSchema.optional(),
      groundAccepted: z.boolean().optional(),
    })
    .readonly(),
  bare('START_WORK'),
  z.strictObject({ type: z.literal('DISBURSE'), source: z.enum(FUND_SOURCE_IDS), amount: MoneySchema }).readonly(),
  z
    .strictObject({
      type: z.literal('ADJUST'),
      approved: z.array(SourceAmountSchema).max(4).readonly().optional(),
      changes: z.array(z.enum(ADJUSTMENT_CHANGES)).max(ADJUSTMENT_CHANGES.length).readonly().optional(),
      approvedBy: z.enum(ADJUSTMENT_APPROVERS).optional(),
    })
    .readonly(),
  bare('SUSPEND'),
  bare('RESUME'),
  bare('TERMINATE'),
  z
    .strictObject({
      type: z.literal('ACCEPT'),
      results: z
        .array(z.strictObject({ indicator: IdSchema, result: z.int().min(0) }).readonly())
        .max(1000)
        .readonly()
        .optional(),
    })
    .readonly(),
  z.strictObject({ type: z.literal('SETTLE'), settled: z.array(SourceAmountSchema).min(1).max(4).readonly() }).readonly(),
  bare('CLOSE'),
]) satisfies z.ZodType<DeAnEvent>;

/**
 * A {@link SourceAmount} in its serialised (JSON) form: the amount in whole đồng as a number (a non-negative safe
 * integer, what `Money#toJSON` writes and {@link MoneySchema} reads).
 * @category Projects
 */
export interface SourceAmountJson extends Omit<SourceAmount, 'amount'> {
  /** Whole đồng. */
  readonly amount: number;
}

/** {@link ApproveEvent} in its serialised form. @category Projects */
export interface ApproveEventJson extends Omit<ApproveEvent, 'approved'> {
  /** The approved amounts per source. */
  readonly approved: readonly SourceAmountJson[];
}

/** {@link AdvanceEvent} in its serialised form. @category Projects */
export interface AdvanceEventJson extends Omit<AdvanceEvent, 'amount' | 'workDone'> {
  /** Whole đồng. */
  readonly amount: number;
  /** The share of work done as exact text: a decimal with "." (`"0.55"`) or a fraction `"n/d"` ({@link RatioSchema}). */
  readonly workDone?: string | undefined;
}

/** {@link DisburseEvent} in its serialised form. @category Projects */
export interface DisburseEventJson extends Omit<DisburseEvent, 'amount'> {
  /** Whole đồng. */
  readonly amount: number;
}

/** {@link AdjustEvent} in its serialised form. @category Projects */
export interface AdjustEventJson extends Omit<AdjustEvent, 'approved'> {
  /** The new approved amounts per source, when the adjustment changes them. */
  readonly approved?: readonly SourceAmountJson[] | undefined;
}

/** {@link SettleEvent} in its serialised form. @category Projects */
export interface SettleEventJson extends Omit<SettleEvent, 'settled'> {
  /** The settled amounts per source. */
  readonly settled: readonly SourceAmountJson[];
}

/**
 * The serialised (JSON) form of a lifecycle event: {@link DeAnEvent} with money as whole đồng and `workDone` as
 * exact ratio text. Exactly what {@link DeAnEventSchema} reads (a type test ties the two).
 * @category Projects
 */
export type DeAnEventJson =
  | DeAnSignal<'REGISTER'>
  | DeAnSignal<'START_GRASSROOTS_APPRAISAL'>
  | DeAnSignal<'SUBMIT_TO_MINISTRY'>
  | ApproveEventJson
  | DeAnSignal<'REJECT'>
  | DeAnSignal<'SIGN_CONTRACT'>
  | AdvanceEventJson
  | DeAnSignal<'START_WORK'>
  | DisburseEventJson
  | AdjustEventJson
  | DeAnSignal<'SUSPEND'>
  | DeAnSignal<'RESUME'>
  | DeAnSignal<'TERMINATE'>
  | AcceptEvent
  | SettleEventJson
  | DeAnSignal<'CLOSE'>;

/**
 * Reads a lifecycle event from its serialised form.
 * @param input - any value.
 * @returns the event, deeply frozen.
 * @throws {@link KhuyenCongError} with field paths and bilingual messages.
 * @category Projects
 * @example
 * parseDeAnEvent({ type: 'ADVANCE', source: 'NATIONAL', amount: 210_000_000 }).amount.dong; // 210000000
 */
export function parseDeAnEvent(input: unknown): DeAnEvent {
  return parseWith(DeAnEventSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * Like {@link parseDeAnEvent}, but never throws.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
 * @example
 * safeParseDeAnEvent({ type: 'PAY' }).success; // false
 */
export function safeParseDeAnEvent(input: unknown): SafeParseResult<DeAnEvent> {
  return safeParseWith(DeAnEventSchema, input, PROJECT_PARSE_OPTIONS);
}
