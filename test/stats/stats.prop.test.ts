import fc from 'fast-check';
import { describe, it } from 'vitest';
import { intervalContains } from '../../src/quantity/Interval.js';
import { add, cmp, mul, powInt, R1, rat, sub, type Rat } from '../../src/internal/rational.js';
import type { Interval } from '../../src/quantity/Interval.js';
import { fromRat } from '../../src/internal/ratio.js';
import { toRat } from '../../src/internal/rational.js';
import { ratio, type Ratio } from '../../src/quantity/Ratio.js';
import { integerRoot } from '../../src/stats/cagr.js';
import {
  addIntervals,
  averageInterval,
  averagePer,
  cagr,
  cagrInterval,
  completionInterval,
  completionRate,
  divideIntervals,
  intervalHull,
  impliedPrevious,
  impliedPreviousInterval,
  intervalIntersection,
  intervalFromBounds,
  isSubinterval,
  multiplyIntervals,
  partShareInterval,
  percentChange,
  percentChangeInterval,
  ratioInterval,
  ratioOf,
  scaleInterval,
  share,
  shareInterval,
  shares,
  shiftInterval,
  subtractIntervals,
  sumInterval,
  widenInterval,
  type NegativeBasePolicy,
  type StatResult,
} from '../../src/stats/index.js';

// Zero and ±1 often: the edge cases of division and of open ends at zero live there.
const arbRatio = (min = -3000n, max = 3000n) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...[0n, 1n, -1n].filter((x) => x >= min && x <= max)).map((n) => ratio(n)) },
    { weight: 4, arbitrary: fc.tuple(fc.bigInt({ min, max }), fc.bigInt({ min: 1n, max: 40n })).map(([n, d]) => ratio(n, d)) },
  );

fc.configureGlobal({ numRuns: 300 });
const nonNeg = arbRatio(0n, 1000n);
const unboundedOften = fc.constantFrom(false, false, false, true);

interface Boxed {
  readonly interval: Interval;
  readonly point: Ratio;
}

/** An interval (possibly open or unbounded at either end) with a point drawn from inside it. */
const arbBoxed = (point = arbRatio()): fc.Arbitrary<Boxed> =>
  fc
    .record({ p: point, dl: nonNeg, dh: nonNeg, loNull: unboundedOften, hiNull: unboundedOften, loOpen: fc.boolean(), hiOpen: fc.boolean() })
    .map(({ p, dl, dh, loNull, hiNull, loOpen, hiOpen }) => {
      const pr = toRat(p);
      const lo = loNull ? null : fromRat(sub(pr, toRat(dl)));
      const hi = hiNull ? null : fromRat(add(pr, toRat(dh)));
      const interval = intervalFromBounds(lo, hi, { loOpen: loOpen && dl.numerator > 0n, hiOpen: hiOpen && dh.numerator > 0n });
      return { interval, point: p };
    });

const r = (x: Ratio): Rat => toRat(x);
const val = <T>(x: StatResult<T>): T | null => (x.ok ? x.value : null);
const asResult = (i: Interval): StatResult<Interval> => ({ ok: true, value: i });

describe('shares (property)', () => {
  const arbParts = fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 8 }).filter((xs) => xs.some((x) => x > 0n));

  it('the exact shares of a partition sum to exactly 1', () => {
    fc.assert(
      fc.property(arbParts, (xs) => {
        const res = shares(Object.fromEntries(xs.map((x, i) => [`k${String(i)}`, ratio(x)])));
        if (!res.ok) return false;
        const total = Object.values<Ratio>(res.value).reduce((acc, s) => add(acc, r(s)), rat(0n));
        return cmp(total, R1) === 0;
      }),
    );
  });

  it('largest-remainder shares sum to exactly 100% at the given decimals, each within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -1000n, max: 10n ** 9n }), { minLength: 1, maxLength: 8 }).filter((xs) => xs.reduce((a, b) => a + b, 0n) > 0n),
        fc.integer({ min: 0, max: 4 }),
        (xs, decimals) => {
          const res = shares(Object.fromEntries(xs.map((x, i) => [`k${String(i)}`, ratio(x)])), { rounding: { method: 'largest-remainder', decimals } });
          if (!res.ok || res.rounded === null) return false;
          const unit = rat(1n, 10n ** BigInt(decimals + 2));
          const rounded = Object.values<Ratio>(res.rounded);
          const exact = Object.values<Ratio>(res.value);
          const total = rounded.reduce((acc, s) => add(acc, r(s)), rat(0n));
          const withinUnit = rounded.every((s, i) => {
            const d = sub(r(s), r(exact[i] as Ratio));
            return cmp(d, unit) < 0 && cmp(d, sub(rat(0n), unit)) > 0;
          });
          // every rounded share is a whole number of units
          const whole = rounded.every((s) => mul(r(s), rat(10n ** BigInt(decimals + 2))).d === 1n);
          return cmp(total, R1) === 0 && withinUnit && whole;
        },
      ),
    );
  });

  it('largest-remainder shares are Hamilton\'s method: floors, then one unit each to the largest remainders (ties: the earlier key), for parts with any denominators', () => {
    // The reference works on the reduced exact shares with rational comparisons (the library works on integer
    // remainders over one common denominator): both must give the same units.
    const hamilton = (parts: readonly Rat[], units: bigint): bigint[] => {
      const whole = parts.reduce(add, rat(0n));
      const scaled = parts.map((p) => mul(p, rat(units * whole.d, whole.n)));
      const floors = scaled.map((x) => {
        const q = x.n / x.d;
        return x.n < 0n && q * x.d !== x.n ? q - 1n : q;
      });
      const order = scaled.map((x, i) => [sub(x, rat(floors[i] as bigint)), i] as const).sort((a, b) => cmp(b[0], a[0]) || a[1] - b[1]);
      let deficit = units - floors.reduce((a, b) => a + b, 0n);
      for (const [, i] of order) {
        if (deficit <= 0n) break;
        floors[i] = (floors[i] as bigint) + 1n;
        deficit -= 1n;
      }
      return floors;
    };
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(fc.oneof(fc.bigInt({ min: -3n, max: 12n }), fc.bigInt({ min: -50n, max: 10n ** 6n })), fc.constantFrom(1n, 2n, 3n, 7n, 12n)), { minLength: 1, maxLength: 9 })
          .map((xs) => xs.map(([n, d]) => rat(n, d)))
          .filter((xs) => xs.reduce(add, rat(0n)).n > 0n),
        fc.integer({ min: 0, max: 2 }),
        (xs, decimals) => {
          const res = shares(Object.fromEntries(xs.map((x, i) => [`k${String(i)}`, fromRat(x)])), { rounding: { method: 'largest-remainder', decimals } });
          if (!res.ok || res.rounded === null) return false;
          const units = 10n ** BigInt(decimals + 2);
          const got = Object.values<Ratio>(res.rounded).map((s) => (s.numerator * units) / s.denominator);
          return got.join() === hamilton(xs, units).join();
        },
      ),
    );
  });

  it('share(part, whole) of each part agrees with shares()', () => {
    fc.assert(
      fc.property(arbParts, (xs) => {
        const res = shares(Object.fromEntries(xs.map((x, i) => [`k${String(i)}`, ratio(x)])));
        const whole = ratio(xs.reduce((a, b) => a + b, 0n));
        return res.ok && xs.every((x, i) => cmp(r(val(share(ratio(x), whole)) as Ratio), r(res.value[`k${String(i)}`] as Ratio)) === 0);
      }),
    );
  });
});

describe('percentChange (property)', () => {
  it('(1 + change(a, b)) · (1 + change(b, a)) = 1 exactly for positive a and b', () => {
    fc.assert(
      fc.property(arbRatio(1n, 10n ** 6n), arbRatio(1n, 10n ** 6n), (a, b) => {
        const ab = val(percentChange(a, b));
        const ba = val(percentChange(b, a));
        return ab !== null && ba !== null && cmp(mul(add(R1, r(ab)), add(R1, r(ba))), R1) === 0;
      }),
    );
  });

  it('the identity holds for any non-zero bases under the "ratio" policy', () => {
    fc.assert(
      fc.property(arbRatio(), arbRatio(), (a, b) => {
        fc.pre(a.numerator !== 0n && b.numerator !== 0n);
        const ab = val(percentChange(a, b, { negativeBase: 'ratio' }));
        const ba = val(percentChange(b, a, { negativeBase: 'ratio' }));
        return ab !== null && ba !== null && cmp(mul(add(R1, r(ab)), add(R1, r(ba))), R1) === 0;
      }),
    );
  });

  it('impliedPrevious inverts percentChange', () => {
    fc.assert(
      fc.property(arbRatio(), arbRatio(1n, 10n ** 6n), (c, p) => {
        const change = val(percentChange(c, p));
        fc.pre(change !== null && cmp(add(R1, r(change)), rat(0n)) !== 0);
        return cmp(r(val(impliedPrevious(c, change)) as Ratio), r(p)) === 0;
      }),
    );
  });
});

/** Binary interval operations with their point versions. */
const binary: readonly [string, (a: Interval, b: Interval) => StatResult<Interval>, (a: Ratio, b: Ratio) => Ratio | null][] = [
  ['add', (a, b) => asResult(addIntervals(a, b)), (a, b) => fromRat(add(r(a), r(b)))],
  ['subtract', (a, b) => asResult(subtractIntervals(a, b)), (a, b) => fromRat(sub(r(a), r(b)))],
  ['multiply', (a, b) => asResult(multiplyIntervals(a, b)), (a, b) => fromRat(mul(r(a), r(b)))],
  ['divide', divideIntervals, (a, b) => val(ratioOf(a, b))],
  ['ratio', ratioInterval, (a, b) => val(ratioOf(a, b))],
  ['sum', (a, b) => asResult(sumInterval([a, b])), (a, b) => fromRat(add(r(a), r(b)))],
  ['scale', (a, b) => (b.lo === null ? asResult(a) : asResult(scaleInterval(a, b.lo.value))), (a) => a],
  ['percentChange', (a, b) => percentChangeInterval(a, b), (a, b) => val(percentChange(a, b))],
  ['percentChange ratio', (a, b) => percentChangeInterval(a, b, { negativeBase: 'ratio' }), (a, b) => val(percentChange(a, b, { negativeBase: 'ratio' }))],
  [
    'percentChange absolute-base',
    (a, b) => percentChangeInterval(a, b, { negativeBase: 'absolute-base' as NegativeBasePolicy }),
    (a, b) => val(percentChange(a, b, { negativeBase: 'absolute-base' })),
  ],
  ['share', shareInterval, (a, b) => val(share(a, b))],
  ['average', averageInterval, (a, b) => val(averagePer(a, b))],
  ['impliedPrevious', impliedPreviousInterval, (a, b) => val(impliedPrevious(a, b))],
  ['partShare', partShareInterval, (a, b) => val(share(a, fromRat(add(r(a), r(b)))))],
  ['completion rate', (a, b) => (b.lo === null ? asResult(a) : ((c) => (c.ok ? c.value.rate : c))(completionInterval(a, b.lo.value))), (a) => a],
];

describe('interval arithmetic (property)', () => {
  for (const [name, intervalOp, pointOp] of binary) {
    it(`${name}: the result interval contains the point result of any points drawn from the inputs`, () => {
      fc.assert(
        fc.property(arbBoxed(), arbBoxed(), (x, y) => {
          const res = intervalOp(x.interval, y.interval);
          if (!res.ok) return true;
          if (name === 'scale') {
            return y.interval.lo === null || intervalContains(res.value, fromRat(mul(r(x.point), r(y.interval.lo.value))));
          }
          if (name === 'completion rate') {
            if (y.interval.lo === null) return true;
            const c = completionRate(x.point, y.interval.lo.value);
            return !c.ok || !c.value.rate.ok || intervalContains(res.value, c.value.rate.value);
          }
          const p = pointOp(x.point, y.point);
          // a defined interval result implies a defined point result
          return p !== null && intervalContains(res.value, p);
        }),
      );
    });

    it(`${name}: widening an input never shrinks the result`, () => {
      fc.assert(
        fc.property(arbBoxed(), arbBoxed(), nonNeg, fc.boolean(), (x, y, w, first) => {
          // 'scale' and 'completion rate' read the second input's lower end as an exact scalar: only the first widens
          const widenFirst = first || name === 'scale' || name === 'completion rate';
          const wide = widenFirst ? [widenInterval(x.interval, w), y.interval] : [x.interval, widenInterval(y.interval, w)];
          const narrow = intervalOp(x.interval, y.interval);
          const broad = intervalOp(wide[0] as Interval, wide[1] as Interval);
          if (!narrow.ok || !broad.ok) return true;
          return isSubinterval(narrow.value, broad.value);
        }),
      );
    });
  }

  it('multiplying closed bounded intervals gives exactly the extreme corner products', () => {
    fc.assert(
      fc.property(arbRatio(), nonNeg, arbRatio(), nonNeg, (a, da, b, db) => {
        const A = [r(a), add(r(a), r(da))] as const;
        const B = [r(b), add(r(b), r(db))] as const;
        const corners = [mul(A[0], B[0]), mul(A[0], B[1]), mul(A[1], B[0]), mul(A[1], B[1])].sort(cmp);
        const prod = multiplyIntervals(intervalFromBounds(fromRat(A[0]), fromRat(A[1])), intervalFromBounds(fromRat(B[0]), fromRat(B[1])));
        return (
          prod.lo !== null &&
          prod.hi !== null &&
          cmp(r(prod.lo.value), corners[0] as Rat) === 0 &&
          cmp(r(prod.hi.value), corners[3] as Rat) === 0 &&
          !prod.lo.open &&
          !prod.hi.open
        );
      }),
    );
  });

  it('hull contains both inputs and intersection is inside both', () => {
    fc.assert(
      fc.property(arbBoxed(), arbBoxed(), (x, y) => {
        const h = intervalHull([x.interval, y.interval]);
        const i = intervalIntersection(x.interval, y.interval);
        return (
          isSubinterval(x.interval, h) &&
          isSubinterval(y.interval, h) &&
          isSubinterval(i, x.interval) &&
          isSubinterval(i, y.interval) &&
          intervalContains(h, x.point) &&
          (!(intervalContains(x.interval, y.point) && intervalContains(y.interval, y.point)) || intervalContains(i, y.point))
        );
      }),
    );
  });

  it('shifting and widening keep the shifted point inside', () => {
    fc.assert(
      fc.property(arbBoxed(), arbRatio(), nonNeg, (x, k, w) => {
        return intervalContains(shiftInterval(x.interval, k), fromRat(add(r(x.point), r(k)))) && intervalContains(widenInterval(x.interval, w), x.point);
      }),
    );
  });
});

describe('cagr (property)', () => {
  it('integerRoot is the floor of the n-th root: k^n ≤ x < (k + 1)^n', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 80n }), fc.integer({ min: 1, max: 60 }), (x, n) => {
        const k = integerRoot(x, n);
        const N = BigInt(n);
        return k ** N <= x && (k + 1n) ** N > x;
      }),
    );
  });

  const positive = arbRatio(1n, 10n ** 5n);

  it('the bracket encloses the true rate: (1 + lower)^n ≤ last/first ≤ (1 + upper)^n, upper − lower = 10^−decimals unless exact', () => {
    fc.assert(
      fc.property(positive, arbRatio(0n, 10n ** 5n), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 }), (f, l, n, decimals) => {
        const res = cagr(f, l, n, { decimals });
        if (!res.ok) return false;
        const q = mul(r(l), rat(r(f).d, r(f).n));
        const lowOk = cmp(powInt(add(R1, r(res.lower)), n), q) <= 0;
        const highOk = cmp(q, powInt(add(R1, r(res.upper)), n)) <= 0;
        const width = sub(r(res.upper), r(res.lower));
        const widthOk = res.exact ? cmp(width, rat(0n)) === 0 && cmp(powInt(add(R1, r(res.value)), n), q) === 0 : cmp(width, rat(1n, 10n ** BigInt(decimals))) === 0;
        const valueOk = cmp(r(res.value), r(res.lower)) === 0 || cmp(r(res.value), r(res.upper)) === 0;
        return lowOk && highOk && widthOk && valueOk;
      }),
    );
  });

  it('cagrInterval encloses the rate of any points drawn from its inputs, and widening never shrinks it', () => {
    fc.assert(
      fc.property(arbBoxed(positive), arbBoxed(arbRatio(0n, 10n ** 5n)), fc.integer({ min: 1, max: 6 }), nonNeg, (f, l, n, w) => {
        const res = cagrInterval(f.interval, l.interval, n, { decimals: 12 });
        if (!res.ok) return true;
        const p = cagr(f.point, l.point, n, { decimals: 12 });
        if (!p.ok) return false;
        const i = res.value;
        const loOk = i.lo === null || cmp(r(i.lo.value), r(p.lower)) <= 0;
        const hiOk = i.hi === null || cmp(r(p.upper), r(i.hi.value)) <= 0;
        const exactOk = !p.exact || intervalContains(i, p.value);
        const wider = cagrInterval(f.interval, widenInterval(l.interval, w), n, { decimals: 12 });
        return loOk && hiOk && exactOk && (!wider.ok || isSubinterval(i, wider.value));
      }),
    );
  });
});
