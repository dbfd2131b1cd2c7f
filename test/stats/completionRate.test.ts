import { describe, expect, it } from 'vitest';
import { count, money, parseQuantity, ratio, type Quantity } from '../../src/quantity/index.js';
import { completionInterval, completionRate, EMPTY_INTERVAL, intervalFromBounds, targetRule } from '../../src/stats/index.js';
import { expectInterval, expectRatio, expectUndefined, valueOf } from './exact.js';

const est = (n: number) => count(n, 'establishment');

describe('completionRate', () => {
  it('seed 001: "hơn 75 cơ sở" is not met by exactly 75 (TSDoc example)', () => {
    const c = completionRate(est(75), { value: est(75), qualifiers: ['more-than'] });
    if (!c.ok) throw new Error('defined');
    expect(c.value.met).toBe(false);
    expect(c.value.comparison).toBe('more-than');
    expectRatio(valueOf(c.value.rate), 1n);
    const c76 = completionRate(est(76), { value: est(75), qualifiers: ['more-than'] });
    expect(c76.ok && c76.value.met).toBe(true);
    if (c76.ok) expectRatio(valueOf(c76.value.rate), 76n, 75n);
  });

  it('seed 001: "ít nhất 4 cơ sở" is met by 4, not by 3', () => {
    const four = completionRate(est(4), { value: est(4), qualifiers: ['at-least'] });
    const three = completionRate(est(3), { value: est(4), qualifiers: ['at-least'] });
    if (!four.ok || !three.ok) throw new Error('defined');
    expect([four.value.met, three.value.met]).toEqual([true, false]);
    expectRatio(valueOf(three.value.rate), 3n, 4n);
  });

  it('seed 001: a plain target (1 600 people) is met by reaching it', () => {
    const done = completionRate(count(1600, 'person'), count(1600, 'person'));
    const short = completionRate(count(1599, 'person'), count(1600, 'person'));
    if (!done.ok || !short.ok) throw new Error('defined');
    expect([done.value.met, short.value.met]).toEqual([true, false]);
    expect(done.value.comparison).toBe('at-least');
    expect(done.value.approximate).toBe(false);
    expectRatio(done.value.threshold, 1600n);
  });

  it('seed 001: "khoảng 800 người" is approximate and compared with its stated value', () => {
    const c = completionRate(count(790, 'person'), { value: count(800, 'person'), qualifiers: ['about'] });
    if (!c.ok) throw new Error('defined');
    expect(c.value.approximate).toBe(true);
    expect(c.value.met).toBe(false);
    expectRatio(valueOf(c.value.rate), 79n, 80n);
  });

  it('accepts a parsed Quantity as the target', () => {
    const q: Quantity = {
      kind: 'count',
      value: ratio(75),
      interval: intervalFromBounds(ratio(75), null, { loOpen: true }),
      unit: 'establishment',
      qualifiers: ['more-than'],
      text: 'hơn 75 cơ sở',
    };
    const c = completionRate(est(80), q);
    expect(c.ok && c.value.met).toBe(true);
  });

  it('an "at-most" target is met at or below its value', () => {
    const t = { value: ratio(5), qualifiers: ['at-most'] } as const;
    const five = completionRate(ratio(5), t);
    const six = completionRate(ratio(6), t);
    expect([five.ok && five.value.met, six.ok && six.value.met]).toEqual([true, false]);
  });

  it('targetRule refuses what is not a list of qualifiers (undefined, a string, a revoked Proxy) with stats.invalid-qualifiers (issue 14)', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    for (const bad of [undefined, null, 'more-than', [1], proxy]) {
      expect(() => targetRule(bad as never)).toThrow(/must be an array of strings/);
    }
  });

  it('a "less-than" target ("dưới 5 tỷ", "ít hơn 5 tỷ") is met only strictly below its value', () => {
    const t = parseQuantity('dưới 5 tỷ đồng');
    expect(t.qualifiers).toContain('less-than');
    const below = completionRate(money(4_999_999_999), t);
    const at = completionRate(money(5_000_000_000), t);
    expect([below.ok && below.value.met, at.ok && at.value.met]).toEqual([true, false]);
    expect(targetRule(['less-than'])).toEqual({ comparison: 'less-than', approximate: false });
    // An interval touching the value from below is undetermined; one wholly at or above it is not met.
    const edge = completionInterval(intervalFromBounds(ratio(4), ratio(5)), { value: ratio(5), qualifiers: ['less-than'] });
    const above = completionInterval(intervalFromBounds(ratio(5), ratio(6)), { value: ratio(5), qualifiers: ['less-than'] });
    expect([edge.ok && edge.value.verdict, above.ok && above.value.verdict]).toEqual(['undetermined', 'not-met']);
  });

  it('a zero target has no rate but can be met; negative and missing targets are undefined', () => {
    const z = completionRate(est(0), est(0));
    if (!z.ok) throw new Error('defined');
    expect(z.value.met).toBe(true);
    expectUndefined(z.value.rate, 'zero-base', 'target');
    expectUndefined(completionRate(ratio(1), ratio(-1)), 'negative-base', 'target');
    expectUndefined(completionRate(ratio(1), null), 'missing-base', 'target');
    expectUndefined(completionRate(undefined, ratio(1)), 'missing-value', 'actual');
  });
});

describe('targetRule', () => {
  it('reads qualifiers with precedence more-than, at-least, at-most (TSDoc example)', () => {
    expect(targetRule(['more-than'])).toEqual({ comparison: 'more-than', approximate: false });
    expect(targetRule(['at-least', 'more-than'])).toEqual({ comparison: 'more-than', approximate: false });
    expect(targetRule(['at-most', 'at-least'])).toEqual({ comparison: 'at-least', approximate: false });
    expect(targetRule(['at-most', 'about'])).toEqual({ comparison: 'at-most', approximate: true });
    expect(targetRule(['nearly'])).toEqual({ comparison: 'at-least', approximate: true });
    expect(targetRule(['planned'])).toEqual({ comparison: 'at-least', approximate: false });
    expect(targetRule([])).toEqual({ comparison: 'at-least', approximate: false });
  });
});

describe('completionInterval', () => {
  const moreThan75 = { value: ratio(75), qualifiers: ['more-than'] } as const;

  it('is undetermined when the interval straddles "hơn 75" (TSDoc example)', () => {
    const c = completionInterval(intervalFromBounds(ratio(70), ratio(80)), moreThan75);
    if (!c.ok) throw new Error('defined');
    expect(c.value.verdict).toBe('undetermined');
    expectInterval(valueOf(c.value.rate), [14n, 15n, false], [16n, 15n, false]);
  });

  it('gives met / not-met when every value agrees, minding open ends', () => {
    const v = (lo: number, hi: number, loOpen = false, hiOpen = false, t: Parameters<typeof completionInterval>[1] = moreThan75) => {
      const c = completionInterval(intervalFromBounds(ratio(lo), ratio(hi), { loOpen, hiOpen }), t);
      return c.ok ? c.value.verdict : c.reason.code;
    };
    expect(v(76, 80)).toBe('met');
    expect(v(75, 80, true)).toBe('met');
    expect(v(75, 80)).toBe('undetermined');
    expect(v(60, 75)).toBe('not-met');
    const atLeast = { value: ratio(75), qualifiers: ['at-least'] } as const;
    expect(v(75, 80, false, false, atLeast)).toBe('met');
    expect(v(70, 75, false, true, atLeast)).toBe('not-met');
    const atMost = { value: ratio(5), qualifiers: ['at-most'] } as const;
    expect(v(1, 5, false, false, atMost)).toBe('met');
    expect(v(5, 6, true, false, atMost)).toBe('not-met');
    expect(v(4, 6, false, false, atMost)).toBe('undetermined');
    expect(v(1600, 1600, false, false, ratio(1600))).toBe('met');
  });

  it('handles zero, negative targets and empty actuals', () => {
    const z = completionInterval(intervalFromBounds(ratio(0), ratio(1)), ratio(0));
    if (!z.ok) throw new Error('defined');
    expect(z.value.verdict).toBe('met');
    expectUndefined(z.value.rate, 'zero-base', 'target');
    expectUndefined(completionInterval(intervalFromBounds(ratio(0), ratio(1)), ratio(-1)), 'negative-base', 'target');
    expectUndefined(completionInterval(EMPTY_INTERVAL, ratio(1)), 'empty-interval', 'actual');
  });
});
