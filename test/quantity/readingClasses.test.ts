/**
 * One test per class of wrong reading found by the independent test of issue 14. Each asserts what the text
 * means (read by hand), never what the code happened to return; the property file roundTrip.prop.test.ts keeps
 * the classes away over generated texts.
 */
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoney,
  formatPercent,
  formatQuantity,
  count,
  KhuyenCongError,
  money,
  parseQuantity,
  ratio,
  safeParseQuantity,
  type Quantity,
} from '../../src/index.js';

function iv(q: Quantity): string {
  const { lo, hi } = q.interval;
  const l = lo === null ? '(-inf' : `${lo.open ? '(' : '['}${lo.value.toString()}`;
  const h = hi === null ? 'inf)' : `${hi.value.toString()}${hi.open ? ')' : ']'}`;
  return `${l}, ${h}`;
}

function refusal(text: string, options?: Parameters<typeof parseQuantity>[1]): KhuyenCongError {
  const r = safeParseQuantity(text, options);
  if (r.success) throw new Error(`expected a refusal of ${text}, got ${r.data.value.toString()}`);
  return r.error;
}

describe('class: number text read wrong', () => {
  it('a group of 0 before a dot is never a thousands group: "0.500 tỷ đồng" is refused naming both readings', () => {
    for (const t of ['0.500 tỷ đồng', '0.050%', '00.500 người', '0.500.000 đồng']) {
      const e = refusal(t);
      expect(e.issues[0]?.code).toBe('quantity.ambiguous-separator');
    }
    const e = refusal('0.500 tỷ đồng');
    expect(e.issues[0]?.message.en).toContain('as an English decimal point the number is 0.500');
    expect(e.issues[0]?.message.en).toContain('as a thousands separator it would be 500');
    expect(e.issues[0]?.message.vi).toContain('0,500');
    // A proper thousands group is still read: "1.500 tỷ" is 1 500 tỷ.
    expect(parseQuantity('1.500 tỷ').value.toString()).toBe('1500000000000');
  });

  it('a minus sign belongs to the number: "hơn -5%" is above −5%, "tối đa -5%" at most −5%', () => {
    expect(iv(parseQuantity('hơn -5%'))).toBe('(-0.05, inf)');
    expect(iv(parseQuantity('trên -5%'))).toBe('(-0.05, inf)');
    expect(iv(parseQuantity('ít nhất -5%'))).toBe('[-0.05, inf)');
    expect(iv(parseQuantity('tối đa -5%'))).toBe('(-inf, -0.045]');
    expect(iv(parseQuantity('dưới -5%'))).toBe('(-inf, -0.05)');
    // khoảng: ±10% of the size either side, never narrower than the written precision.
    expect(iv(parseQuantity('khoảng -20%'))).toBe('[-0.22, -0.18]');
    // gần: a little smaller in size, up to 10%.
    expect(iv(parseQuantity('gần -20%'))).toBe('[-0.2, -0.18]');
  });

  it("a range's first sign is not applied to both ends: \"-5 - 10%\" is −5% to 10%", () => {
    const q = parseQuantity('-5 - 10%');
    expect([q.range?.lo.toString(), q.range?.hi.toString()]).toEqual(['-0.05', '0.1']);
    expect(iv(q)).toBe('[-0.055, 0.105]');
    const both = parseQuantity('-10 - -5%');
    expect([both.range?.lo.toString(), both.range?.hi.toString()]).toEqual(['-0.1', '-0.05']);
    expect(refusal('-5 - -10%').issues[0]?.code).toBe('quantity.bad-range');
    expect(refusal('giảm 5 - -3%').issues[0]?.code).toBe('quantity.conflicting-qualifiers');
  });

  it('"x/y" is "x of y" only before a count noun; a bare "1/3" (a fraction or 1 of 3?) is refused', () => {
    const q = parseQuantity('28/28 tỉnh');
    expect([q.value.toString(), q.of?.toString(), q.unit]).toEqual(['28', '28', 'province']);
    for (const t of ['1/3', '1/3 tỷ đồng', '1/3%', '2/3 lần', '1/2 người/lớp']) expect(refusal(t).issues[0]?.code).toBe('quantity.ambiguous-fraction');
    expect(refusal('1/3').issues[0]?.message.en).toContain('the fraction 1/3, or 1 out of 3');
    // x above its total, or a fraction of a count, cannot be "x of y".
    for (const t of ['29/28 tỉnh', '1,5/3 lớp', '1/2,5 lớp']) expect(refusal(t).issues[0]?.code).toBe('quantity.bad-fraction');
  });

  it('"giảm 3,5 lần" is a division by 3,5 (factor 1/3,5), not a multiple of −3,5', () => {
    const q = parseQuantity('giảm 3,5 lần');
    expect(q.multiple).toBe(true);
    expect(q.direction).toBe('decrease');
    expect([q.value.numerator, q.value.denominator]).toEqual([2n, 7n]);
    // 3,5 is known to ±0,05: the factor lies in [1/3,55; 1/3,45].
    expect(q.interval.lo?.value.toString()).toBe(ratio(20, 71).toString());
    expect(q.interval.hi?.value.toString()).toBe(ratio(20, 69).toString());
    expect(formatQuantity(q)).toBe('giảm gấp 3,5 lần');
    expect(iv(parseQuantity('giảm hơn 2 lần'))).toBe('(0, 0.5)');
    // Divided by at most 2 (2 known to ±0,5): the factor is at least 1/2,5.
    expect(iv(parseQuantity('giảm tối đa 2 lần'))).toBe('[0.4, inf)');
    expect(parseQuantity('tăng gấp 2 lần').value.toString()).toBe('2');
    expect(refusal('giảm 0 lần').issues[0]?.code).toBe('quantity.bad-multiple');
    expect(refusal('-2 lần').issues[0]?.code).toBe('quantity.bad-multiple');
  });

  it('"ít hơn 5 tỷ đồng" is less than 5 tỷ and "nhiều hơn 200 người" more than 200: bounds, not changes', () => {
    const less = parseQuantity('ít hơn 5 tỷ đồng');
    expect(less.direction).toBeUndefined();
    expect(less.qualifiers).toEqual(['less-than']);
    expect(less.value.toString()).toBe('5000000000');
    expect(iv(less)).toBe('[0, 5000000000)');
    const more = parseQuantity('nhiều hơn 200 người');
    expect(more.direction).toBeUndefined();
    expect(more.qualifiers).toEqual(['more-than']);
    expect(iv(more)).toBe('(200, inf)');
    expect(iv(parseQuantity('dưới 10 lao động'))).toBe('[0, 10)');
    expect(iv(parseQuantity('lên đến 120 triệu đồng'))).toBe('[0, 120500000]');
    expect(refusal('ít hơn 1 - 2 tỷ').issues[0]?.code).toBe('quantity.bad-range');
  });
});

describe('class: impossible readings are refused, never taken silently', () => {
  it('"1,200 người", "3,324 lao động", "1,500 đồng" are refused naming both readings', () => {
    for (const t of ['1,200 người', '3,324 lao động', '1,500 đồng', '1,000 cơ sở', '12,500 VNĐ', 'hơn 1,200 học viên', '1,200 - 1,500 người']) {
      expect(refusal(t).issues[0]?.code).toBe('quantity.ambiguous-separator');
    }
    const e = refusal('1,200 người');
    expect(e.issues[0]?.message.en).toContain('as a decimal mark the number is 1.200');
    expect(e.issues[0]?.message.en).toContain('as an English thousands separator it is 1200');
    expect(e.issues[0]?.message.vi).toContain('1.200');
  });

  it('with { ambiguousSeparator: "whole" } the whole reading comes back with a warning', () => {
    const q = parseQuantity('1,200 người', { ambiguousSeparator: 'whole' });
    expect([q.value.toString(), q.decimals, iv(q)]).toEqual(['1200', 0, '[1199.5, 1200.5]']);
    expect(q.warnings?.map((w) => w.code)).toEqual(['quantity.whole-reading']);
    expect(q.warnings?.[0]?.message.en).toContain('(1200)');
    expect(parseQuantity('1,500 đồng', { ambiguousSeparator: 'whole' }).value.toString()).toBe('1500');
    expect(parseQuantity('1.200 người', { ambiguousSeparator: 'whole' }).warnings).toBeUndefined();
    expect(refusal('1 người', { ambiguousSeparator: 'yes' as never }).issues[0]).toMatchObject({ code: 'quantity.bad-option', path: ['ambiguousSeparator'] });
  });

  it('never a fractional person or đồng; whole đồng in a larger scale, percentages and rates stay fractional', () => {
    expect(refusal('1,5 người').issues[0]?.code).toBe('quantity.not-whole-count');
    expect(refusal('0,500 người').issues[0]?.code).toBe('quantity.not-whole-count');
    expect(refusal('1.200,5 người').issues[0]?.code).toBe('quantity.not-whole-count');
    expect(refusal('khoảng 2,5 - 3 đề án').issues[0]?.code).toBe('quantity.not-whole-count');
    expect(refusal('1,5 đồng').issues[0]?.code).toBe('quantity.not-whole-dong');
    expect(refusal('1,2345 nghìn đồng').issues[0]?.code).toBe('quantity.not-whole-dong');
    expect(parseQuantity('1,5 tỷ đồng').value.toString()).toBe('1500000000');
    expect(parseQuantity('13,800 tỷ').value.toString()).toBe('13800000000');
    expect(parseQuantity('1,500 triệu đồng').value.toString()).toBe('1500000');
    expect(parseQuantity('0,050%').value.toString()).toBe('0.0005');
    expect(parseQuantity('1,5 người/lớp').value.toString()).toBe('1.5');
    expect(parseQuantity('2,5 năm').value.toString()).toBe('2.5');
    expect(parseQuantity('5,0 người').value.toString()).toBe('5');
  });
});

describe('class: round trips', () => {
  it('formatQuantity keeps each end of a range at its written precision', () => {
    expect(formatQuantity(parseQuantity('1,5 - 2 tỷ'))).toBe('1,5 - 2 tỷ đồng');
    expect(formatQuantity(parseQuantity('2 - 2,55 tỷ'))).toBe('2 - 2,55 tỷ đồng');
    expect(formatQuantity(parseQuantity('giảm 1,5 - 2%'))).toBe('giảm 1,5 - 2%');
    expect(formatQuantity(parseQuantity('giảm 1,5 - 2 lần'))).toBe('giảm gấp 1,5 - 2 lần');
    const q = parseQuantity(formatQuantity(parseQuantity('1,5 - 2 tỷ')));
    expect(iv(q)).toBe('[1450000000, 2500000000]');
  });

  it('formatMoney never rounds into "1.000,000 triệu": it moves to tỷ', () => {
    expect(formatMoney(money(999_999_999))).toBe('1,000 tỷ đồng');
    expect(formatMoney(money(999_999_500))).toBe('1,000 tỷ đồng');
    expect(formatMoney(money(999_999_499))).toBe('999,999 triệu đồng');
    expect(formatMoney(money(-999_999_999))).toBe('-1,000 tỷ đồng');
    // An asked-for scale is kept.
    expect(formatMoney(money(999_999_999), { scale: 'triệu' })).toBe('1.000,000 triệu đồng');
  });

  it('the largest Money formats to text that parseQuantity reads back around it', () => {
    const text = formatMoney(money(9_007_199_254_740_991));
    expect(text).toBe('9.007.199,2547 tỷ đồng');
    const q = parseQuantity(text);
    expect(q.interval.lo?.value.toString()).toBe('9007199254650000');
    expect(q.interval.hi?.value.toString()).toBe('9007199254750000');
    expect(parseQuantity(formatMoney(money(-9_007_199_254_740_991))).value.toString()).toBe('-9007199254700000');
  });

  it('the đồng scale writes no decimals (an amount in đồng is whole; "5,000 đồng" would be ambiguous)', () => {
    expect(formatMoney(money(5000), { scale: 'đồng', decimals: 3 })).toBe('5.000 đồng');
    expect(() => formatMoney(money(5000), { scale: 'đồng', decimals: -1 })).toThrow(KhuyenCongError);
  });
});

describe('class: English notation in English text', () => {
  it('accepts en, en-US, en-GB, vi-VN and refuses other locales', () => {
    expect(formatMoney(money(1_200_000), { locale: 'en-US', scale: 'đồng' })).toBe('VND 1,200,000');
    expect(formatMoney(money(63_335_000_000), { locale: 'en-GB' })).toBe('VND 63.335 billion');
    expect(formatPercent(ratio('0.1716'), { locale: 'en-US' })).toBe('17.16%');
    expect(formatCount(count(1200, 'person'), { locale: 'en-GB' })).toBe('1,200 people');
    expect(formatQuantity(parseQuantity('khoảng 1.200,5 tỷ đồng'), { locale: 'en-US' })).toBe('about VND 1,200.5 billion');
    expect(formatMoney(money(1_200_000), { locale: 'vi-VN', scale: 'đồng' })).toBe('1.200.000 đồng');
    for (const locale of ['fr', '', 'en-', 5]) {
      expect(() => formatMoney(money(1), { locale: locale as never })).toThrow(/quantity|locale/);
      try {
        formatQuantity(parseQuantity('5%'), { locale: locale as never });
      } catch (e) {
        expect((e as KhuyenCongError).issues[0]).toMatchObject({ code: 'locale.unsupported', path: ['locale'] });
      }
    }
  });

  it('a Ratio of another copy of the library formats; a non-percent is refused with a library error', () => {
    expect(formatPercent({ numerator: 1716n, denominator: 10000n } as never)).toBe('17,16%');
    expect(() => formatPercent(5 as never)).toThrow(KhuyenCongError);
    expect(() => formatPercent(null as never)).toThrow(KhuyenCongError);
    expect(() => formatPercent(parseQuantity('5 người'))).toThrow(/"5 người" is a count, not a percentage/);
  });
});

describe('class: plain JSON in the format functions gives a library error, never a TypeError', () => {
  it('refuses a non-object value, a non-object options and a Money whose đồng is not a safe integer', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
        return undefined;
      } catch (e) {
        expect(e).toBeInstanceOf(KhuyenCongError);
        return (e as KhuyenCongError).issues[0]?.code;
      }
    };
    expect(code(() => formatMoney(null as never))).toBe('quantity.not-quantity');
    expect(code(() => formatCount(5 as never))).toBe('quantity.not-quantity');
    expect(code(() => formatPercent('0.5' as never))).toBe('quantity.not-quantity');
    expect(code(() => formatQuantity(undefined as never))).toBe('quantity.not-quantity');
    expect(code(() => formatMoney(money(5), 5 as never))).toBe('quantity.bad-option');
    expect(code(() => formatMoney({ kind: 'money', dong: 1.5 } as never))).toBe('quantity.not-money');
    expect(code(() => formatMoney({ kind: 'money', dong: 'abc' } as never))).toBe('quantity.not-money');
    // null options from JSON are no options.
    expect(formatMoney(money(700_000_000), null as never)).toBe('700 triệu đồng');
    expect(formatQuantity(parseQuantity('hơn 75 cơ sở'), null as never)).toBe('hơn 75 cơ sở');
    expect(code(() => formatPercent({ kind: 'percent' } as never, {}))).toBe('quantity.not-percent');
    expect(code(() => formatPercent({ kind: 'money', text: '5 tỷ' } as never))).toBe('quantity.not-percent');
  });
});
