import { describe, expectTypeOf, it } from 'vitest';
import type { Money } from '../../src/quantity/Money.js';
import {
  type LocalSupportComputation,
  computeSupport,
  policyAt,
  supportLevelAt,
  type Citation,
  type InstrumentId,
  type PolicySnapshot,
  type SupportComputation,
  type SupportItemId,
} from '../../src/policy/index.js';

describe('policy types', () => {
  it('keeps instrument and item ids closed unions', () => {
    expectTypeOf<'ND-45-2012'>().toExtend<InstrumentId>();
    // @ts-expect-error an unregistered instrument is not an InstrumentId
    const bad: InstrumentId = 'ND-46-2012';
    void bad;
    // @ts-expect-error an unknown item does not compile
    supportLevelAt('DEMO_MODEL', '2019-01-01');
    expectTypeOf<'DEMO_MODEL_NEW_TECH'>().toExtend<SupportItemId>();
  });

  it('requires a confidence on every citation', () => {
    // @ts-expect-error confidence is required
    const c: Citation = { instrument: 'ND-45-2012', article: 1 };
    void c;
  });

  it('takes Money, not a number, as the eligible cost', () => {
    // @ts-expect-error a plain number is not Money
    computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: 2_000_000_000, at: '2019-01-01' });
    // National funds (the default) answer a SupportComputation; local funds answer a LocalSupportComputation.
    const cost = null as unknown as Money;
    expectTypeOf(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: cost, at: '2019-01-01' })).toEqualTypeOf<SupportComputation>();
    expectTypeOf(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: cost, at: '2019-01-01', funds: 'NATIONAL' })).toEqualTypeOf<SupportComputation>();
    expectTypeOf(computeSupport({ item: 'DEMO_MODEL_NEW_TECH', eligibleCost: cost, at: '2019-01-01', funds: 'LOCAL', policy: [] })).toEqualTypeOf<LocalSupportComputation>();
    expectTypeOf<Extract<SupportComputation, { ok: true }>['value']['support']>().toEqualTypeOf<Money>();
  });

  it('narrows the policy snapshot by status', () => {
    const p = policyAt('2019-01-01');
    if (p.ok) expectTypeOf(p.value).toEqualTypeOf<PolicySnapshot>();
    // @ts-expect-error regime is only on an in-force snapshot
    void p.regime;
  });
});
