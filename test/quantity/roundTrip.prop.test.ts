/**
 * Properties that keep the classes of issue 14 away: money formats to text that reads back around it (exactly
 * at full precision), every written text formats back at its written precision (ranges, signs, qualifiers,
 * divisions included), English text never carries Vietnamese notation, and the impossible or ambiguous
 * number forms are always refused.
 */
import fc from 'fast-check';
import type { KhuyenCongError } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import {
  compareRatio,
  formatCount,
  formatMoney,
  formatPercent,
  formatQuantity,
  intervalContains,
  MAX_MONEY_DONG,
  money,
  count,
  parseQuantity,
  ratio,
  safeParseQuantity,
  type Quantity,
} from '../../src/index.js';

const LIMIT = BigInt(MAX_MONEY_DONG);
/** Any Money, with the edges (0, ±1, the largest, amounts just below a scale) drawn often. */
const anyDong = fc.oneof(
  fc.bigInt({ min: -LIMIT, max: LIMIT }),
  fc.constantFrom(0n, 1n, -1n, LIMIT, -LIMIT, 999_999n, 999_999_999n, 999_999_500n, 999_499_999n, 999_999_999_999n),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
);

function groupVi(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A canonical Vietnamese number with `maxFrac` decimals at most. */
const num = (maxFrac: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: 999_999n }), fc.integer({ min: 0, max: maxFrac }), fc.bigInt({ min: 0n, max: 9999n })).map(([int, k, f]) => {
    const frac = k === 0 ? '' : f.toString().padStart(4, '0').slice(0, k);
    return { int, frac, text: groupVi(int.toString()) + (frac === '' ? '' : `,${frac}`) };
  });

/** The code of the refusal of a text, or undefined when it is read. */
function codeOf(text: string): string | undefined {
  const r = safeParseQuantity(text);
  return r.success ? undefined : (r.error as KhuyenCongError).issues[0]?.code;
}

function key(q: Quantity): string {
  return JSON.stringify({ interval: q.interval, value: q.value, decimals: q.decimals, range: q.range, kind: q.kind, unit: q.unit, qualifiers: q.qualifiers, direction: q.direction });
}

describe('money round trips (vi and en)', () => {
  it('for every Money m, parseQuantity(formatMoney(m)) contains m, and is exactly m in the đồng scale', () => {
    fc.assert(
      fc.property(anyDong, (d) => {
        const m = money(d);
        const q = parseQuantity(formatMoney(m));
        expect(intervalContains(q.interval, ratio(d))).toBe(true);
        // Never more than half a unit of the written scale away.
        expect(compareRatio(q.interval.lo?.value ?? ratio(0), ratio(d))).toBeLessThanOrEqual(0);
        const exact = parseQuantity(formatMoney(m, { scale: 'đồng' }));
        expect(exact.value.toString()).toBe(d.toString());
        // And at the full precision of any scale.
        const inTy = parseQuantity(formatMoney(m, { scale: 'tỷ', decimals: 9 }));
        expect(inTy.value.toString()).toBe(d.toString());
      }),
      { numRuns: 400 },
    );
  });

  it('the automatic scale never writes 1 000 or more of triệu, and English never carries Vietnamese notation', () => {
    const en = /^VND -?\d{1,3}(,\d{3})*(\.\d+)?( (thousand|million|billion|trillion))?$/;
    fc.assert(
      fc.property(anyDong, (d) => {
        const vi = formatMoney(money(d));
        expect(vi).not.toMatch(/^-?\d{1,3}(\.\d{3})+(,\d+)? triệu/);
        expect(formatMoney(money(d), { locale: 'en' })).toMatch(en);
        expect(formatMoney(money(d), { locale: 'en-US' })).toMatch(en);
        expect(formatCount(count(Number(d < 0n ? -d : d), 'person'), { locale: 'en-GB' })).toMatch(/^\d{1,3}(,\d{3})* (people|person)$/);
        expect(formatPercent(ratio(d, 1_000_000n), { locale: 'en' })).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}%$/);
      }),
      { numRuns: 300 },
    );
  });
});

const unit = fc.constantFrom('tỷ đồng', 'triệu đồng', '%', 'lần', 'người', 'đề án', 'đồng', '');
const whole = (u: string): boolean => u === 'người' || u === 'đề án' || u === 'đồng';
const qualifier = fc.constantFrom('', 'hơn ', 'dưới ', 'ít hơn ', 'nhiều hơn ', 'gần ', 'khoảng ', 'ít nhất ', 'tối đa ', 'lên đến ', 'dự kiến ', 'tăng ', 'giảm ', 'giảm hơn ', 'giảm khoảng ');
const sign = fc.constantFrom('', '', '-', '+');

describe('format(parse(x)) keeps the written precision', () => {
  it('single numbers with any qualifier, sign and unit: the text reads back to the same quantity', () => {
    fc.assert(
      fc.property(qualifier, sign, num(4), unit, (qual, sg, n, u) => {
        const frac = whole(u) ? '' : n.frac;
        const text = `${qual}${u === 'lần' ? 'gấp ' : ''}${sg}${groupVi(n.int.toString())}${frac === '' ? '' : `,${frac}`}${u === '%' || u === '' ? '' : ' '}${u}`;
        const r = safeParseQuantity(text);
        if (!r.success) {
          // The only refusals here: a sign with tăng/giảm or with lần, and a division by zero.
          expect(['quantity.conflicting-qualifiers', 'quantity.bad-multiple']).toContain(r.error.issues[0]?.code);
          return;
        }
        const q = r.data;
        expect(q.decimals).toBe(frac.length);
        const again = parseQuantity(formatQuantity(q));
        expect(key(again)).toBe(key(q));
      }),
      { numRuns: 600 },
    );
  });

  it('ranges: each end keeps its own sign and precision', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'khoảng ', 'giảm ', 'tăng '), sign, num(3), sign, num(3), fc.constantFrom('tỷ đồng', '%', 'lần', 'đề án'), (qual, s1, a, s2, b, u) => {
        const fa = u === 'đề án' ? '' : a.frac;
        const fb = u === 'đề án' ? '' : b.frac;
        const text = `${qual}${s1}${groupVi(a.int.toString())}${fa === '' ? '' : `,${fa}`} - ${s2}${groupVi(b.int.toString())}${fb === '' ? '' : `,${fb}`}${u === '%' ? '' : ' '}${u}`;
        const r = safeParseQuantity(text);
        if (!r.success) {
          expect(['quantity.bad-range', 'quantity.conflicting-qualifiers', 'quantity.bad-multiple']).toContain(r.error.issues[0]?.code);
          return;
        }
        const q = r.data;
        const decimals = [fa.length, fb.length];
        expect(q.range?.decimals).toEqual(q.direction === 'decrease' ? [decimals[1], decimals[0]] : decimals);
        const again = parseQuantity(formatQuantity(q));
        expect(key(again)).toBe(key(q));
        // The interval covers both written ends.
        expect(intervalContains(q.interval, q.range?.lo ?? q.value) || q.direction === 'decrease').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the refused forms stay refused', () => {
  const countNoun = fc.constantFrom('người', 'lao động', 'học viên', 'cơ sở', 'doanh nghiệp', 'đề án', 'lớp', 'đồng', 'VNĐ', 'đ');
  it('a comma with three digits after 1–3 digits, before a count noun or đồng: ambiguous, or the whole number on request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), countNoun, fc.constantFrom('', 'hơn ', 'khoảng '), (i, f, noun, qual) => {
        const digits = String(f).padStart(3, '0');
        const text = `${qual}${i},${digits} ${noun}`;
        expect(codeOf(text)).toBe('quantity.ambiguous-separator');
        const q = parseQuantity(text, { ambiguousSeparator: 'whole' });
        expect(q.value.toString()).toBe(String(i * 1000 + f));
        expect(q.warnings?.[0]?.code).toBe('quantity.whole-reading');
      }),
    );
  });

  it('a leading 0 group before a dot is refused with any unit', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '00', '000'), fc.integer({ min: 0, max: 999 }), fc.constantFrom('tỷ đồng', '%', 'người', '', 'lần'), (z, g, u) => {
        expect(codeOf(`${z}.${String(g).padStart(3, '0')} ${u}`)).toBe('quantity.ambiguous-separator');
      }),
    );
  });

  it('a fraction of a count or of a đồng is never returned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), countNoun, (i, f, noun) => {
        const r = safeParseQuantity(`${groupVi(String(i))},${String(f).padStart(2, '0')} ${noun}`);
        if (r.success) expect(r.data.value.denominator).toBe(1n);
        else expect(['quantity.not-whole-count', 'quantity.not-whole-dong']).toContain(r.error.issues[0]?.code);
      }),
    );
  });

  it('a sign belongs to its number: "Q -x%" bounds −x as "Q x%" bounds x', () => {
    fc.assert(
      fc.property(fc.constantFrom('hơn ', 'dưới ', 'ít nhất ', 'tối đa ', 'khoảng ', ''), fc.integer({ min: 1, max: 10_000 }), (qual, x) => {
        const neg = parseQuantity(`${qual}-${x}%`);
        const pos = parseQuantity(`${qual}${x}%`);
        expect(neg.value.toString()).toBe(ratio(-x, 100).toString());
        // The same kind of bound, at the negated value: lo/hi open-ness and presence agree.
        expect([neg.interval.lo === null, neg.interval.hi === null]).toEqual([pos.interval.lo === null, pos.interval.hi === null]);
        expect(intervalContains(neg.interval, ratio(-x, 100))).toBe(intervalContains(pos.interval, ratio(x, 100)));
      }),
    );
  });
});
