/**
 * The internal interval arithmetic (src/internal/interval.ts) against an independent reference: on closed finite
 * intervals the exact image of a product is [min, max] of the four end products, of a sum [lo + lo, hi + hi].
 * Covers the positive-factor shortcut of mulI and the general sign split with the same reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addI, changeI, divI, mulI, positiveDivI, sumI, type I } from '../../src/internal/interval.js';

const small = fc.integer({ min: -50, max: 50 });

/** A closed interval [lo, hi] of whole numbers, as the internal interval. */
const closed = fc.tuple(small, small).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));

function toInternal([lo, hi]: [number, number]): I {
  return { lo: { v: { n: BigInt(lo), d: 1n }, open: false }, hi: { v: { n: BigInt(hi), d: 1n }, open: false } };
}

/** An internal interval's closed ends as numbers (the values here are whole numbers). */
function ends(i: I): [number, number] {
  if (i.lo === null || i.hi === null) throw new Error('unbounded');
  expect(i.lo.open || i.hi.open).toBe(false);
  return [Number(i.lo.v.n) / Number(i.lo.v.d), Number(i.hi.v.n) / Number(i.hi.v.d)];
}

describe('internal interval arithmetic', () => {
  it('a product is [min, max] of the end products, whatever the signs', () => {
    fc.assert(
      fc.property(closed, closed, (a, b) => {
        const products = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]].map((x) => x + 0); // no −0
        expect(ends(mulI(toInternal(a), toInternal(b)))).toEqual([Math.min(...products), Math.max(...products)]);
      }),
    );
  });

  it('a sum adds the ends; the empty sum is [0, 0]', () => {
    fc.assert(
      fc.property(fc.array(closed, { maxLength: 5 }), (parts) => {
        const want = parts.reduce<[number, number]>((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
        expect(ends(sumI(parts.map(toInternal)))).toEqual(want);
        if (parts.length === 2) expect(ends(addI(toInternal(parts[0] as [number, number]), toInternal(parts[1] as [number, number])))).toEqual(want);
      }),
    );
  });

  it('a quotient refuses a divisor holding zero, and a positive-only quotient a negative divisor', () => {
    const one = toInternal([1, 1]);
    expect(divI(one, toInternal([-1, 1]), 'a', 'b')).toEqual({ ok: false, code: 'denominator-contains-zero', field: 'b' });
    expect(positiveDivI(one, toInternal([-3, -2]), 'a', 'b')).toEqual({ ok: false, code: 'negative-base', field: 'b' });
    // 1 / [2, 4] = [1/4, 1/2]
    const q = divI(one, toInternal([2, 4]), 'a', 'b');
    expect(q.ok && ends(q.value)).toEqual([0.25, 0.5]);
  });

  it('a change from a negative base follows the policy', () => {
    const cur = toInternal([-5, -5]);
    const prev = toInternal([-10, -10]);
    expect(changeI(cur, prev, 'refuse')).toEqual({ ok: false, code: 'negative-base', field: 'previous' });
    // −5 / −10 − 1 = −0.5; (−5 − (−10)) / 10 = 0.5
    const ratio = changeI(cur, prev, 'ratio');
    expect(ratio.ok && ends(ratio.value)).toEqual([-0.5, -0.5]);
    const magnitude = changeI(cur, prev, 'absolute-base');
    expect(magnitude.ok && ends(magnitude.value)).toEqual([0.5, 0.5]);
  });
});
