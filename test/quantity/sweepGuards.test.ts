import { describe, expect, it } from 'vitest';
import { count, isCount, isPercent, KhuyenCongError, percent, ratio, ratioEquals } from '../../src/index.js';
import { any, revoked } from '../reliability/guards.js';

/** The code of the KhuyenCongError `f` throws (the test fails on any other outcome). */
function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KhuyenCongError);
    return (e as KhuyenCongError).issues[0]?.code ?? '';
  }
  throw new Error('expected a KhuyenCongError');
}

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get(): never {
      throw new Error('getter that throws');
    },
  });
}

describe('ratioEquals goes through the one Ratio check, like every other ratio function (issue 14 sweep)', () => {
  it('refuses what is not a Ratio with ratio.not-ratio instead of a TypeError', () => {
    for (const bad of [undefined, null, 0, '0.5', {}, [], revoked()]) {
      expect(codeOf(() => ratioEquals(any(bad), ratio(1, 2)))).toBe('ratio.not-ratio');
      expect(codeOf(() => ratioEquals(ratio(1, 2), any(bad)))).toBe('ratio.not-ratio');
    }
  });

  it('compares exactly, also a structural Ratio not in lowest terms (another build of the library)', () => {
    expect(ratioEquals(ratio(2, 6), ratio(1, 3))).toBe(true);
    expect(ratioEquals(ratio(1, 3), ratio('0.3333333333'))).toBe(false);
    expect(ratioEquals(any({ numerator: 2n, denominator: 4n }), ratio(1, 2))).toBe(true);
    expect(ratioEquals(any({ numerator: -2n, denominator: 4n }), ratio(1, 2))).toBe(false);
  });
});

describe('isCount and isPercent never throw, like isMoney and isRatio (issue 14 sweep)', () => {
  it('answer false for a revoked Proxy or a getter that throws', () => {
    expect(isCount(revoked())).toBe(false);
    expect(isCount(throwingGetter('kind'))).toBe(false);
    expect(isPercent(revoked())).toBe(false);
    expect(isPercent(throwingGetter('kind'))).toBe(false);
    expect(isPercent(Object.defineProperty({ kind: 'percent' }, 'ratio', { get: (): never => { throw new Error('x'); } }))).toBe(false);
  });

  it('still answer true for the real thing', () => {
    expect(isCount(count(3324, 'worker'))).toBe(true);
    expect(isPercent(percent('17.16'))).toBe(true);
    expect(isCount(undefined) || isPercent(null)).toBe(false);
  });
});
