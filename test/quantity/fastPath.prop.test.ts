/**
 * The fast paths of `parseQuantity` (issue 19: a number's interval in double arithmetic while it is provably
 * exact, units and prefixes found in the input without folding it, the result made in one literal) give
 * exactly what the reference path gives: the same value, interval, qualifiers, precision and every other
 * field, in the same order, frozen alike, or the same error (code, path, both messages). The reference,
 * `parseQuantityReference`, computes every interval on bigint rationals and folds every word before looking
 * it up, as the parser did before the fast paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity, ratio, type ParseQuantityOptions } from '../../src/index.js';
import { scaledRatio } from '../../src/quantity/exact.js';
import { parseQuantityReference } from '../../src/quantity/parseQuantity.js';

/** Every own property, in order, with bigints written out and frozenness marked: equal iff the results are alike. */
function describeValue(x: unknown): string {
  if (typeof x === 'bigint') return `${x.toString()}n`;
  if (typeof x !== 'object' || x === null) return JSON.stringify(x) ?? String(x);
  const frozen = Object.isFrozen(x) ? 'frozen' : 'open';
  if (Array.isArray(x)) return `${frozen}[${x.map(describeValue).join(', ')}]`;
  const proto = Object.getPrototypeOf(x) === Object.prototype ? '' : (x.constructor as { name?: string }).name ?? '?';
  return `${proto}${frozen}{${Object.keys(x)
    .map((k) => `${k}: ${describeValue((x as Record<string, unknown>)[k])}`)
    .join(', ')}}`;
}

function outcome(read: () => unknown): string {
  try {
    return `ok ${describeValue(read())}`;
  } catch (e) {
    const issues = (e as { issues?: readonly { code: string; path: readonly string[]; message: { vi: string; en: string } }[] }).issues;
    if (issues === undefined) return `thrown ${String(e)}`; // would fail: every refusal is a KhuyenCongError
    return `error ${issues.map((i) => `${i.code} [${i.path.join('.')}] ${i.message.vi} / ${i.message.en}`).join('; ')}`;
  }
}

const prefix = fc.constantFrom(
  '',
  'hơn ',
  'trên ',
  'Trên ',
  'dưới ',
  'gần ',
  'khoảng ',
  'khoảng  ',
  'khoảng\u00a0',
  'ước ',
  'ước tính ',
  'xấp xỉ ',
  'ít nhất ',
  'ít nhất là ',
  'tối đa ',
  'không quá ',
  'lên đến ',
  'ít hơn ',
  'nhiều hơn ',
  'dự kiến ',
  'dự kiến khoảng ',
  'đạt ',
  'ước đạt ',
  'tăng ',
  'giảm ',
  'giảm hơn ',
  'tăng gấp ',
  'gấp ',
  'hơn khoảng ',
  'tăng giảm ',
  'bogus ',
);
const sign = fc.constantFrom('', '', '', '-', '+', '\u2212');

/** A written number: plain digits, dot-grouped thousands, a decimal comma, leading zeros, many digits. */
const digits = fc.stringMatching(/^[0-9]{1,18}$/);
const number = fc.oneof(
  digits,
  fc.tuple(digits, fc.stringMatching(/^[0-9]{1,6}$/)).map(([a, b]) => `${a},${b}`),
  fc.bigInt({ min: 0n, max: 10n ** 17n }).map((n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[0-9]{3}$/)).map(([a, b]) => `${String(a)},${b}`),
  fc.constantFrom('0', '00', '0,5', '0,05', '1', '5', '4', '6', '9', '10', '0.500', '1,2,3', '1.20', '400000000000000', '400000000000001', '999999999999999'),
);
const unit = fc.constantFrom(
  '',
  ' tỷ đồng',
  ' tỉ',
  ' triệu đồng',
  ' triệu VNĐ',
  ' nghìn tỷ đồng',
  ' ngàn đồng',
  ' đồng',
  ' đ',
  ' người',
  ' cơ sở',
  ' cơ sở CNNT',
  ' DN',
  ' đề án',
  ' năm',
  ' tấn',
  ' lần',
  '%',
  ' %',
  ' phần trăm',
  ' tỷ đồng/1 tỉnh',
  ' triệu đồng/người',
  ' tỉnh',
  ' ki-lô',
  '  tỷ  đồng',
);
const second = fc.oneof(
  fc.constant(''),
  fc.constant(''),
  fc.tuple(fc.constantFrom(' - ', '-', '–', ' - -'), number).map(([dash, n]) => `${dash}${n}`),
  number.map((n) => `/${n}`),
);
const trailing = fc.constantFrom('', '', '.', ' ', ';');
const options: fc.Arbitrary<ParseQuantityOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant({ ambiguousSeparator: 'whole' as const }),
  fc.constant({ aboutTolerance: '0.2' }),
  fc.constant({ nearlyTolerance: ratio('0.05') }),
  fc.constant({ aboutTolerance: '0.1', nearlyTolerance: '0.1' }),
);

const text = fc.tuple(prefix, sign, number, second, unit, trailing).map((parts) => parts.join(''));

describe('parseQuantity fast paths give exactly the reference reading', () => {
  it('on generated phrases: same result in every field (order and freezing too) or the same error', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        expect(outcome(() => parseQuantity(t, o))).toBe(outcome(() => parseQuantityReference(t, o)));
      }),
      { numRuns: 4000 },
    );
  });

  it('on the edges of exact double arithmetic (coefficients around 4·10^14 and 2^53, every exponent)', () => {
    const around = fc.oneof(
      fc.integer({ min: 399_999_999_999_990, max: 400_000_000_000_010 }),
      fc.integer({ min: 900_719_925_474_090, max: 900_719_925_474_100 }),
      fc.integer({ min: 0, max: 1000 }),
    );
    fc.assert(
      fc.property(around, fc.integer({ min: 0, max: 15 }), prefix, sign, unit, (c, dec, p, s, u) => {
        const d = String(c).padStart(dec + 1, '0');
        const written = dec === 0 ? d : `${d.slice(0, d.length - dec)},${d.slice(d.length - dec)}`;
        const t = `${p}${s}${written}${u}`;
        expect(outcome(() => parseQuantity(t))).toBe(outcome(() => parseQuantityReference(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('the seeds and a few hand-picked phrases read alike and as worked out by hand', () => {
    // 54,06 tỷ: [54 055 000 000; 54 065 000 000]; khoảng 700 triệu: ±10 % is wider than ±0,5 triệu.
    const q = parseQuantity('54,06 tỷ đồng');
    expect([q.interval.lo?.value.toString(), q.interval.hi?.value.toString()]).toEqual(['54055000000', '54065000000']);
    const about = parseQuantity('khoảng 700 triệu đồng');
    expect([about.interval.lo?.value.toString(), about.interval.hi?.value.toString()]).toEqual(['630000000', '770000000']);
    for (const t of ['54,06 tỷ đồng', 'khoảng 700 triệu đồng', 'hơn -5%', 'gần -5%', 'gần 0 người', 'giảm 4%', '-0%', 'tăng gấp 2 lần', '28/28 tỉnh']) {
      expect(outcome(() => parseQuantity(t))).toBe(outcome(() => parseQuantityReference(t)));
    }
  });
});

describe('scaledRatio: m × 10^e / k reduced in double arithmetic is the exact rational', () => {
  it('equals ratio(m · 10^e, k) (bigint) for safe integers m of every size, exponents −20…20, k = 1 or 2', () => {
    const m = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger(),
      fc.integer({ min: Number.MAX_SAFE_INTEGER - 100, max: Number.MAX_SAFE_INTEGER }),
      fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 10 })).map(([a, z]) => a * 10 ** z * 2 ** (z % 3)),
      // Beyond the safe integers a double is still an integer: the bigint path takes it as it is.
      fc.constantFrom(2 ** 53, -(2 ** 60), 1e20),
    );
    fc.assert(
      fc.property(m, fc.integer({ min: -20, max: 20 }), fc.constantFrom(1 as const, 2 as const), (n, e, k) => {
        const big = BigInt(n);
        const expected = e >= 0 ? ratio(big * 10n ** BigInt(e), BigInt(k)) : ratio(big, 10n ** BigInt(-e) * BigInt(k));
        const got = scaledRatio(n, e, k);
        expect([got.numerator, got.denominator]).toEqual([expected.numerator, expected.denominator]);
      }),
      { numRuns: 5000 },
    );
  });
});
