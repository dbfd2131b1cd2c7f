import { describe, expect, it } from 'vitest';
import { money, ratio, ratioToFixed } from '../../src/quantity/index.js';
import { yearOverYear } from '../../src/stats/index.js';
import { expectRatio, expectUndefined, valueOf } from './exact.js';

describe('yearOverYear', () => {
  it('seed 003: national funds (KCQG) 7.73 → 13.877 tỷ is +79.52% (TSDoc example)', () => {
    const y = yearOverYear({ 2013: ratio('7.73'), 2014: ratio('13.877') });
    const change = y.changes[0];
    expect(change?.year).toBe(2014);
    expect(change?.previousYear).toBe(2013);
    const pct = valueOf(change!.percent);
    expectRatio(pct, 6147n, 7730n);
    expect(pct.toString().startsWith('0.79521345407503234152652')).toBe(true);
    expect(ratioToFixed(pct, 4)).toBe('0.7952');
    expectRatio(valueOf(change!.absolute), 6147n, 1000n);
  });

  it('seed 003: regional totals 54.06 → 63.335 tỷ is +17.16%', () => {
    const y = yearOverYear(
      new Map([
        [2014, money(63_335_000_000)],
        [2013, money(54_060_000_000)],
      ]),
    );
    expect(y.firstYear).toBe(2013);
    expect(y.lastYear).toBe(2014);
    expectRatio(valueOf(y.changes[0]!.percent), 35n, 204n);
    expect(y.missingYears).toEqual([]);
  });

  it('reports gaps and never compares across them or fills them', () => {
    const y = yearOverYear({ 2012: ratio(10), 2014: ratio(12), 2015: null, 2016: ratio(15) });
    expect(y.missingYears).toEqual([2013, 2015]);
    expect(y.changes.map((c) => c.year)).toEqual([2013, 2014, 2015, 2016]);
    expectUndefined(y.changes[0]!.percent, 'missing-value', 'current');
    expectUndefined(y.changes[1]!.percent, 'missing-base', 'previous');
    expectUndefined(y.changes[1]!.absolute, 'missing-base', 'previous');
    expectUndefined(y.changes[2]!.percent, 'missing-value', 'current');
    expectUndefined(y.changes[3]!.percent, 'missing-base', 'previous');
    expect(y.changes.every((c) => !c.percent.ok)).toBe(true);
  });

  it('reports a zero base for the relative change but keeps the absolute change', () => {
    const y = yearOverYear({ 2016: ratio(0), 2017: ratio('0.6') });
    expectUndefined(y.changes[0]!.percent, 'zero-base', 'previous');
    expectRatio(valueOf(y.changes[0]!.absolute), 3n, 5n);
  });

  it('passes the negative-base policy on', () => {
    const y = yearOverYear({ 2016: ratio(-10), 2017: ratio(-5) }, { negativeBase: 'absolute-base' });
    expectRatio(valueOf(y.changes[0]!.percent), 1n, 2n);
    expectUndefined(yearOverYear({ 2016: ratio(-10), 2017: ratio(-5) }).changes[0]!.percent, 'negative-base', 'previous');
  });

  it('handles an empty and a one-year series', () => {
    expect(yearOverYear({})).toEqual({ firstYear: null, lastYear: null, changes: [], missingYears: [] });
    expect(yearOverYear({ 2018: ratio(1) })).toEqual({ firstYear: 2018, lastYear: 2018, changes: [], missingYears: [] });
    expect(yearOverYear({ 2018: null })).toEqual({ firstYear: 2018, lastYear: 2018, changes: [], missingYears: [2018] });
    expect(Object.isFrozen(yearOverYear({}).changes)).toBe(true);
  });
});
