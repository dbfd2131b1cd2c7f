import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
import { parseWith, safeParseWith } from '../schema/parseWith.js';
import { IdSchema, MoneySchema, RatioSchema } from '../schema/primitives.js';
import { FUND_SOURCE_IDS } from './catalogues.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ADJUSTMENT_APPROVERS, ADJUSTMENT_CHANGES } from './vocabulary.js';

/**
 * An amount of money from one funding source.
 * @category Projects
 */
export const SourceAmountSchema = z.strictObject({ source: z.enum(FUND_SOURCE_IDS), amount: MoneySchema }).readonly();

/** An amount from one source. @category Projects */
export type SourceAmount = z.output<typeof SourceAmountSchema>;

const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) }).readonly();

/**
 * A lifecycle event with its data: `APPROVE` carries the approved amounts per source; `ADVANCE` a source,
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
]);

/** A lifecycle event, as parsed. @category Projects */
export type DeAnEvent = z.output<typeof DeAnEventSchema>;

/** The serialised form of a lifecycle event. @category Projects */
export type DeAnEventJson = z.input<typeof DeAnEventSchema>;

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
