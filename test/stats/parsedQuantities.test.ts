import { describe, expect, it } from 'vitest';
import { intervalContains } from '../../src/quantity/Interval.js';
import { parseQuantity, ratio } from '../../src/quantity/index.js';
import { completionRate, percentChangeInterval, ratioInterval } from '../../src/stats/index.js';
import { expectInterval, expectRatio, valueOf } from './exact.js';

// Statistics over quantities as parseQuantity reads them from the articles' wording (src/quantity).
describe('statistics over parsed quantities', () => {
  it('seed 002: "1,42 tỷ" against "khoảng 700 triệu" is a change in [129/154, 53/42]', () => {
    // 1,42 tỷ stands for [1 415, 1 425] triệu; "khoảng 700 triệu" for [630, 770] triệu (the quantity area's ±10%)
    const r = valueOf(percentChangeInterval(parseQuantity('1,42 tỷ đồng').interval, parseQuantity('khoảng 700 triệu đồng').interval));
    expectInterval(r, [129n, 154n, false], [53n, 42n, false]); // 1415/770 − 1, 1425/630 − 1
    expect(intervalContains(r, ratio('1.0286'))).toBe(true); // the point estimate +102.86% is inside
  });

  it('seed 003: "63,335 tỷ" at "3,17 tỷ đồng/1 tỉnh" implies a province count in [126669/6350, 126671/6330], only 20', () => {
    const n = valueOf(ratioInterval(parseQuantity('63,335 tỷ đồng').interval, parseQuantity('3,17 tỷ đồng').interval));
    expectInterval(n, [126669n, 6350n, false], [126671n, 6330n, false]);
    expect([19, 20, 21].map((k) => intervalContains(n, ratio(k)))).toEqual([false, true, false]);
  });

  it('seed 001: the parsed target "hơn 75 cơ sở" needs more than 75', () => {
    const target = parseQuantity('hơn 75 cơ sở');
    const at75 = completionRate(parseQuantity('75 cơ sở').value, target);
    const at80 = completionRate(parseQuantity('80 cơ sở').value, target);
    if (!at75.ok || !at80.ok) throw new Error('defined');
    expect([at75.value.met, at80.value.met]).toEqual([false, true]);
    expectRatio(valueOf(at80.value.rate), 16n, 15n);
  });
});
