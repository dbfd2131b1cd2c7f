import { describe, expectTypeOf, it } from 'vitest';
import {
  parseProvinceCode,
  predecessorsOf,
  successorOf,
  type CurrentProvinceCode,
  type LegacyProvinceCode,
  type ProvinceGroup,
  regionGroups,
} from '../../src/geo/index.js';

declare const legacy: LegacyProvinceCode;
declare const current: CurrentProvinceCode;

describe('branded province codes', () => {
  it('parses to the brand of the era asked for', () => {
    expectTypeOf(parseProvinceCode('95', { era: 'legacy' })).toEqualTypeOf<LegacyProvinceCode>();
    expectTypeOf(parseProvinceCode('96', { era: 'current' })).toEqualTypeOf<CurrentProvinceCode>();
  });

  it('does not let one map\'s code stand for the other\'s', () => {
    // @ts-expect-error a pre-2025 code is not a current code
    const a: CurrentProvinceCode = legacy;
    // @ts-expect-error a current code is not a pre-2025 code
    const b: LegacyProvinceCode = current;
    // @ts-expect-error successorOf takes a pre-2025 code
    successorOf(current);
    // @ts-expect-error predecessorsOf takes a current code
    predecessorsOf(legacy);
    // @ts-expect-error a plain string is neither
    successorOf('95');
    // @ts-expect-error a plain string is neither
    predecessorsOf('96');
    void a;
    void b;
  });

  it('still reads as a string where a string is expected', () => {
    expectTypeOf(legacy).toMatchTypeOf<string>();
    expectTypeOf(current).toMatchTypeOf<string>();
    expectTypeOf(successorOf(legacy).code).toEqualTypeOf<CurrentProvinceCode>();
    expectTypeOf(predecessorsOf(current)[0]!.code).toEqualTypeOf<LegacyProvinceCode>();
  });

  it('types region groups by map', () => {
    expectTypeOf(regionGroups('legacy')).toEqualTypeOf<readonly ProvinceGroup<LegacyProvinceCode>[]>();
    expectTypeOf(regionGroups('current')).toEqualTypeOf<readonly ProvinceGroup<CurrentProvinceCode>[]>();
  });
});
