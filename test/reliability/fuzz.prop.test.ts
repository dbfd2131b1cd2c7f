/**
 * Fuzzing of the text parsers with random strings and with mutations of the seed figures' texts (insert,
 * delete, replace a character, duplicate a separator, swap dots and commas, change normalisation, insert
 * look-alikes and Unicode spaces): every run finishes, `safeParseX` never throws, `parseX` throws nothing but a
 * bilingual KhuyenCongError, and the same text gives the same answer twice; texts of 10 000 and 100 000
 * characters get an answer too. How parse time grows with the length is a measurement, in the benchmark
 * test/bench/linearity.ts (`npm run bench -- linearity`), not in this suite.
 *
 * The seed texts are figures as the press reports print them (seeds 000–003, via /work/shared/seed-figures.md),
 * not sentences of the articles.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as kc from '../../src/index.js';
import { expectBilingual, longText, snapshot } from './hostile.js';

/** Runs per fuzz property; the total is printed and recorded in docs/reliability.md. */
const RUNS = 1000;
/** Runs of the properties that feed every input to many parsers (each input is parsed 8–13 times). */
const MULTI_RUNS = 300;
let totalRuns = 0;

// Figures as printed (seed 003: southern region 2013–2014; seed 000: Bạc Liêu 2014–2018).
const QUANTITY_SEEDS = [
  '54,06 tỷ đồng',
  'tăng 2,1% so năm 2012',
  '7,73 tỷ đồng',
  '46,33 tỷ đồng',
  '63,335 tỷ đồng',
  'tăng 17,16%',
  '3,17 tỷ đồng/1 tỉnh',
  '13,877 tỷ đồng',
  '49,49 tỷ đồng',
  '3.324 lao động',
  '120 gian hàng',
  '6,979 tỷ đồng',
  '1.200 người',
  'khoảng 700 triệu đồng',
  'hơn 75 cơ sở',
  'ít nhất 10 mô hình',
  'gấp 2,5 lần',
  'giảm 4%',
  '28/28 tỉnh',
];
const CITATION_SEEDS = [
  'Nghị định 45/2012/NĐ-CP, Điều 1 khoản 2 điểm a',
  'Decree 45/2012/ND-CP, Art. 1(2)(a)',
  'Thông tư 28/2018/TT-BTC, Điều 4',
  'Nghị định 45/2012/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP',
  'TTLT 26/2014/TTLT-BTC-BCT',
];
const PROVINCE_SEEDS = ['Bạc Liêu', 'Bà Rịa – Vũng Tàu', 'TP. Hồ Chí Minh', 'Thừa Thiên Huế', 'Đắk Lắk', 'TX.Bến Cát', 'Hà Nội', '95', '7'];

const SEPARATORS = ['.', ',', ' ', '/', '-', '%', '\u00a0', '\u202f'];
const LOOKALIKES = ['\u043e', '\u0430', '\u0435', '\u0421', '\u00a0', '\u202f', '\u3000', '\ufeff', '０', '５', '，', '．', '\u0301', '\u0300', 'đ', 'Đ', 'ð'];

type Mutation = (s: string) => string;
const at = (s: string, i: number): number => (s.length === 0 ? 0 : i % (s.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...LOOKALIKES, ...SEPARATORS), fc.string({ minLength: 1, maxLength: 2, unit: 'grapheme' }))).map(
    ([i, c]) => (s: string) => s.slice(0, at(s, i)) + c + s.slice(at(s, i)),
  ),
  fc.nat().map((i) => (s: string) => s.slice(0, at(s, i)) + s.slice(at(s, i) + 1)),
  fc.tuple(fc.nat(), fc.constantFrom(...LOOKALIKES, ...SEPARATORS, 'x', '9')).map(([i, c]) => (s: string) => s.slice(0, at(s, i)) + c + s.slice(at(s, i) + 1)),
  fc.nat().map((i) => (s: string) => {
    // Duplicate the separator nearest to i.
    const j = [...s].findIndex((c, k) => k >= at(s, i) && SEPARATORS.includes(c));
    return j < 0 ? s : s.slice(0, j + 1) + s.slice(j);
  }),
  fc.constant((s: string) => s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))),
  fc.constant((s: string) => s.normalize('NFD')),
  fc.constant((s: string) => s.toUpperCase()),
  fc.constant((s: string) => s.replace(/ /g, '\u00a0')),
  fc.constant((s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
);
const mutated = (seeds: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([s, ms]) => ms.reduce((acc, m) => m(acc), s));
const randomText = fc.oneof(
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  fc.array(fc.constantFrom(...QUANTITY_SEEDS, ...SEPARATORS, ...LOOKALIKES, 'tỷ', 'triệu', 'đồng', 'khoảng', 'hơn', 'lần', '%', '1', '0'), { maxLength: 20 }).map((a) => a.join('')),
);
const fuzzText = (seeds: readonly string[]): fc.Arbitrary<string> => fc.oneof(mutated(seeds), mutated(seeds), randomText);

/** The parse result or the rejection's issues; anything thrown but a bilingual KhuyenCongError fails. */
function outcome(fn: () => unknown): unknown {
  try {
    return { ok: snapshot(fn()) };
  } catch (e) {
    return { issues: expectBilingual(e).issues.map((i) => [i.code, i.path]) };
  }
}

/** Fuzzes one parser: parse and safeParse agree, never throw anything else, and are deterministic. */
function fuzz(text: fc.Arbitrary<string>, parse: (s: string) => unknown, safeParse?: (s: string) => kc.SafeParseResult<unknown>): void {
  fc.assert(
    fc.property(text, (s) => {
      const first = outcome(() => parse(s));
      expect(outcome(() => parse(s))).toEqual(first);
      if (safeParse !== undefined) {
        const r = safeParse(s);
        if (r.success) expect({ ok: snapshot(r.data) }).toEqual(first);
        else expect({ issues: expectBilingual(r.error).issues.map((i) => [i.code, i.path]) }).toEqual(first);
      }
    }),
    { numRuns: RUNS },
  );
  totalRuns += RUNS;
}

describe('fuzzing the text parsers', { timeout: 180_000 }, () => {
  it('parseQuantity / safeParseQuantity', () => fuzz(fuzzText(QUANTITY_SEEDS), (s) => kc.parseQuantity(s), (s) => kc.safeParseQuantity(s)));
  it('parseCitation / safeParseCitation', () => fuzz(fuzzText(CITATION_SEEDS), (s) => kc.parseCitation(s), (s) => kc.safeParseCitation(s)));
  it('findProvince (any date of the registry)', () => {
    fuzz(fuzzText(PROVINCE_SEEDS), (s) => kc.findProvince(s, { at: '2024-01-01' }));
    fuzz(fuzzText(PROVINCE_SEEDS), (s) => kc.findProvince(s, { at: '2025-10-15' }));
  });
  it('parseProvinceCode / safeParseProvinceCode', () => {
    fuzz(fuzzText(PROVINCE_SEEDS), (s) => kc.parseProvinceCode(s, { era: 'legacy' }), (s) => kc.safeParseProvinceCode(s, { era: 'legacy' }));
    fuzz(fuzzText(PROVINCE_SEEDS), (s) => kc.parseProvinceCode(s, { era: 'current' }), (s) => kc.safeParseProvinceCode(s, { era: 'current' }));
  });
  it('parseClaim / safeParseClaim with fuzzed operands (seed 003 sum and share), then checkClaim', () => {
    const q = fuzzText(QUANTITY_SEEDS);
    fc.assert(
      fc.property(q, q, q, (a, b, c) => {
        for (const input of [{ kind: 'sum', parts: [a, b], stated: c }, { kind: 'share', part: a, whole: b, stated: c }, { kind: 'change', previous: a, current: b, stated: c }]) {
          const r = kc.safeParseClaim(input);
          if (r.success) outcome(() => kc.checkClaim(r.data));
          else expectBilingual(r.error);
        }
      }),
      { numRuns: RUNS },
    );
    totalRuns += RUNS;
  });
  it('parseTrace / safeParseTrace with mutated stored traces', () => {
    const stored = [
      JSON.stringify(kc.toTrace(kc.checkEligibility({ group: 'CCN_INFRA_INVESTOR' }, { at: '2020-01-01' }))),
      JSON.stringify(kc.toTrace(kc.checkEligibility({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'XA' } }, { at: '2025-10-15' }))),
    ];
    fuzz(fuzzText(stored), (s) => kc.parseTrace(s), (s) => kc.safeParseTrace(s));
  });
  it('parseApplicant / safeParseApplicant and the project schemas with arbitrary JSON values', () => {
    const json = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ group: fc.string(), location: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }));
    fc.assert(
      fc.property(json, (v) => {
        for (const safe of [kc.safeParseApplicant, kc.safeParseEstablishment, kc.safeParseDeAn, kc.safeParseDeAnEvent, kc.safeParsePlan, kc.safeParseProgrammeTargets, kc.safeParseClaim, kc.safeParseSupportRequest]) {
          const r = safe(v);
          if (!r.success) expectBilingual(r.error);
        }
      }),
      { numRuns: MULTI_RUNS },
    );
    totalRuns += MULTI_RUNS;
  });
  it('every safeParseX of the barrel never throws on fc.anything()', () => {
    // safeParseWith and safeParseOwn take the schema first: a non-schema there is a programming error and throws
    // schema.not-a-schema (tested in the sweep); their input argument is fuzzed through the domain parsers above.
    const safes = Object.entries(kc).filter(([k, v]) => /^safeParse[A-Z]/.test(k) && typeof v === 'function' && k !== 'safeParseWith' && k !== 'safeParseOwn') as [string, (v: unknown, o?: unknown) => kc.SafeParseResult<unknown>][];
    expect(safes.length).toBeGreaterThanOrEqual(13);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withBoxedValues: true }), fc.anything({ withNullPrototype: true }), (v, o) => {
        for (const [, safe] of safes) {
          const r = safe(v, o);
          if (!r.success) expectBilingual(r.error);
        }
      }),
      { numRuns: MULTI_RUNS },
    );
    totalRuns += MULTI_RUNS;
  });

  afterAll(() => {
    console.info(`fuzz runs: ${String(totalRuns)}`);
  });
});

describe('long texts get an answer (issue 14; the timing is measured in test/bench/linearity.ts)', { timeout: 120_000 }, () => {
  // Inputs that reach past any early exit: letters and digits, separators and look-alikes.
  const shapes: readonly (readonly [string, string])[] = [
    ['digits and separators', '1.234,5 '],
    ['Vietnamese words', 'Hồ Chí Minh tỷ đồng '],
    ['look-alikes and Unicode spaces', '\u043e\u00a0０\u202f,'],
    ['one long word', 'a'],
  ];
  const parsers: readonly (readonly [string, (s: string) => unknown])[] = [
    ['parseQuantity', (s) => kc.parseQuantity(s)],
    ['parseCitation', (s) => kc.parseCitation(s)],
    ['findProvince', (s) => kc.findProvince(s, { at: '2024-01-01' })],
    ['parseProvinceCode', (s) => kc.parseProvinceCode(s, { era: 'legacy' })],
    ['parseClaim', (s) => kc.parseClaim({ kind: 'sum', parts: [s, s], stated: s })],
    ['parseTrace', (s) => kc.parseTrace(s)],
    ['parseApplicant', (s) => kc.parseApplicant({ group: s, location: { unitKind: s } })],
    ['parseEstablishment', (s) => kc.parseEstablishment({ name: s, taxCode: s })],
  ];
  it.each(parsers)('%s: 10 000 and 100 000 characters of each shape give a result or a bilingual KhuyenCongError', (_name, parse) => {
    for (const [, unit] of shapes) {
      for (const n of [10_000, 100_000]) {
        const s = longText(n, unit);
        // a result or a bilingual KhuyenCongError (outcome checks it), the same one twice
        expect(outcome(() => parse(s))).toEqual(outcome(() => parse(s)));
      }
    }
  });
});
