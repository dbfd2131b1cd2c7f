import * as z from 'zod';
import type { SafeParseResult } from '../internal/errors.js';
import { encodeWith, parseWith, safeParseWith } from '../schema/parseWith.js';
import { IdSchema, IsoDateSchema, NameSchema, YearSchema } from '../schema/primitives.js';
import { DeAnSchema, type DeAn, type DeAnJson } from './DeAn.js';
import { SourceAmountSchema, type SourceAmount, type SourceAmountJson } from './DeAnEvent.js';
import { projectMessages as m } from './messages.js';
import { PROJECT_PARSE_OPTIONS } from './parseOptions.js';
import { ProvinceRefSchema, type ProvinceRef, type ProvinceRefJson } from './ProvinceRef.js';
import { report, reportDuplicates } from './refine.js';

/**
 * The decision that approved a plan: its number as written and its date.
 * @category Projects
 */
export interface PlanApproval {
  /** The decision's number as written ("2948/QĐ-BCT"). */
  readonly decision: string;
  /** The decision's date, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * A khuyến công plan (kế hoạch khuyến công) for a year, as parsed (see {@link PlanSchema}).
 * @category Projects
 */
export interface Plan {
  /** The plan's id. */
  readonly id: string;
  /** National (approved by the Minister, TT 36/2013 Art. 6.3) or provincial (by the provincial People's Committee). */
  readonly level: 'NATIONAL' | 'PROVINCIAL';
  /** The province of a provincial plan; absent from a national one. */
  readonly province?: ProvinceRef | undefined;
  /** The plan year. */
  readonly year: number;
  /** The approving decision, once approved. */
  readonly approval?: PlanApproval | undefined;
  /** Its đề án, each running in the plan year (ids unique). */
  readonly deAn: readonly DeAn[];
  /** The declared approved totals per funding source (sources unique). */
  readonly totals: readonly SourceAmount[];
}

/**
 * The schema of a {@link Plan}, a khuyến công plan (kế hoạch khuyến công) for a year: national (approved by the
 * Minister, TT 36/2013 Art. 6.3) or provincial (approved by the provincial People's Committee), its đề án and
 * its declared approved totals per funding source. Checks: a provincial plan names its province and a national one does
 * not; a national plan holds no local đề án; a provincial plan's đề án are in its province; every đề án
 * runs in the plan year; đề án ids and total sources are unique. Whether the totals add up is
 * {@link checkPlanTotals}'s job (a mismatch is a finding, not a malformed plan).
 * @category Projects
 */
export const PlanSchema = z
  .strictObject({
    id: IdSchema,
    level: z.enum(['NATIONAL', 'PROVINCIAL']),
    province: ProvinceRefSchema.optional(),
    year: YearSchema,
    approval: z.strictObject({ decision: NameSchema, date: IsoDateSchema }).readonly().optional(),
    deAn: z.array(DeAnSchema).max(10_000).readonly(),
    totals: z.array(SourceAmountSchema).max(4).readonly(),
  })
  .readonly()
  .superRefine((p, ctx) => {
    if ((p.level === 'PROVINCIAL') !== (p.province !== undefined)) report(ctx, 'project.plan-province', m.planProvince({}), ['province']);
    reportDuplicates(ctx, p.deAn, (d) => d.id, ['deAn'], 'id', (v) => m.duplicate({ what: 'Đề án', value: v }));
    reportDuplicates(ctx, p.totals, (t) => t.source, ['totals'], 'source', (v) => m.duplicate({ what: 'Nguồn vốn / Funding source', value: v }));
    p.deAn.forEach((d, i) => {
      if (p.level === 'NATIONAL' && d.scope === 'LOCAL') report(ctx, 'project.plan-scope', m.planScope({ id: d.id }), ['deAn', i, 'scope']);
      if (p.province !== undefined && d.province.code !== p.province.code) {
        report(ctx, 'project.plan-province-mismatch', m.planOtherProvince({ id: d.id, code: d.province.code }), ['deAn', i, 'province', 'code']);
      }
      if (p.year < d.period.startYear || p.year > d.period.endYear) {
        report(ctx, 'project.plan-year', m.planYear({ id: d.id, year: p.year }), ['deAn', i, 'period']);
      }
    });
  }) satisfies z.ZodType<Plan>;

/**
 * The serialised (JSON) form of a {@link Plan}: its đề án and totals with money as whole đồng (numbers).
 * Exactly what {@link PlanSchema} reads and {@link serializePlan} writes (a type test ties the two).
 * @category Projects
 */
export interface PlanJson extends Omit<Plan, 'province' | 'deAn' | 'totals'> {
  /** The province of a provincial plan, the code as a plain string. */
  readonly province?: ProvinceRefJson | undefined;
  /** Its đề án, serialised. */
  readonly deAn: readonly DeAnJson[];
  /** The declared approved totals per source, whole đồng. */
  readonly totals: readonly SourceAmountJson[];
}

/**
 * Reads a plan from its serialised form.
 * @param input - any value.
 * @returns the plan, deeply frozen.
 * @throws {@link KhuyenCongError} listing every problem with its field path.
 * @category Projects
 * @example
 * parsePlan({ ...planJson, level: 'PROVINCIAL' }); // throws: province: Kế hoạch cấp tỉnh phải có tỉnh; … / A provincial plan needs a province; …
 */
export function parsePlan(input: unknown): Plan {
  return parseWith(PlanSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * Like {@link parsePlan}, but never throws.
 * @param input - any value.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @category Projects
 * @example
 * safeParsePlan([]).success; // false
 */
export function safeParsePlan(input: unknown): SafeParseResult<Plan> {
  return safeParseWith(PlanSchema, input, PROJECT_PARSE_OPTIONS);
}

/**
 * The serialised form of a plan, which {@link parsePlan} reads back to an equal value.
 * @param plan - a parsed plan.
 * @returns plain JSON data.
 * @throws {@link KhuyenCongError} when the value is not a parsed one (`schema.*` codes), or
 *   cannot be read (`input.unreadable`, `input.cyclic`, `input.too-deep`).
 * @category Projects
 * @example
 * serializePlan(parsePlan(planJson)); // deep-equals planJson
 */
export function serializePlan(plan: Plan): PlanJson {
  return encodeWith(PlanSchema, plan);
}
