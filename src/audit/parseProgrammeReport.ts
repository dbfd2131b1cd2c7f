import * as z from 'zod';
import { deepFreeze } from '../internal/deepFreeze.js';
import { toSafe, type SafeParseResult } from '../internal/errors.js';
import { COUNT_UNITS, type CountUnit } from '../quantity/units.js';
import { parseWith } from '../schema/parseWith.js';
import { IsoDateSchema, LocalizedTextSchema } from '../schema/primitives.js';
import { INDICATORS, type IndicatorId } from './indicators.js';
import type { ProgrammeReport } from './ProgrammeReport.js';

const YEAR = z.int().min(1900).max(2999);
const TEXT = z.string().min(1).max(1000);
const SOURCE = z.enum(['national', 'local', 'counterpart', 'other']);
const STATUS = z.enum(['plan', 'approved', 'executed', 'target']);

const FigureSourceSchema = z.strictObject({
  seed: z.string().min(1).max(64).optional(),
  publication: TEXT,
  date: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/)
    .optional()
    .meta({ description: 'YYYY-MM-DD, YYYY-MM or YYYY.' }),
  url: z.string().min(1).max(2000).optional(),
  title: TEXT.optional(),
});
const FigureSchema = z.strictObject({ text: TEXT, source: FigureSourceSchema });
const PeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('year'), year: YEAR }),
  z.strictObject({ kind: z.literal('period'), from: YEAR, to: YEAR }).refine((p) => p.from <= p.to, { message: 'period: from > to', path: ['to'] }),
  z.strictObject({ kind: z.literal('by'), year: YEAR }),
]);
const OfSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('total') }),
  z.strictObject({ kind: z.literal('source'), source: SOURCE }),
]);
const INDICATOR_IDS = Object.keys(INDICATORS) as [IndicatorId, ...IndicatorId[]];
const COUNT_UNIT_IDS = Object.keys(COUNT_UNITS) as [CountUnit, ...CountUnit[]];

/**
 * The zod schema of a {@link ProgrammeReport} (its JSON form): strict objects, enumerated sources, statuses,
 * indicators and count units, years 1900–2999, every figure as published text with its source.
 * @category Audit
 */
export const ProgrammeReportSchema = z.strictObject({
  id: z.string().min(1).max(200),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('province'), name: TEXT, code: z.string().regex(/^\d{2}$/).optional() }),
    z.strictObject({ kind: z.literal('group'), name: TEXT, members: FigureSchema.optional() }),
  ]),
  period: PeriodSchema,
  status: STATUS,
  funding: z
    .array(
      z.strictObject({
        source: SOURCE,
        amount: FigureSchema.optional(),
        projects: FigureSchema.optional(),
        tasks: FigureSchema.optional(),
        approvedBy: z.strictObject({ number: TEXT, date: IsoDateSchema, source: FigureSourceSchema }).optional(),
        note: LocalizedTextSchema.optional(),
      }),
    )
    .max(100)
    .optional(),
  total: FigureSchema.optional(),
  projects: FigureSchema.optional(),
  outputs: z
    .array(z.strictObject({ indicator: z.enum(INDICATOR_IDS), value: FigureSchema.optional(), topic: z.string().min(1).max(100).optional(), note: LocalizedTextSchema.optional() }))
    .max(1000)
    .optional(),
  derived: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('change'),
          of: OfSchema,
          stated: FigureSchema,
          base: z.strictObject({ period: PeriodSchema, status: STATUS.optional(), value: FigureSchema.optional() }),
        }),
        z.strictObject({ kind: z.literal('average-per-member'), of: OfSchema, stated: FigureSchema, per: z.enum(COUNT_UNIT_IDS), count: FigureSchema.optional() }),
        z.strictObject({ kind: z.literal('average-per-year'), of: OfSchema, stated: FigureSchema }),
        z.strictObject({ kind: z.literal('share'), source: SOURCE, stated: FigureSchema }),
      ]),
    )
    .max(1000)
    .optional(),
  source: FigureSourceSchema,
}) satisfies z.ZodType<ProgrammeReport>;

/**
 * The JSON Schema (draft 2020-12) of a {@link ProgrammeReport}, generated from {@link ProgrammeReportSchema}:
 * what `khuyen-cong report --input FILE` accepts (one report or an array of reports). Deeply frozen.
 * @category Audit
 * @example
 * PROGRAMME_REPORT_JSON_SCHEMA.title; // 'ProgrammeReport'
 */
export const PROGRAMME_REPORT_JSON_SCHEMA: { readonly [key: string]: unknown } = deepFreeze({
  ...z.toJSONSchema(ProgrammeReportSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' }),
  $id: 'https://khuyen-cong.invalid/schemas/programme-report.json',
  title: 'ProgrammeReport',
  description: 'A khuyến công report as published: scope, period, status, funding, outputs and derived figures, each as written with its source.',
});

/**
 * Reads a {@link ProgrammeReport} from untrusted JSON (a user's file): every field checked, unknown keys
 * refused, every problem reported with its path in Vietnamese and English.
 * @param input - any value, typically `JSON.parse` output.
 * @returns the report, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem (`schema.*` codes).
 * @category Audit
 * @example
 * parseProgrammeReport(SEED_REPORTS[0]).id; // 'seed-000/bac-lieu-2014-2018-approved'
 */
export function parseProgrammeReport(input: unknown): ProgrammeReport {
  const report = parseWith(ProgrammeReportSchema, input) as ProgrammeReport;
  PARSED.add(report);
  return report;
}

/** The reports {@link parseProgrammeReport} returned (deeply frozen): the audit reads them without a second check. */
const PARSED = new WeakSet<object>();

/** @internal Whether a value is a report {@link parseProgrammeReport} returned (or one the audit checked and remembered). */
export function isParsedReport(value: unknown): value is ProgrammeReport {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/** @internal Remembers a report that can never change (deep-frozen data) once the audit has checked it. */
export function rememberReport(report: ProgrammeReport): void {
  PARSED.add(report);
}

/**
 * The never-throwing twin of {@link parseProgrammeReport}.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Audit
 * @example
 * safeParseProgrammeReport({ id: 'x' }).success; // false
 */
export function safeParseProgrammeReport(input: unknown): SafeParseResult<ProgrammeReport> {
  return safeParse(input);
}

const safeParse = toSafe(parseProgrammeReport);
