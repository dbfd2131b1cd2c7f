import { describe, expect, it } from 'vitest';
import { checkClaim, type ClaimResult, type DecidedClaim } from '../../src/claims/index.js';
import { count, money, percent, ratio, type Ratio } from '../../src/quantity/index.js';
import { parseQuantity } from '../../src/quantity/parseQuantity.js';

function decided(r: ClaimResult): DecidedClaim {
  if (r.status === 'cannot-check') throw new Error(`expected a decided claim, got ${r.reason}`);
  return r;
}
const end = (b: { value: Ratio; open: boolean } | null): string | null => (b === null ? null : `${b.open ? '(' : '['}${b.value.toString()}`);

describe('checkClaim: the docstring example (seed 003, 2014 plan)', () => {
  it('flags 13,877 + 49,49 ≠ 63,335 tỷ: difference 32 triệu, gap 26 triệu even at the published precision', () => {
    const r = checkClaim({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' });
    expect(r.status).toBe('inconsistent');
    const d = decided(r);
    expect(d.consistent).toBe(false);
    expect(d.value).toEqual(ratio(63_367_000_000));
    expect(d.difference).toEqual(ratio(32_000_000));
    // [13,8765 + 49,485; 13,8775 + 49,495] = [63,3615; 63,3725] tỷ against [63,3345; 63,3355] tỷ
    expect(end(d.interval.lo)).toBe('[63361500000');
    expect(end(d.interval.hi)).toBe('[63372500000');
    expect(end(d.statedInterval.lo)).toBe('[63334500000');
    expect(end(d.statedInterval.hi)).toBe('[63335500000');
    expect(d.gap).toEqual(ratio(26_000_000));
    expect(d.unit).toBe('money');
    expect(d.exact).toBe(true);
    expect(d.message.vi).toBe(
      '13,877 tỷ đồng + 49,49 tỷ đồng = 63,367 tỷ đồng: không khớp với con số công bố “63,335 tỷ đồng” (chênh lệch +0,032 tỷ đồng (+32 triệu đồng)); kể cả sai số làm tròn của mọi con số, hai bên vẫn cách nhau 0,026 tỷ đồng (26 triệu đồng).',
    );
    expect(d.message.en).toBe(
      'VND 13.877 billion + VND 49.49 billion = VND 63.367 billion: inconsistent with the stated “63,335 tỷ đồng” (a difference of +VND 0.032 billion (+VND 32 million)); even allowing for the rounding of every figure, they miss each other by VND 0.026 billion (VND 26 million).',
    );
  });
});

describe('checkClaim: sum', () => {
  it('accepts 7,73 + 46,33 = 54,06 tỷ (seed 003, 2013)', () => {
    const d = decided(checkClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' }));
    expect(d.status).toBe('consistent');
    expect(d.value).toEqual(ratio(54_060_000_000));
    expect(d.difference).toEqual(ratio(0));
    expect(d.gap).toEqual(ratio(0));
    expect(d.message.vi).toBe('7,73 tỷ đồng + 46,33 tỷ đồng = 54,06 tỷ đồng: khớp với con số công bố “54,06 tỷ đồng” ở độ chính xác đã công bố.');
    expect(d.message.en).toBe('VND 7.73 billion + VND 46.33 billion = VND 54.06 billion: consistent with the stated “54,06 tỷ đồng” at the published precision.');
  });

  it('accepts 2,959 + 4,020 = 6,979 tỷ (seed 000, Bạc Liêu 2014–2018)', () => {
    expect(checkClaim({ kind: 'sum', parts: ['2,959 tỷ đồng', '4,020 tỷ đồng'], stated: '6,979 tỷ đồng' }).status).toBe('consistent');
  });

  it('treats exact Money as points: 7,73 + 46,33 tỷ against exact 54,07 tỷ is 10 triệu off', () => {
    const d = decided(checkClaim({ kind: 'sum', parts: [money(7_730_000_000), money(46_330_000_000)], stated: money(54_070_000_000) }));
    expect(d.status).toBe('inconsistent');
    expect(d.gap).toEqual(ratio(10_000_000));
    expect(d.difference).toEqual(ratio(-10_000_000));
    expect(d.message.vi).toContain('54,06 tỷ đồng');
    expect(d.message.vi).toContain('chênh lệch -10 triệu đồng');
  });

  it('counts are whole: 50 + 237 đề án = 287 but not 288 (seed 003)', () => {
    expect(checkClaim({ kind: 'sum', parts: ['50 đề án', '237 đề án'], stated: '287 đề án' }).status).toBe('consistent');
    const d = decided(checkClaim({ kind: 'sum', parts: ['50 đề án', '237 đề án'], stated: '288 đề án' }));
    expect(d.status).toBe('inconsistent');
    expect(d.gap).toEqual(ratio(1));
    expect(d.unit).toBe('count');
    expect(d.message.en).toBe('50 + 237 = 287: inconsistent with the stated “288 đề án” (a difference of -1); even allowing for the rounding of every figure, they miss each other by 1.');
  });

  it('"hơn 75" is 76 or more: 40 + 35 cannot make "hơn 75" but 40 + 36 can', () => {
    expect(checkClaim({ kind: 'sum', parts: [count(40, 'establishment'), count(35, 'establishment')], stated: 'hơn 75 cơ sở' }).status).toBe('inconsistent');
    expect(checkClaim({ kind: 'sum', parts: [count(40, 'establishment'), count(36, 'establishment')], stated: 'hơn 75 cơ sở' }).status).toBe('consistent');
  });

  it('refuses to add money to a count', () => {
    const r = checkClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '50 đề án'], stated: '54,06 tỷ đồng' });
    expect(r).toMatchObject({ status: 'cannot-check', consistent: null, reason: 'unit-mismatch', field: 'parts.1' });
    expect(r.message.vi).toBe('Không kiểm tra được: parts.1 là số lượng đề án, trong khi phép tính cần số tiền.');
    expect(r.message.en).toBe('Cannot check: parts.1 is a count of projects (đề án), where the computation needs an amount of money.');
  });

  it('reports an unreadable text as cannot-check, naming the field', () => {
    const r = checkClaim({ kind: 'sum', parts: ['7,73 tỷ đồng', '1,2,3 tỷ'], stated: '54,06 tỷ đồng' });
    expect(r).toMatchObject({ status: 'cannot-check', reason: 'unreadable-number', field: 'parts.1' });
    expect(r.message.vi.startsWith('Không kiểm tra được: parts.1 không đọc được (')).toBe(true);
    expect(r.message.en.startsWith('Cannot check: parts.1 cannot be read (')).toBe(true);
  });

  it('reads exact percentages and ratios: shares 14,30% + 85,70% make 100%', () => {
    expect(checkClaim({ kind: 'sum', parts: [percent('14.30'), percent('85.70')], stated: ratio(1) }).status).toBe('consistent');
  });
});

describe('checkClaim: change', () => {
  it('accepts "tăng 17,16%" for 54,06 → 63,335 tỷ (seed 003)', () => {
    const d = decided(checkClaim({ kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,16%' }));
    expect(d.status).toBe('consistent');
    // 63,335 / 54,06 − 1 = 9275 / 54060 = 0,171568627…
    expect(d.value).toEqual(ratio(9275, 54060));
    expect(d.stated).toEqual(ratio('0.1716'));
    expect(d.unit).toBe('ratio');
    // [63,3345 / 54,065 − 1; 63,3355 / 54,055 − 1]
    expect(d.interval.lo?.value).toEqual(ratio(633345 - 540650, 540650));
    expect(d.interval.hi?.value).toEqual(ratio(633355 - 540550, 540550));
    expect(d.message.vi).toBe('63,335 tỷ đồng / 54,06 tỷ đồng − 1 = 17,1569%: khớp với con số công bố “tăng 17,16%” ở độ chính xác đã công bố.');
    expect(d.message.en).toBe('VND 63.335 billion / VND 54.06 billion − 1 = 17.1569%: consistent with the stated “tăng 17,16%” at the published precision.');
  });

  it('rejects "tăng 17,5%" and says by how many percentage points it misses', () => {
    const d = decided(checkClaim({ kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,5%' }));
    expect(d.status).toBe('inconsistent');
    // stated [0,1745; 0,1755]; recomputed upper end 63,3355/54,055 − 1 = 92805/540550
    expect(d.gap).toEqual(ratio(1745 * 54055 - 92805 * 1000, 10000 * 54055));
    expect(d.message.vi).toBe(
      '63,335 tỷ đồng / 54,06 tỷ đồng − 1 = 17,157%: không khớp với con số công bố “tăng 17,5%” (chênh lệch -0,343 điểm phần trăm); kể cả sai số làm tròn của mọi con số, hai bên vẫn cách nhau 0,281 điểm phần trăm.',
    );
    expect(d.message.en).toBe(
      'VND 63.335 billion / VND 54.06 billion − 1 = 17.157%: inconsistent with the stated “tăng 17,5%” (a difference of -0.343 percentage points); even allowing for the rounding of every figure, they miss each other by 0.281 percentage points.',
    );
  });

  it('reads a decrease: 100 → 96 is "giảm 4%"', () => {
    expect(checkClaim({ kind: 'change', current: money(96), previous: money(100), stated: 'giảm 4%' }).status).toBe('consistent');
    expect(checkClaim({ kind: 'change', current: money(96), previous: money(100), stated: 'tăng 4%' }).status).toBe('inconsistent');
  });

  it('cannot check a change from zero', () => {
    const r = checkClaim({ kind: 'change', current: money(5), previous: money(0), stated: 'tăng 5%' });
    expect(r).toMatchObject({ status: 'cannot-check', consistent: null, reason: 'zero-base', field: 'previous' });
    expect(r.message.vi).toBe('Không kiểm tra được: previous bằng 0, phép chia không xác định.');
    expect(r.message.en).toBe('Cannot check: previous is zero, so the division is undefined.');
  });

  it('cannot check a change whose base may be zero at its precision ("0 tỷ" stands for [−0,5; 0,5] tỷ)', () => {
    const r = checkClaim({ kind: 'change', current: '1 tỷ đồng', previous: 'khoảng 1 triệu đồng', stated: 'tăng 5%' });
    expect(r.status).toBe('inconsistent');
    const z = checkClaim({ kind: 'change', current: '1 tỷ đồng', previous: ratio(0), stated: 'tăng 5%' });
    expect(z).toMatchObject({ reason: 'unit-mismatch', field: 'previous' });
    const w = checkClaim({ kind: 'change', current: ratio(1), previous: parseQuantity('tối đa 2'), stated: 'tăng 5%' });
    expect(w).toMatchObject({ status: 'cannot-check', reason: 'base-interval-contains-zero', field: 'previous' });
    expect(w.message.en).toBe('Cannot check: at its published precision previous may be zero, so the quotient is unbounded.');
    expect(w.message.vi).toBe('Không kiểm tra được: ở độ chính xác đã công bố, previous có thể bằng 0, nên thương không bị chặn.');
  });

  it('cannot check a change from a negative base', () => {
    const r = checkClaim({ kind: 'change', current: ratio(1), previous: ratio(-2), stated: ratio('0.5') });
    expect(r).toMatchObject({ status: 'cannot-check', reason: 'negative-base', field: 'previous' });
    expect(r.message.en).toBe('Cannot check: previous is negative, so a relative change has no meaning.');
  });

  it('needs a percentage or ratio as the stated change', () => {
    expect(checkClaim({ kind: 'change', current: '2 tỷ đồng', previous: '1 tỷ đồng', stated: '1 tỷ đồng' })).toMatchObject({
      reason: 'unit-mismatch',
      field: 'stated',
    });
  });
});

describe('checkClaim: share, average, completion, ratio', () => {
  it('share: 7,73 of 54,06 tỷ is 14,30% (seed 003, national funds 2013)', () => {
    const d = decided(checkClaim({ kind: 'share', part: '7,73 tỷ đồng', whole: '54,06 tỷ đồng', stated: '14,30%' }));
    expect(d.status).toBe('consistent');
    expect(d.value).toEqual(ratio(7730, 54060));
    expect(checkClaim({ kind: 'share', part: '7,73 tỷ đồng', whole: '54,06 tỷ đồng', stated: '15%' }).status).toBe('inconsistent');
  });

  it('share of nothing cannot be checked', () => {
    expect(checkClaim({ kind: 'share', part: money(0), whole: money(0), stated: '0%' })).toMatchObject({ reason: 'zero-base', field: 'whole' });
  });

  it('average: 63,335 tỷ over 20 provinces is 3,16675 tỷ, consistent with 3,17 tỷ (seed 003)', () => {
    const d = decided(checkClaim({ kind: 'average', total: '63,335 tỷ đồng', count: count(20, 'province'), stated: '3,17 tỷ đồng/1 tỉnh, thành phố' }));
    expect(d.status).toBe('consistent');
    expect(d.value).toEqual(ratio(3_166_750_000));
    expect(d.message.vi).toBe('63,335 tỷ đồng / 20 = 3,16675 tỷ đồng: khớp với con số công bố “3,17 tỷ đồng/1 tỉnh, thành phố” ở độ chính xác đã công bố.');
  });

  it('average: 63,335 tỷ over 19 provinces (3,3334 tỷ) is not 3,17 tỷ', () => {
    expect(checkClaim({ kind: 'average', total: '63,335 tỷ đồng', count: '19 tỉnh', stated: '3,17 tỷ đồng' }).status).toBe('inconsistent');
  });

  it('average: 1.600 people in 20 classes is 80 a class (seed 001)', () => {
    const d = decided(checkClaim({ kind: 'average', total: '1.600 người', count: '20 lớp', stated: '80 người/lớp' }));
    expect(d.status).toBe('consistent');
    expect(d.value).toEqual(ratio(80));
  });

  it('average: a count in money or a total in another unit than the average is a mismatch', () => {
    expect(checkClaim({ kind: 'average', total: '1 tỷ đồng', count: '1 tỷ đồng', stated: '1 tỷ đồng' })).toMatchObject({ reason: 'unit-mismatch', field: 'count' });
    expect(checkClaim({ kind: 'average', total: '1 tỷ đồng', count: '2 tỉnh', stated: '5 người' })).toMatchObject({ reason: 'unit-mismatch', field: 'stated' });
  });

  it('completion: 105 of a target of 100 is 105%', () => {
    const d = decided(checkClaim({ kind: 'completion', actual: count(105, 'worker'), target: count(100, 'worker'), stated: '105%' }));
    expect(d.status).toBe('consistent');
    expect(d.value).toEqual(ratio(105, 100));
    expect(checkClaim({ kind: 'completion', actual: count(105, 'worker'), target: count(0, 'worker'), stated: '105%' })).toMatchObject({
      reason: 'zero-base',
      field: 'target',
    });
  });

  it('ratio: "gấp 2,5 lần" and "hơn 10 lần"', () => {
    const d = decided(checkClaim({ kind: 'ratio', numerator: '1,42 tỷ đồng', denominator: '600 triệu đồng', stated: 'gấp 2,5 lần' }));
    // 1,42 / 0,6 = 2,3666…: outside [2,45; 2,55] even at the inputs' precision
    expect(d.status).toBe('inconsistent');
    expect(d.value).toEqual(ratio(142, 60));
    expect(d.message.en).toBe(
      'VND 1.42 billion / VND 600 million = 2.367: inconsistent with the stated “gấp 2,5 lần” (a difference of -0.133); even allowing for the rounding of every figure, they miss each other by 0.073.',
    );
    expect(checkClaim({ kind: 'ratio', numerator: '1,5 tỷ đồng', denominator: '600 triệu đồng', stated: 'gấp 2,5 lần' }).status).toBe('consistent');
    expect(checkClaim({ kind: 'ratio', numerator: '63,335 tỷ đồng', denominator: '6 tỷ đồng', stated: 'hơn 10 lần' }).status).toBe('consistent');
    // A plain ratio may divide by a negative number (no base to be positive): 3 / −2 = −1.5.
    const neg = decided(checkClaim({ kind: 'ratio', numerator: ratio(3), denominator: ratio(-2), stated: ratio(-3, 2) }));
    expect([neg.status, neg.value.toString()]).toEqual(['consistent', '-1.5']);
    expect(checkClaim({ kind: 'ratio', numerator: '54 tỷ đồng', denominator: '6 tỷ đồng', stated: 'hơn 10 lần' }).status).toBe('inconsistent');
  });
});

describe('checkClaim: cagr', () => {
  it('100 → 121 over 2 years is exactly 10% a year', () => {
    const d = decided(checkClaim({ kind: 'cagr', first: ratio(100), last: ratio(121), years: 2, stated: '10%' }));
    expect(d.status).toBe('consistent');
    expect(d.exact).toBe(true);
    expect(d.value).toEqual(ratio('0.1'));
    expect(d.message.en).toBe('(121 / 100)^(1/2) − 1 = 10%: consistent with the stated “10%” at the published precision.');
  });

  it('Bạc Liêu-like: 2 → 3 tỷ over 4 years is about 10,67% a year (irrational: value rounded, exact=false)', () => {
    const d = decided(checkClaim({ kind: 'cagr', first: '2 tỷ đồng', last: '3 tỷ đồng', years: 4, stated: '10,67%' }));
    expect(d.exact).toBe(false);
    expect(d.value.toString().startsWith('0.106681919700321')).toBe(true);
    expect(d.message.vi).toContain(' ≈ ');
    // "2 tỷ" and "3 tỷ" are written to the unit: [1,5; 2,5] and [2,5; 3,5] tỷ allow a wide range of rates
    expect(d.status).toBe('consistent');
    expect(checkClaim({ kind: 'cagr', first: money(2_000_000_000), last: money(3_000_000_000), years: 4, stated: '10,6%' }).status).toBe('inconsistent');
  });

  it('cannot check over zero years, from zero, or to a negative value', () => {
    expect(checkClaim({ kind: 'cagr', first: ratio(1), last: ratio(2), years: 0, stated: '10%' })).toMatchObject({ reason: 'invalid-years', field: 'years' });
    expect(checkClaim({ kind: 'cagr', first: ratio(1), last: ratio(2), years: 1.5, stated: '10%' })).toMatchObject({ reason: 'invalid-years' });
    expect(checkClaim({ kind: 'cagr', first: ratio(0), last: ratio(2), years: 2, stated: '10%' })).toMatchObject({ reason: 'zero-base', field: 'first' });
    // A first value of 1 tỷ whose interval (a caller's own Quantity) reaches down to 0: the exact growth is defined,
    // the growth over the interval is not (from 0 it is unbounded).
    const first = { ...parseQuantity('1 tỷ đồng'), interval: { lo: { value: ratio(0), open: false }, hi: { value: ratio(2_000_000_000), open: false } } };
    expect(checkClaim({ kind: 'cagr', first, last: parseQuantity('2 tỷ đồng'), years: 2, stated: '41%' })).toMatchObject({
      status: 'cannot-check',
      reason: 'base-interval-contains-zero',
      field: 'first',
    });
    const n = checkClaim({ kind: 'cagr', first: ratio(1), last: ratio(-2), years: 2, stated: '10%' });
    expect(n).toMatchObject({ reason: 'negative-value', field: 'last' });
    expect(n.message.en).toBe('Cannot check: last is negative, so a compound growth rate is undefined.');
    expect(checkClaim({ kind: 'cagr', first: ratio(1), last: ratio(2), years: 0, stated: '10%' }).message.vi).toBe(
      'Không kiểm tra được: years phải là số năm nguyên dương.',
    );
  });
});

describe('checkClaim: results', () => {
  it('is frozen and does not change its input', () => {
    const claim = { kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' } as const;
    const copy = JSON.stringify(claim);
    const r = checkClaim(claim);
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.stringify(claim)).toBe(copy);
  });

  it('reports an input that stands for no value at all as cannot-check (empty interval)', () => {
    const empty = { ...parseQuantity('5 tỷ đồng'), interval: { lo: { value: ratio(2), open: false }, hi: { value: ratio(1), open: false } } };
    const r = checkClaim({ kind: 'change', current: empty, previous: money(1), stated: '5%' });
    expect(r).toMatchObject({ status: 'cannot-check', reason: 'empty-interval' });
    expect(r.message.vi).toBe('Không kiểm tra được: current không ứng với giá trị nào.');
  });
});
