import { describe, expectTypeOf, it } from 'vitest';
import {
  checkEligibility,
  type Applicant,
  type EligibilityOutcome,
  type EligibilityResult,
  type FactPath,
  type ReasonStatus,
} from '../../src/eligibility/index.js';

describe('eligibility types', () => {
  it('results are typed', () => {
    const r = checkEligibility({}, { at: '2025-10-15' });
    expectTypeOf(r).toEqualTypeOf<EligibilityResult>();
    expectTypeOf(r.outcome).toEqualTypeOf<EligibilityOutcome>();
    expectTypeOf(r.missing).toEqualTypeOf<readonly FactPath[]>();
    expectTypeOf(r.reasons[0]!.status).toEqualTypeOf<ReasonStatus>();
  });

  it('misuse does not compile', () => {
    // @ts-expect-error an unknown unit kind
    const a: Applicant = { location: { unitKind: 'tinh' } };
    // @ts-expect-error the date is required
    checkEligibility(a, {});
    // @ts-expect-error a catalogue id that does not exist
    const b: Applicant = { industry: 'MINING_AND_MINERAL_PROCESSING' };
    // @ts-expect-error an explicit undefined is not a fact (exactOptionalPropertyTypes)
    const c: Applicant = { group: undefined };
    // @ts-expect-error facts are read-only
    a.group = 'ARTISAN';
    expectTypeOf([b, c]).toBeArray();
  });
});
