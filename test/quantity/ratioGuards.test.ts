import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRatio,
  compareRatio,
  divideRatio,
  KhuyenCongError,
  money,
  multiplyRatio,
  negateRatio,
  ratio,
  Ratio,
  ratioToFixed,
  subtractRatio,
} from '../../src/index.js';
import { gcd } from '../../src/internal/rational.js';

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

const any = <T>(v: unknown): T => v as T;

describe('class: a non-Ratio argument never hangs a ratio function (issue 14, "never returns")', () => {
  it('refuses the three reported calls with ratio.not-ratio instead of looping', () => {
    expect(codeOf(() => multiplyRatio(any('0.5'), any('0.5')))).toBe('ratio.not-ratio');
    expect(codeOf(() => divideRatio(any(money(5)), any(0)))).toBe('ratio.not-ratio');
    expect(codeOf(() => addRatio(any({ numerator: 1, denominator: 2 }), ratio(1, 3)))).toBe('ratio.not-ratio');
  });

  it('gcd itself throws on anything but bigints (NaN % NaN is never 0n)', () => {
    expect(codeOf(() => gcd(any(Number.NaN), any(Number.NaN)))).toBe('ratio.not-ratio');
    expect(codeOf(() => gcd(1n, any(undefined)))).toBe('ratio.not-ratio');
    expect(gcd(12n, -18n)).toBe(6n);
  });

  it('accepts a structural Ratio (another build of the library) and normalises it', () => {
    // 1/2 + 1/3 = 5/6; {2n, 4n} is 1/2 in lowest terms.
    expect(addRatio(any({ numerator: 1n, denominator: 2n }), ratio(1, 3)).toString()).toBe('0.833333333333333333333333333333');
    const half = negateRatio(any({ numerator: 2n, denominator: 4n }));
    expect([half.numerator, half.denominator]).toEqual([-1n, 2n]);
  });

  it('refuses a non-positive or non-bigint denominator, null, a revoked Proxy and a throwing getter', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, 'numerator', {
      get() {
        throw new Error('boom');
      },
    });
    for (const bad of [null, undefined, { numerator: 1n, denominator: 0n }, { numerator: 1n, denominator: -2n }, { numerator: 1n }, proxy, throwing, [1n, 2n]]) {
      expect(codeOf(() => compareRatio(any(bad), ratio(1)))).toBe('ratio.not-ratio');
    }
    expect(codeOf(() => divideRatio(ratio(1), any({ numerator: 0n, denominator: 1n })))).toBe('ratio.zero-denominator');
  });

  it('property: for any JSON value, every ratio function returns a Ratio or throws KhuyenCongError, fast', () => {
    const fns: ((a: Ratio, b: Ratio) => unknown)[] = [
      addRatio,
      subtractRatio,
      multiplyRatio,
      divideRatio,
      (a) => negateRatio(a),
      compareRatio,
      (a) => ratioToFixed(a, 2),
    ];
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.jsonValue(), fc.constant(ratio(2, 3))), fc.integer({ min: 0, max: fns.length - 1 }), (a, b, k) => {
        const t0 = performance.now();
        try {
          const r = (fns[k] as (a: Ratio, b: Ratio) => unknown)(any(a), any(b));
          expect(r instanceof Ratio || typeof r === 'number' || typeof r === 'string').toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(KhuyenCongError);
        }
        expect(performance.now() - t0).toBeLessThan(1000);
      }),
      { numRuns: 500 },
    );
  });
});
