import { describe, expect, it } from 'vitest';
import {
  count,
  formatCount,
  formatMoney,
  formatPercent,
  formatQuantity,
  KhuyenCongError,
  money,
  parseQuantity,
  percent,
  ratio,
  subtractRatio,
} from '../../src/index.js';

describe('formatMoney', () => {
  it('picks the scale and the fewest exact decimals (at most 3): seed 003, 000, 002 amounts', () => {
    expect(formatMoney(money(63_335_000_000))).toBe('63,335 tỷ đồng');
    expect(formatMoney(money(54_060_000_000))).toBe('54,06 tỷ đồng');
    expect(formatMoney(money(6_979_000_000))).toBe('6,979 tỷ đồng');
    expect(formatMoney(money(700_000_000))).toBe('700 triệu đồng');
    expect(formatMoney(money(1_420_000_000))).toBe('1,42 tỷ đồng');
    expect(formatMoney(money(1_200_000))).toBe('1,2 triệu đồng');
    expect(formatMoney(money(999_999))).toBe('999.999 đồng');
    expect(formatMoney(money(0))).toBe('0 đồng');
    expect(formatMoney(money(-5_000_000_000))).toBe('-5 tỷ đồng');
    // 1 500 tỷ stays in tỷ with grouped thousands.
    expect(formatMoney(money(1_500_000_000_000))).toBe('1.500 tỷ đồng');
  });

  it('rounds half-up to 3 decimals by default when the amount has more digits (63,335 / 20 = 3,16675 tỷ)', () => {
    expect(formatMoney(money(3_166_750_000))).toBe('3,167 tỷ đồng');
    expect(formatMoney(money(3_166_750_000), { rounding: 'down' })).toBe('3,166 tỷ đồng');
    expect(formatMoney(money(3_166_750_000), { decimals: 2 })).toBe('3,17 tỷ đồng');
    expect(formatMoney(money(3_166_750_000), { decimals: 5 })).toBe('3,16675 tỷ đồng');
  });

  it('takes a scale and decimals (trailing zeros kept)', () => {
    expect(formatMoney(money(1_420_000_000), { scale: 'triệu' })).toBe('1.420 triệu đồng');
    expect(formatMoney(money(1_420_000_000), { decimals: 3 })).toBe('1,420 tỷ đồng');
    expect(formatMoney(money(1_420_000_000), { scale: 'đồng' })).toBe('1.420.000.000 đồng');
    expect(formatMoney(money(1_500_000), { scale: 'nghìn' })).toBe('1.500 nghìn đồng');
    expect(formatMoney(money(1_500_000_000_000), { scale: 'nghìn tỷ' })).toBe('1,5 nghìn tỷ đồng');
  });

  it('writes English as "VND 63.335 billion"', () => {
    expect(formatMoney(money(63_335_000_000), { locale: 'en' })).toBe('VND 63.335 billion');
    expect(formatMoney(money(700_000_000), { locale: 'en' })).toBe('VND 700 million');
    expect(formatMoney(money(1_500_000), { locale: 'en', scale: 'nghìn' })).toBe('VND 1,500 thousand');
    expect(formatMoney(money(1_200_000), { locale: 'en', scale: 'đồng' })).toBe('VND 1,200,000');
    expect(formatMoney(money(1_500_000_000_000), { locale: 'en', scale: 'nghìn tỷ' })).toBe('VND 1.5 trillion');
  });

  it('keeps the written scale and precision of a parsed amount (seed 000, 003)', () => {
    expect(formatMoney(parseQuantity('4,020 tỷ đồng'))).toBe('4,020 tỷ đồng');
    expect(formatMoney(parseQuantity('63,335 tỷ đồng'))).toBe('63,335 tỷ đồng');
    expect(formatMoney(parseQuantity('13,800 tỷ'))).toBe('13,800 tỷ đồng');
    expect(formatMoney(parseQuantity('3.277 triệu đồng'))).toBe('3.277 triệu đồng');
    expect(formatMoney(parseQuantity('4,020 tỷ đồng'), { locale: 'en' })).toBe('VND 4.020 billion');
    // Another scale than the written one: the default decimals apply.
    expect(formatMoney(parseQuantity('4,020 tỷ đồng'), { scale: 'triệu' })).toBe('4.020 triệu đồng');
  });

  it('refuses a quantity that is not money, and bad decimals', () => {
    expect(() => formatMoney(parseQuantity('40 người'))).toThrow(/"40 người" is a count, not an amount of money/);
    expect(() => formatMoney(money(1), { decimals: 1.5 })).toThrow(KhuyenCongError);
    expect(() => formatMoney(money(1), { decimals: 21 })).toThrow(/The number of decimals 21 must be a whole number from 0 to 20/);
    expect(() => formatMoney(money(1), { decimals: -1 })).toThrow(/Số chữ số thập phân -1/);
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English (seed 000)', () => {
    expect(formatCount(count(1200, 'person'))).toBe('1.200 người');
    expect(formatCount(count(1200, 'person'), { locale: 'en' })).toBe('1,200 people');
    expect(formatCount(count(1, 'person'), { locale: 'en' })).toBe('1 person');
    expect(formatCount(count(3324, 'worker'))).toBe('3.324 lao động');
    expect(formatCount(count(150, 'establishment'))).toBe('150 cơ sở');
  });

  it('writes a parsed count back (zero padding dropped, x/y kept)', () => {
    expect(formatCount(parseQuantity('03 lớp'))).toBe('3 lớp');
    expect(formatCount(parseQuantity('04 kỳ bản tin'), { locale: 'en' })).toBe('4 newsletter issues');
    expect(formatCount(parseQuantity('28/28 tỉnh'))).toBe('28/28 tỉnh');
    expect(formatCount(parseQuantity('1/1 tỉnh'), { locale: 'en' })).toBe('1/1 province');
    expect(() => formatCount(parseQuantity('5%'))).toThrow(/"5%" is a percentage, not a count with a unit/);
  });
});

describe('formatPercent', () => {
  it('writes 2 decimals half-up by default (seed 003: 63,335 / 54,06 − 1 = 17,1568…%)', () => {
    const change = subtractRatio(ratio(63335, 54060), ratio(1));
    expect(formatPercent(change)).toBe('17,16%');
    expect(formatPercent(change, { locale: 'en' })).toBe('17.16%');
    expect(formatPercent(ratio(63335, 54060))).toBe('117,16%');
    expect(formatPercent(ratio('0.1716'), { locale: 'en' })).toBe('17.16%');
    expect(formatPercent(ratio('0.00125'))).toBe('0,13%'); // half-up
    expect(formatPercent(ratio('0.00125'), { rounding: 'half-even' })).toBe('0,12%');
  });

  it('takes decimals and a sign', () => {
    expect(formatPercent(ratio('-0.04'), { decimals: 0 })).toBe('-4%');
    expect(formatPercent(ratio('0.021'), { decimals: 1, signed: true })).toBe('+2,1%');
    expect(formatPercent(ratio('-0.021'), { decimals: 1, signed: true })).toBe('-2,1%');
    expect(formatPercent(ratio(0), { signed: true })).toBe('0,00%');
    // A value that rounds to zero carries no sign.
    expect(formatPercent(ratio('-0.00001'))).toBe('0,00%');
    expect(formatPercent(ratio(12345, 10))).toBe('123.450,00%');
  });

  it('accepts a Percent and a parsed percentage (keeping its written decimals)', () => {
    expect(formatPercent(percent('17.16'))).toBe('17,16%');
    expect(formatPercent(parseQuantity('tăng 2,1%'))).toBe('2,1%');
    expect(formatPercent(parseQuantity('giảm 4%'), { signed: true })).toBe('-4%');
    expect(formatPercent(parseQuantity('0,50%'), { locale: 'en' })).toBe('0.50%');
    expect(() => formatPercent(parseQuantity('5 người'))).toThrow(/"5 người" is a count, not a percentage/);
  });
});

describe('formatQuantity', () => {
  it('writes qualifiers, directions, ranges, multiples and per-units back in canonical Vietnamese', () => {
    const cases: [string, string, string][] = [
      ['54,06 tỷ đồng', '54,06 tỷ đồng', 'VND 54.06 billion'],
      ['6,979 tỉ', '6,979 tỷ đồng', 'VND 6.979 billion'],
      ['1.200 người', '1.200 người', '1,200 people'],
      ['ít nhất là 2 mô hình', 'ít nhất 2 mô hình', 'at least 2 models'],
      ['hơn 75 cơ sở CNNT', 'hơn 75 cơ sở', 'more than 75 establishments'],
      ['khoảng 700 triệu đồng', 'khoảng 700 triệu đồng', 'about VND 700 million'],
      ['gần 800 người', 'gần 800 người', 'nearly 800 people'],
      ['không quá 3 tỷ', 'tối đa 3 tỷ đồng', 'at most VND 3 billion'],
      ['tăng 17,16%', 'tăng 17,16%', 'up 17.16%'],
      ['dự kiến tăng 17,16%', 'dự kiến tăng 17,16%', 'planned up 17.16%'],
      ['thấp hơn 10,96%', 'giảm 10,96%', 'down 10.96%'],
      ['giảm 10 - 15%', 'giảm 10 - 15%', 'down 10 - 15%'],
      ['10–15 đề án', '10 - 15 đề án', '10 - 15 projects (đề án)'],
      // Each end keeps its own written precision (issue 14: "2,0" would narrow the upper end).
      ['1,5 - 2 tỷ', '1,5 - 2 tỷ đồng', 'VND 1.5 - 2 billion'],
      ['28/28 tỉnh', '28/28 tỉnh', '28/28 provinces'],
      ['2,5 lần', 'gấp 2,5 lần', '2.5 times'],
      ['3,17 tỷ đồng/1 tỉnh, thành phố', '3,17 tỷ đồng/1 tỉnh', 'VND 3.17 billion per province'],
      ['-5%', '-5%', '-5%'],
      ['20', '20', '20'],
    ];
    for (const [input, vi, en] of cases) {
      const q = parseQuantity(input);
      expect([input, formatQuantity(q), formatQuantity(q, { locale: 'en' })]).toEqual([input, vi, en]);
    }
  });

  it('writes hand-built quantities (no written scale or decimals) with the defaults', () => {
    const q = parseQuantity('5 người');
    const { decimals: _d, halfUnit: _h, ...bare } = q;
    expect(formatQuantity(bare)).toBe('5 người');
    const m = parseQuantity('1,5 - 2 tỷ');
    const { scale: _s, decimals: _md, ...bareMoney } = m;
    expect(formatQuantity(bareMoney)).toBe('1,5 - 2 tỷ đồng');
    const p = parseQuantity('17,16%');
    const { decimals: _pd, ...bareP } = p;
    expect(formatQuantity(bareP)).toBe('17,16%');
  });
});
