import { describe, expect, it } from 'vitest';
import { KhuyenCongError } from '../../src/internal/errors.js';
import { money, ratio } from '../../src/quantity/index.js';
import { averagePerYear, periodAverage, periodLength, periodTotal } from '../../src/stats/index.js';
import { expectRatio, expectUndefined, valueOf } from './exact.js';

describe('periodLength', () => {
  it('seed 000: 2014–2018 is 5 years, both ends included (TSDoc example)', () => {
    expect(periodLength({ from: 2014, to: 2018 })).toBe(5);
    expect(periodLength({ from: 2018, to: 2018 })).toBe(1);
  });

  it('refuses reversed or fractional periods with a bilingual error', () => {
    expect(() => periodLength({ from: 2018, to: 2014 })).toThrow(
      'period: Giai đoạn 2018–2014 không hợp lệ: năm phải là số nguyên và năm đầu không sau năm cuối. / The period 2018–2014 is invalid: years must be whole and the first must not come after the last.',
    );
    expect(() => periodLength({ from: 2014.5, to: 2018 })).toThrow(KhuyenCongError);
  });

  it('refuses what is not a period at all (undefined, null, a string, a revoked Proxy) with the same code (issue 14)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const bad of [undefined, null, '2014-2018', proxy]) {
      try {
        periodLength(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(KhuyenCongError);
        expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'stats.invalid-period', path: ['period'] });
      }
      expect(periodTotal({}, bad as never)).toMatchObject({ ok: false, reason: { code: 'invalid-period' } });
      expect(periodAverage({}, bad as never)).toMatchObject({ ok: false, reason: { code: 'invalid-period' } });
      expect(averagePerYear(money(1), bad as never)).toMatchObject({ ok: false, reason: { code: 'invalid-period' } });
    }
  });
});

describe('averagePerYear', () => {
  it('seed 000: Bạc Liêu 6.979 tỷ over 2014–2018 is 1.3958 tỷ a year (TSDoc example)', () => {
    expectRatio(valueOf(averagePerYear(money(6_979_000_000), { from: 2014, to: 2018 })), 1_395_800_000n);
    expect(valueOf(averagePerYear(ratio('6.979'), { from: 2014, to: 2018 })).toString()).toBe('1.3958');
  });

  it('seed 000: the total itself is 2.959 + 4.020 = 6.979 tỷ', () => {
    const t = periodTotal({ 2014: ratio('2.959'), 2015: ratio('4.020') }, { from: 2014, to: 2015 });
    expect(t.ok && t.value.toString()).toBe('6.979');
  });

  it('a single-year period averages to the total; bad periods and missing totals are undefined', () => {
    expectRatio(valueOf(averagePerYear(ratio('1.42'), { from: 2016, to: 2016 })), 142n, 100n);
    expectUndefined(averagePerYear(ratio(1), { from: 2018, to: 2014 }), 'invalid-period', 'period');
    expectUndefined(averagePerYear(null, { from: 2014, to: 2018 }), 'missing-value', 'total');
  });
});

describe('periodTotal', () => {
  it('sums the reported years and reports the missing ones (TSDoc example)', () => {
    const t = periodTotal({ 2013: ratio('54.06'), 2014: ratio('63.335') }, { from: 2013, to: 2015 });
    if (!t.ok) throw new Error('defined');
    expect(t.value.toString()).toBe('117.395');
    expect(t.years).toBe(3);
    expect(t.reportedYears).toEqual([2013, 2014]);
    expect(t.missingYears).toEqual([2015]);
    expect(t.complete).toBe(false);
  });

  it('ignores years outside the period and treats null as missing', () => {
    const series = new Map([
      [2012, money(5)],
      [2014, money(7)],
      [2015, null],
      [2016, money(11)],
    ]);
    const t = periodTotal(series, { from: 2014, to: 2016 });
    if (!t.ok) throw new Error('defined');
    expectRatio(t.value, 18n);
    expect(t.missingYears).toEqual([2015]);
    const full = periodTotal(series, { from: 2016, to: 2016 });
    expect(full.ok && full.complete && full.years).toBe(1);
  });

  it('is undefined for a reversed or fractional period', () => {
    const r = periodTotal({}, { from: 2015, to: 2014 });
    expectUndefined(r, 'invalid-period', 'period');
    expect(r).toMatchObject({ reason: {
      message: {
        vi: 'Giai đoạn (period) không hợp lệ: năm đầu và năm cuối phải là số nguyên, năm đầu không sau năm cuối.',
        en: 'The period (period) is invalid: both years must be whole numbers and the first must not come after the last.',
      },
    } });
    expectUndefined(periodTotal({}, { from: 2014, to: Number.NaN }), 'invalid-period', 'period');
  });
});

describe('periodAverage', () => {
  const series = { 2014: ratio(2), 2015: ratio(0), 2017: ratio(4) };

  it('divides by the years of the period by default, missing years counted as zero (TSDoc example)', () => {
    const a = periodAverage({ 2014: ratio(2), 2016: ratio(4) }, { from: 2014, to: 2016 });
    if (!a.ok) throw new Error('defined');
    expectRatio(a.value, 2n);
    expect(a.missing).toEqual([2015]);
    expect(a.years).toBe(3);
    expect(a.complete).toBe(false);
  });

  it('applies the reported and non-zero denominator policies', () => {
    const all = periodAverage(series, { from: 2014, to: 2018 });
    const reported = periodAverage(series, { from: 2014, to: 2018 }, { denominator: 'reported' });
    const nonZero = periodAverage(series, { from: 2014, to: 2018 }, { denominator: 'non-zero' });
    if (!all.ok || !reported.ok || !nonZero.ok) throw new Error('defined');
    expectRatio(all.value, 6n, 5n);
    expect(all.denominator).toBe(5);
    expectRatio(reported.value, 2n);
    expect(reported.counted).toEqual([2014, 2015, 2017]);
    expectRatio(nonZero.value, 3n);
    expect(nonZero.counted).toEqual([2014, 2017]);
    expect(nonZero.missing).toEqual([2016, 2018]);
  });

  it('is undefined for a bad period or when nothing is counted', () => {
    expectUndefined(periodAverage(series, { from: 2019, to: 2018 }), 'invalid-period', 'period');
    expectUndefined(periodAverage({ 2014: ratio(0) }, { from: 2014, to: 2014 }, { denominator: 'non-zero' }), 'empty-denominator', 'period');
  });

  it('refuses keys that are not whole years', () => {
    expect(() => periodAverage({ abc: ratio(1) } as unknown as Record<number, ReturnType<typeof ratio>>, { from: 2014, to: 2014 })).toThrow(
      'abc: Năm "abc" không phải số nguyên. / The year "abc" is not a whole number.',
    );
    expect(() => periodTotal(new Map([[2014.5, ratio(1)]]), { from: 2014, to: 2015 })).toThrow(KhuyenCongError);
  });
});
