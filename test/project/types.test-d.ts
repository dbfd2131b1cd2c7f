import { describe, expectTypeOf, it } from 'vitest';
import type { CurrentProvinceCode, LegacyProvinceCode } from '../../src/geo/ProvinceCode.js';
import type { DeAn, DeAnJson } from '../../src/project/DeAn.js';
import type { DeAnEventJson } from '../../src/project/DeAnEvent.js';
import type { Establishment } from '../../src/project/Establishment.js';
import { transition, type TransitionResult } from '../../src/project/transition.js';
import type { Money } from '../../src/quantity/Money.js';

declare const d: DeAn;

describe('project types', () => {
  it('the parsed đề án holds Money and branded province codes; the JSON form holds numbers and strings', () => {
    expectTypeOf(d.budget[0]!.approved).toEqualTypeOf<Money>();
    expectTypeOf<DeAnJson['budget'][number]['approved']>().toEqualTypeOf<number>();
    expectTypeOf(d.province.code).toEqualTypeOf<LegacyProvinceCode | CurrentProvinceCode>();
    expectTypeOf<Establishment['owner']['womenOwned']>().toEqualTypeOf<boolean>();
  });

  it('fields are readonly', () => {
    // @ts-expect-error readonly field
    d.title = 'x';
    // @ts-expect-error readonly array
    d.history.push(d.history[0]!);
    // @ts-expect-error readonly nested field
    d.budget[0]!.source = 'LOCAL';
  });

  it('events are typed commands; unknown types and ids do not compile', () => {
    expectTypeOf(transition).returns.toEqualTypeOf<TransitionResult>();
    const ok: DeAnEventJson = { type: 'ADVANCE', source: 'NATIONAL', amount: 1, workDone: '0.6' };
    void ok;
    // @ts-expect-error unknown event type
    const bad: DeAnEventJson = { type: 'PAY' };
    void bad;
    // @ts-expect-error unknown funding source
    const badSource: DeAnEventJson = { type: 'DISBURSE', source: 'BANK', amount: 1 };
    void badSource;
    // @ts-expect-error money in the JSON form is a number of đồng, not a Money
    const badAmount: DeAnEventJson = { type: 'DISBURSE', source: 'LOCAL', amount: { kind: 'money', dong: 1 } };
    void badAmount;
  });
});
