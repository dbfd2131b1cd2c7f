import { describe, expect, it } from 'vitest';
import { intervalContains } from '../../src/quantity/Interval.js';
import { count, money, ratio, ratioToFixed } from '../../src/quantity/index.js';
import { averageInterval, averagePer, averagePerProvince, EMPTY_INTERVAL, intervalFromBounds, intervalOfExact } from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

describe('averagePer', () => {
  it('seed 001: 1 600 people in 20 classes is 80 per class; about 800 in 20 is 40 (TSDoc example)', () => {
    expectRatio(valueOf(averagePer(count(1600, 'person'), count(20, 'class'))), 80n);
    expectRatio(valueOf(averagePer(count(800, 'person'), count(20, 'class'))), 40n);
  });

  it('seed 003: 63.335 tỷ over 20 provinces is 3.16675 tỷ, published 3.17', () => {
    const perProvince = valueOf(averagePer(ratio('63.335'), count(20, 'province')));
    expectRatio(perProvince, 12667n, 4000n);
    expect(perProvince.toString()).toBe('3.16675');
    expect(ratioToFixed(perProvince, 2)).toBe('3.17');
    expectRatio(valueOf(averagePer(money(63_335_000_000), count(20, 'province'))), 3_166_750_000n);
  });

  it('reports zero, negative and missing counts', () => {
    const z = averagePer(money(1), count(0, 'province'));
    expectUndefined(z, 'zero-base', 'count');
    expect(z).toMatchObject({ reason: { message: { vi: 'Giá trị gốc (count) bằng 0: không chia được.', en: 'The base (count) is zero: the ratio is undefined.' } } });
    expectUndefined(averagePer(money(1), ratio(-2)), 'negative-base', 'count');
    expectUndefined(averagePer(money(1), null), 'missing-base', 'count');
    expectUndefined(averagePer(undefined, count(1, 'province')), 'missing-value', 'total');
  });
});

describe('averageInterval', () => {
  it('seed 003: 63.335 at its precision over 20 provinces is [3.166725, 3.166775], inside 3.17 ± 0.005 (TSDoc example)', () => {
    const r = valueOf(averageInterval(intervalFromBounds(ratio('63.3345'), ratio('63.3355')), intervalOfExact(count(20, 'province'))));
    expectInterval(r, [126669n, 40000n, false], [126671n, 40000n, false]);
    expect(intervalContains(r, ratio('3.166725'))).toBe(true);
  });

  it('reports a count interval that contains zero or is negative', () => {
    expectUndefined(averageInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(0), ratio(2))), 'denominator-contains-zero', 'count');
    expectUndefined(averageInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(-3), ratio(-2))), 'negative-base', 'count');
    expectUndefined(averageInterval(EMPTY_INTERVAL, intervalOfExact(ratio(2))), 'empty-interval', 'total');
    expectUndefined(averageInterval(intervalOfExact(ratio(1)), intervalFromBounds(ratio(-3), ratio(0), { hiOpen: true })), 'negative-base', 'count');
    expectUndefined(averageInterval(intervalOfExact(ratio(1)), EMPTY_INTERVAL), 'empty-interval', 'count');
  });
});

describe('averagePerProvince', () => {
  const values = { A: money(3_000_000_000), B: money(0), C: null, E: money(5_000_000_000) };
  const keys = ['A', 'B', 'C', 'D'];

  it('reported: divides by the keys with a value (TSDoc example)', () => {
    const r = averagePerProvince({ A: money(3_000_000_000), B: money(0), C: null }, { denominator: 'reported' });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.value, 1_500_000_000n);
    expect(r.denominator).toBe(2);
    expect(r.counted).toEqual(['A', 'B']);
    expect(r.missing).toEqual(['C']);
    expect(r.zeros).toEqual(['B']);
    expect(r.outside).toEqual([]);
  });

  it('all-in-set: every key of the set, missing counted as zero', () => {
    const r = averagePerProvince(values, { denominator: 'all-in-set', keys });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.value, 750_000_000n); // 3 tỷ / 4
    expectRatio(r.total, 3_000_000_000n);
    expect(r.denominator).toBe(4);
    expect(r.policy).toBe('all-in-set');
    expect(r.counted).toEqual(['A', 'B', 'C', 'D']);
    expect(r.missing).toEqual(['C', 'D']);
    expect(r.outside).toEqual(['E']);
  });

  it('non-zero: only the keys with a non-zero value', () => {
    const r = averagePerProvince(values, { denominator: 'non-zero', keys });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.value, 3_000_000_000n);
    expect(r.counted).toEqual(['A']);
    expect(r.zeros).toEqual(['B']);
  });

  it('accepts a Map and de-duplicates the key set', () => {
    const m = new Map([
      ['79', count(3, 'project')],
      ['01', count(4, 'project')],
    ]);
    const r = averagePerProvince(m, { denominator: 'all-in-set', keys: ['79', '01', '79', '48'] });
    if (!r.ok) throw new Error('defined');
    expectRatio(r.value, 7n, 3n);
    expect(r.counted).toEqual(['79', '01', '48']);
  });

  it('is undefined when nothing is counted', () => {
    const r = averagePerProvince({}, { denominator: 'all-in-set' });
    expectUndefined(r, 'empty-denominator', 'keys');
    expect(r).toMatchObject({ reason: {
      message: { vi: 'Không có phần tử nào để chia (keys): mẫu số bằng 0.', en: 'Nothing is counted in the denominator (keys): it is zero.' },
    } });
    expectUndefined(averagePerProvince({ A: money(0), B: null }, { denominator: 'non-zero' }), 'empty-denominator', 'keys');
    expectUndefined(averagePerProvince({ A: null }, { denominator: 'reported' }), 'empty-denominator', 'keys');
  });
});
