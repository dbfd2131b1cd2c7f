/**
 * The domain types are declared as interfaces (what the API reference shows and what a reader sees on hover),
 * and each is tied to its zod schema both ways: the schema's output is exactly the interface (not merely
 * assignable), so that a field added, removed, made optional or retyped on one side and not the other fails
 * here. The schemas themselves are declared `satisfies z.ZodType<Interface>` in the source, which also makes
 * an optional field that zod may fill with `undefined` say so (`a?: T | undefined`).
 *
 * Where a schema builds mutable objects that the parse freezes (`parseWith` deep-freezes its output, and the
 * readonly interface says so), the comparison is with the schema's output made deeply readonly.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { ApplicantSchema } from '../../src/eligibility/parseApplicant.js';
import type { Applicant } from '../../src/eligibility/Applicant.js';
import type { ProgrammeReportSchema } from '../../src/audit/parseProgrammeReport.js';
import type { ProgrammeReport } from '../../src/audit/ProgrammeReport.js';
import type {
  BudgetLine,
  BudgetLineSchema,
  DeAn,
  DeAnIndicator,
  BudgetLineJson,
  DeAnJson,
  DeAnPeriod,
  DeAnSchema,
  HistoryEntry,
  HistoryEntrySchema,
  ImplementingUnit,
  ImplementingUnitSchema,
  IndicatorSchema,
  PeriodSchema,
  SupportLine,
  SupportLineJson,
  SupportLineSchema,
} from '../../src/project/DeAn.js';
import type { DeAnEvent, DeAnEventJson, DeAnEventSchema, SourceAmount, SourceAmountJson, SourceAmountSchema } from '../../src/project/DeAnEvent.js';
import type {
  Establishment,
  EstablishmentJson,
  EstablishmentLocation,
  EstablishmentLocationJson,
  EstablishmentLocationSchema,
  EstablishmentSchema,
} from '../../src/project/Establishment.js';
import type { Plan, PlanJson, PlanSchema } from '../../src/project/Plan.js';
import type { ProgrammeTargets, ProgrammeTargetsJson, ProgrammeTargetsSchema } from '../../src/project/ProgrammeTargets.js';
import type { ProvinceRef, ProvinceRefJson, ProvinceRefSchema } from '../../src/project/ProvinceRef.js';
import type { PolicyPack, PolicyPackJson, PolicyPackSchema } from '../../src/policy/packs/PolicyPack.js';
import type { Money } from '../../src/quantity/Money.js';
import type { Ratio } from '../../src/quantity/Ratio.js';

/** A plain JSON-like value made readonly at every depth (what a deep-frozen parse returns). */
type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Exact identity of two types (the compiler's own identity relation), which also tells `readonly` from mutable.
 */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('domain interfaces are exactly their schemas’ outputs', () => {
  it('project: đề án and its parts', () => {
    expectTypeOf<z.output<typeof PeriodSchema>>().toEqualTypeOf<DeAnPeriod>();
    expectTypeOf<z.output<typeof BudgetLineSchema>>().toEqualTypeOf<BudgetLine>();
    expectTypeOf<z.output<typeof SupportLineSchema>>().toEqualTypeOf<SupportLine>();
    expectTypeOf<z.output<typeof IndicatorSchema>>().toEqualTypeOf<DeAnIndicator>();
    expectTypeOf<z.output<typeof HistoryEntrySchema>>().toEqualTypeOf<HistoryEntry>();
    expectTypeOf<z.output<typeof ImplementingUnitSchema>>().toEqualTypeOf<ImplementingUnit>();
    expectTypeOf<z.output<typeof DeAnSchema>>().toEqualTypeOf<DeAn>();
  });

  it('project: establishments, provinces, events, plans, programme targets', () => {
    expectTypeOf<z.output<typeof ProvinceRefSchema>>().toEqualTypeOf<ProvinceRef>();
    expectTypeOf<z.output<typeof EstablishmentLocationSchema>>().toEqualTypeOf<EstablishmentLocation>();
    expectTypeOf<z.output<typeof EstablishmentSchema>>().toEqualTypeOf<Establishment>();
    expectTypeOf<z.output<typeof SourceAmountSchema>>().toEqualTypeOf<SourceAmount>();
    expectTypeOf<z.output<typeof DeAnEventSchema>>().toEqualTypeOf<DeAnEvent>();
    expectTypeOf<z.output<typeof PlanSchema>>().toEqualTypeOf<Plan>();
    expectTypeOf<z.output<typeof ProgrammeTargetsSchema>>().toEqualTypeOf<ProgrammeTargets>();
  });

  it('policy: a provincial policy pack', () => {
    expectTypeOf<z.output<typeof PolicyPackSchema>>().toEqualTypeOf<PolicyPack>();
  });

  it('eligibility and audit: the applicant and the published report (frozen by the parse)', () => {
    expectTypeOf<DeepReadonly<z.output<typeof ApplicantSchema>>>().toEqualTypeOf<Applicant>();
    expectTypeOf<DeepReadonly<z.output<typeof ProgrammeReportSchema>>>().toEqualTypeOf<ProgrammeReport>();
  });

  it('and identically so, optional fields and readonly included', () => {
    expectTypeOf<Exact<z.output<typeof DeAnSchema>, DeAn>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof PlanSchema>, Plan>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof EstablishmentSchema>, Establishment>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof DeAnEventSchema>, DeAnEvent>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof ProgrammeTargetsSchema>, ProgrammeTargets>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof ProvinceRefSchema>, ProvinceRef>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.output<typeof PolicyPackSchema>, PolicyPack>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<DeepReadonly<z.output<typeof ApplicantSchema>>, Applicant>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<DeepReadonly<z.output<typeof ProgrammeReportSchema>>, ProgrammeReport>>().toEqualTypeOf<true>();
    // The check tells readonly from mutable and a missing field from an optional one. (`a?: T` and
    // `a?: T | undefined` are one type to it: the `satisfies z.ZodType<…>` of each schema tells them apart.)
    expectTypeOf<Exact<{ readonly a?: number }, { readonly a: number }>>().toEqualTypeOf<false>();
    expectTypeOf<Exact<{ readonly a: number }, { a: number }>>().toEqualTypeOf<false>();
  });

  it('the ties can fail: a field of another type, a missing field or an extra one is not equal', () => {
    expectTypeOf<z.output<typeof SourceAmountSchema>>().not.toEqualTypeOf<{ readonly source: string; readonly amount: Money }>();
    expectTypeOf<z.output<typeof SupportLineSchema>>().not.toEqualTypeOf<Pick<SupportLine, 'item'>>();
    expectTypeOf<z.output<typeof PeriodSchema>>().not.toEqualTypeOf<DeAnPeriod & { readonly note?: string }>();
    expectTypeOf<z.output<typeof PeriodSchema>>().not.toEqualTypeOf<{ startYear: number; endYear: number }>();
  });

  it('the JSON forms are declared interfaces, each exactly what its schema reads', () => {
    expectTypeOf<Exact<z.input<typeof DeAnSchema>, DeAnJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof PlanSchema>, PlanJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof EstablishmentSchema>, EstablishmentJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof DeAnEventSchema>, DeAnEventJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof ProgrammeTargetsSchema>, ProgrammeTargetsJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof SourceAmountSchema>, SourceAmountJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof BudgetLineSchema>, BudgetLineJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof SupportLineSchema>, SupportLineJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof PolicyPackSchema>, PolicyPackJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof ProvinceRefSchema>, ProvinceRefJson>>().toEqualTypeOf<true>();
    expectTypeOf<Exact<z.input<typeof EstablishmentLocationSchema>, EstablishmentLocationJson>>().toEqualTypeOf<true>();
    // and the JSON of an amount is a number, of a ratio a string: the tie fails if one side keeps Money or Ratio
    expectTypeOf<Exact<z.input<typeof DeAnSchema>, DeAn>>().toEqualTypeOf<false>();
    expectTypeOf<DeAnJson['budget'][number]['approved']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<DeAnEventJson, { type: 'ADVANCE' }>['workDone']>().toEqualTypeOf<string | undefined>();
  });

  it('the parsed values hold the library’s exact values, the JSON forms plain numbers and strings', () => {
    expectTypeOf<DeAn['budget'][number]['approved']>().toEqualTypeOf<Money>();
    expectTypeOf<Extract<DeAnEvent, { type: 'ADVANCE' }>['workDone']>().toEqualTypeOf<Ratio | undefined>();
    expectTypeOf<z.input<typeof DeAnEventSchema>>().not.toEqualTypeOf<DeAnEvent>();
  });
});
