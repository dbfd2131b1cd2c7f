import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
import { PROGRAMMES, type ProgrammeId } from '../policy/programmes.js';
import { parseWith, safeParseWith } from '../schema/parseWith.js';
import { IndicatorSchema, PeriodSchema, type DeAnIndicator, type DeAnPeriod } from './DeAn.js';
import { projectMessages as m } from './messages.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ProvinceRefSchema, type ProvinceRef, type ProvinceRefJson } from './ProvinceRef.js';
import { report, reportDuplicates } from './refine.js';

const PROGRAMME_IDS = PROGRAMMES.map((p) => p.id) as unknown as readonly [ProgrammeId, ...ProgrammeId[]];

/**
 * Targets of a khuyến công programme for a period (national, or a province's own programme), as parsed.
 * @category Projects
 */
export interface ProgrammeTargets {
  /** The national programme (policy `PROGRAMMES`) the period belongs to, when it is one; the period then lies within it. */
  readonly programme?: ProgrammeId | undefined;
  /** National, or a province's own programme. */
  readonly level: 'NATIONAL' | 'PROVINCIAL';
  /** The province of a provincial programme; absent from a national one. */
  readonly province?: ProvinceRef | undefined;
  /** The years the targets cover. */
  readonly period: DeAnPeriod;
  /** The indicators with targets and, once known, results (at least one; ids unique). */
  readonly indicators: readonly DeAnIndicator[];
}

/**
 * The schema of {@link ProgrammeTargets}: targets of a khuyến công programme for a period (national, or a
 * province's own programme), as indicators with targets and, once known, results. `programme` names the
 * national programme (policy `PROGRAMMES`) the period belongs to; the period must then lie within it.
 * @category Projects
 */
export const ProgrammeTargetsSchema = z
  .strictObject({
    programme: z.enum(PROGRAMME_IDS).optional(),
    level: z.enum(['NATIONAL', 'PROVINCIAL']),
    province: ProvinceRefSchema.optional(),
    period: PeriodSchema,
    indicators: z.array(IndicatorSchema).min(1).max(1000).readonly(),
  })
  .readonly()
  .superRefine((t, ctx) => {
    if ((t.level === 'PROVINCIAL') !== (t.province !== undefined)) report(ctx, 'project.plan-province', m.planProvince({}), ['province']);
    reportDuplicates(ctx, t.indicators, (x) => x.id, ['indicators'], 'id', (v) => m.duplicate({ what: 'Chỉ tiêu / Indicator', value: v }));
    const p = PROGRAMMES.find((x) => x.id === t.programme);
    if (p !== undefined && (t.period.startYear < p.firstYear || t.period.endYear > p.lastYear)) {
      report(ctx, 'project.programme-period', m.programmePeriod({ programme: p.id, first: p.firstYear, last: p.lastYear }), ['period']);
    }
  }) satisfies z.ZodType<ProgrammeTargets>;

/**
 * The serialised (JSON) form of {@link ProgrammeTargets}: the same fields, with the province code as a plain
 * string. Exactly what {@link ProgrammeTargetsSchema} reads (a type test ties the two).
 * @category Projects
 */
export interface ProgrammeTargetsJson extends Omit<ProgrammeTargets, 'province'> {
  /** The province of provincial targets, the code as a plain string. */
  readonly province?: ProvinceRefJson | undefined;
}

/**
 * Reads programme targets from their serialised form.
 * @param input - any value.
 * @returns the targets, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem with its field path.
 * @category Projects
 * @example
 * parseProgrammeTargets({ programme: 'KC-2021-2025', level: 'NATIONAL', period: { startYear: 2021, endYear: 2025 },
 *   indicators: [{ id: 'models', label: { vi: 'Mô hình trình diễn', en: 'Demonstration models' }, unit: 'model', target: 340 }] });
 */
export function parseProgrammeTargets(input: unknown): ProgrammeTargets {
  return parseWith(ProgrammeTargetsSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * Like {@link parseProgrammeTargets}, but never throws.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
 * @example
 * safeParseProgrammeTargets({}).success; // false
 */
export function safeParseProgrammeTargets(input: unknown): SafeParseResult<ProgrammeTargets> {
  return safeParseWith(ProgrammeTargetsSchema, input, PROJECT_PARSE_OPTIONS);
}
