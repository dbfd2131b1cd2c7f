import { describe, expectTypeOf, it } from 'vitest';
import { count, money, percent, ratio, type Ratio } from '../../src/quantity/index.js';
import {
  absoluteChange,
  averagePerProvince,
  cagr,
  completionRate,
  percentChange,
  share,
  shares,
  yearOverYear,
  type DenominatorPolicy,
  type StatResult,
} from '../../src/stats/index.js';
import type { Interval } from '../../src/quantity/Interval.js';

describe('statistics types', () => {
  it('returns an exact Ratio result that must be narrowed before use', () => {
    const r = percentChange(money(2), money(1));
    expectTypeOf(r).toEqualTypeOf<StatResult<Ratio>>();
    // @ts-expect-error the value exists only on a defined result
    void r.value;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Ratio>();
    else expectTypeOf(r.reason.code).toBeString();
  });

  it('compares like with like', () => {
    percentChange(count(327, 'project'), count(287, 'project'));
    percentChange(percent(12), percent(10));
    percentChange(ratio(3), ratio(4));
    percentChange(money(1), null);
    // @ts-expect-error money is not compared with a count
    percentChange(money(1), count(1, 'project'));
    // @ts-expect-error counts of different units are not compared
    percentChange(count(1, 'project'), count(2, 'person'));
    // @ts-expect-error a percentage is not compared with money
    absoluteChange(percent(1), money(1));
    // @ts-expect-error a ratio is not a share of money
    share(ratio(1), money(1));
    // @ts-expect-error no raw numbers: exact values only
    percentChange(2, 1);
    // @ts-expect-error first and last of a growth rate are of one kind
    cagr(money(1), count(2, 'project'), 1);
  });

  it('requires an explicit denominator policy for per-province averages', () => {
    averagePerProvince({ A: money(1) }, { denominator: 'all-in-set' });
    // @ts-expect-error the denominator policy has no default
    averagePerProvince({ A: money(1) }, {});
    // @ts-expect-error only the three named policies exist
    averagePerProvince({ A: money(1) }, { denominator: 'all' });
    expectTypeOf<DenominatorPolicy>().toEqualTypeOf<'all-in-set' | 'reported' | 'non-zero'>();
  });

  it('keeps the keys of shares', () => {
    const r = shares({ national: money(4_020_000_000), local: money(2_959_000_000) });
    if (r.ok) {
      expectTypeOf(r.value.national).toEqualTypeOf<Ratio>();
      // @ts-expect-error no such part
      void r.value.regional;
    }
  });

  it('takes qualified targets and yearly series', () => {
    const c = completionRate(count(76, 'establishment'), { value: count(75, 'establishment'), qualifiers: ['more-than'] });
    if (c.ok) expectTypeOf(c.value.met).toBeBoolean();
    // @ts-expect-error unknown qualifier
    completionRate(count(76, 'establishment'), { value: count(75, 'establishment'), qualifiers: ['hơn'] });
    yearOverYear({ 2013: money(1), 2014: null });
    expectTypeOf<Interval['lo']>().toEqualTypeOf<{ readonly value: Ratio; readonly open: boolean } | null>();
  });
});
