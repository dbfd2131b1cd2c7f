/**
 * Benchmark 3, parsing: 1 000 000 Vietnamese amount strings in the forms the seed articles publish, read
 * exactly with the library's `parseQuantity`, against a naive `Number(text.replace(…))` reading that ignores
 * precision and qualifiers. Goal (issue 19): library ≤ 3× the naive reader. A second benchmark, `parsing-phrases`
 * (below), does the same over the real-article phrases of test/quantity/phrasings.data.ts.
 *
 * The mix (deterministic PRNG, eight forms drawn uniformly, digits random), after the seeds' own figures:
 * "54,06 tỷ đồng" and "7,73 tỷ đồng" (seed 003), "46.330.000.000 đồng" (seed 003 written out), "700 triệu
 * đồng" and "khoảng 700 triệu đồng" (seed 002), "1,42 tỷ" (seed 002, no currency word), "13,877 tỷ đồng"
 * (seed 003, three decimals), "3.277 triệu đồng" (dot-grouped millions).
 *
 * Before timing counts, every one of the library's 1 000 000 results is checked exactly against the amount
 * the string was generated from: kind `money`, value in đồng, qualifiers, and both ends of the precision
 * interval (half a unit of the last written digit; "khoảng" widens it to ±10 %). The naive reader is only
 * scored: how many of its values are not the exact đồng amount (binary floating point: `7,73` × 10⁹).
 */
import { parseQuantity, type Quantity, type Ratio } from '../../src/index.js';
import { READ_PHRASES, type ReadPhrase } from '../quantity/phrasings.data.js';
import { compare, ms, mulberry32, type Benchmark } from './harness.js';

const STRINGS = 1_000_000;

interface Sample {
  readonly text: string;
  /** The exact amount in đồng the text states. */
  readonly dong: bigint;
  /** Whether the text says "khoảng" (about). */
  readonly about: boolean;
  /** The ends of the interval it stands for, in tenths of a đồng (so that every end is a whole number). */
  readonly lo10: bigint;
  readonly hi10: bigint;
}

/** Writes a whole number with '.' thousands separators, as Vietnamese publications do. */
function groupThousands(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "W,FF" from a count of 10^-decimals units. */
function decimalComma(units: bigint, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  return `${groupThousands(units / scale)},${(units % scale).toString().padStart(decimals, '0')}`;
}

const TY = 1_000_000_000n;
const TRIEU = 1_000_000n;

/**
 * A sample from its text, exact value and written unit (one unit of its last digit, in đồng; 1 for whole
 * đồng): a plain figure stands for value ± half a unit, "khoảng" for [min(v − h, 0,9 v), max(v + h, 1,1 v)].
 */
function sample(text: string, dong: bigint, unit: bigint, about: boolean): Sample {
  const v10 = dong * 10n;
  const h10 = unit * 5n; // half a unit, in tenths of a đồng
  let lo10 = v10 - h10;
  let hi10 = v10 + h10;
  if (about) {
    if (dong * 9n < lo10) lo10 = dong * 9n;
    if (dong * 11n > hi10) hi10 = dong * 11n;
  }
  return { text, dong, about, lo10, hi10 };
}

/** The deterministic mix of the eight seed forms (see the file comment). */
function makeSamples(n: number, seed: number): Sample[] {
  const next = mulberry32(seed);
  const between = (lo: number, hi: number): bigint => BigInt(lo + (next() % (hi - lo + 1)));
  const out: Sample[] = new Array<Sample>(n);
  for (let i = 0; i < n; i++) {
    switch (next() % 8) {
      case 0: {
        const u = between(1_000, 9_999); // 10,00 … 99,99 tỷ, like "54,06 tỷ đồng"
        out[i] = sample(`${decimalComma(u, 2)} tỷ đồng`, u * (TY / 100n), TY / 100n, false);
        break;
      }
      case 1: {
        const u = between(100, 999); // 1,00 … 9,99 tỷ, like "7,73 tỷ đồng"
        out[i] = sample(`${decimalComma(u, 2)} tỷ đồng`, u * (TY / 100n), TY / 100n, false);
        break;
      }
      case 2: {
        const d = between(1, 99_999) * 1_000_000n + between(0, 999_999); // up to 99,9 tỷ in whole đồng
        out[i] = sample(`${groupThousands(d)} đồng`, d, 1n, false);
        break;
      }
      case 3: {
        const m = between(1, 999); // like "700 triệu đồng"
        out[i] = sample(`${m.toString()} triệu đồng`, m * TRIEU, TRIEU, false);
        break;
      }
      case 4: {
        const m = between(1, 999); // like "khoảng 700 triệu đồng"
        out[i] = sample(`khoảng ${m.toString()} triệu đồng`, m * TRIEU, TRIEU, true);
        break;
      }
      case 5: {
        const u = between(100, 9_999); // like "1,42 tỷ", no currency word
        out[i] = sample(`${decimalComma(u, 2)} tỷ`, u * (TY / 100n), TY / 100n, false);
        break;
      }
      case 6: {
        const u = between(1_000, 99_999); // like "13,877 tỷ đồng"
        out[i] = sample(`${decimalComma(u, 3)} tỷ đồng`, u * (TY / 1000n), TY / 1000n, false);
        break;
      }
      default: {
        const m = between(1_000, 99_999); // like "3.277 triệu đồng"
        out[i] = sample(`${groupThousands(m)} triệu đồng`, m * TRIEU, TRIEU, false);
        break;
      }
    }
  }
  return out;
}

const SCALE: Readonly<Record<string, number>> = { 'tỷ': 1e9, 'triệu': 1e6 };

/**
 * The naive reading: skip a leading word that is not a number, drop the thousands dots, comma to point,
 * multiply by the scale word, all in binary floating point.
 */
function naiveDong(text: string): number {
  const parts = text.split(' ');
  const i = parts[0] === 'khoảng' ? 1 : 0;
  return Number((parts[i] ?? '').replace(/\./g, '').replace(',', '.')) * (SCALE[parts[i + 1] ?? ''] ?? 1);
}

/** Whether an exact ratio equals a whole number of tenths. */
const isTenths = (r: Ratio | undefined, tenths: bigint): boolean => r !== undefined && r.numerator * 10n === tenths * r.denominator;

/** The first way a parsed quantity differs from its sample, or undefined. */
function differs(q: Quantity, s: Sample): string | undefined {
  if (q.kind !== 'money') return `kind ${q.kind}`;
  if (q.value.denominator !== 1n || q.value.numerator !== s.dong) return `value ${q.value.toString()} instead of ${s.dong.toString()}`;
  if (q.qualifiers.length !== (s.about ? 1 : 0) || (s.about && q.qualifiers[0] !== 'about')) return `qualifiers [${q.qualifiers.join(', ')}]`;
  if (!isTenths(q.interval.lo?.value, s.lo10) || q.interval.lo?.open !== false) return `interval low end ${String(q.interval.lo?.value)}`;
  if (!isTenths(q.interval.hi?.value, s.hi10) || q.interval.hi?.open !== false) return `interval high end ${String(q.interval.hi?.value)}`;
  return undefined;
}

export const parsing: Benchmark = {
  name: 'parsing',
  title: `Parsing: ${STRINGS.toLocaleString('en')} Vietnamese amount strings in the seeds' eight forms`,
  goal: 'library (parseQuantity: exact value, qualifiers, precision interval) ≤ 3× naive Number(text.replace(…))',
  run() {
    const samples = makeSamples(STRINGS, 2014);
    const c = compare({
      library: { name: 'parseQuantity', run: () => samples.map((s) => parseQuantity(s.text)) },
      baseline: { name: 'naive Number()', run: () => samples.map((s) => naiveDong(s.text)) },
      checkLibrary: (r) => {
        for (let i = 0; i < samples.length; i++) {
          const s = samples[i] as Sample;
          const q = r[i];
          const problem = q === undefined ? 'no result' : differs(q, s);
          if (problem !== undefined) return `"${s.text}": ${problem}`;
        }
        return undefined;
      },
      checkBaseline: (r) => {
        const wrong = r.filter((d, j) => !Number.isSafeInteger(d) || BigInt(d) !== samples[j]?.dong).length;
        return wrong === 0 ? undefined : `${wrong.toLocaleString('en')} of ${r.length.toLocaleString('en')} values not the exact đồng amount`;
      },
    });
    const examples = samples.slice(0, 8).map((s) => `"${s.text}"`);
    return {
      status: 'done',
      goalMet: c.ratio <= 3,
      lines: [
        `first strings: ${examples.join(', ')}`,
        `library  (parseQuantity): median ${ms(c.libraryMs)} (${Math.round(STRINGS / (c.libraryMs / 1000)).toLocaleString('en')} strings/s); every value, qualifier and precision interval exact`,
        `baseline (naive Number):  median ${ms(c.baselineMs)}; ${c.baselineInexact ?? 'every value exact on this data'}`,
        `ratio library / baseline: ${c.ratio.toFixed(2)}× (goal ≤ 3×)`,
      ],
    };
  },
};

/** Phrases read per round in `parsing-phrases`: the catalogue repeated. */
const PHRASE_STRINGS = 200_000;

const fr = (r: Ratio): string => `${r.numerator.toString()}/${r.denominator.toString()}`;

/** A quantity's interval written as the catalogue writes it: "[a/b, c/d]", "(a/b, inf)". */
function writtenInterval(q: Quantity): string {
  const { lo, hi } = q.interval;
  const l = lo === null ? '(-inf' : `${lo.open ? '(' : '['}${fr(lo.value)}`;
  const h = hi === null ? 'inf)' : `${fr(hi.value)}${hi.open ? ')' : ']'}`;
  return `${l}, ${h}`;
}

/** The first way a parsed phrase differs from the catalogue's hand-worked reading, or undefined. */
function differsFromPhrase(q: Quantity, p: ReadPhrase): string | undefined {
  if (q.kind !== p.kind) return `kind ${q.kind}`;
  if (fr(q.value) !== p.value) return `value ${fr(q.value)} instead of ${p.value}`;
  const iv = writtenInterval(q);
  if (iv !== p.interval) return `interval ${iv} instead of ${p.interval}`;
  if (q.qualifiers.join(',') !== p.qualifiers.join(',')) return `qualifiers [${q.qualifiers.join(', ')}]`;
  if (q.unit !== p.unit || q.direction !== p.direction || q.per !== p.per || q.of?.toString() !== p.of) return 'unit, direction, per or of';
  return undefined;
}

const PHRASE_SCALES: readonly (readonly [string, number])[] = [
  ['nghìn tỷ', 1e12],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['triệu', 1e6],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
];
const FIRST_NUMBER = /\d[\d.,]*/;

/** The naive reading of a phrase: its first digit run, dots dropped, comma to point, times a scale word or 1/100 for a percentage. */
function naivePhrase(text: string): number {
  const digits = FIRST_NUMBER.exec(text)?.[0] ?? '';
  const x = Number(digits.replace(/\./g, '').replace(',', '.'));
  if (text.includes('%')) return x / 100;
  for (const [word, scale] of PHRASE_SCALES) if (text.includes(word)) return x * scale;
  return x;
}

/** Whether a double is the phrase's exact value "n/d". */
function naiveExact(x: number, p: ReadPhrase): boolean {
  const [n, d] = p.value.split('/') as [string, string];
  return Number.isSafeInteger(x) ? BigInt(x) * BigInt(d) === BigInt(n) : Number(n) / Number(d) === x;
}

export const parsingPhrases: Benchmark = {
  name: 'parsing-phrases',
  title: `Parsing: ${PHRASE_STRINGS.toLocaleString('en')} real-article phrases (the ${String(READ_PHRASES.length)} of test/quantity/phrasings.data.ts, repeated)`,
  goal: 'library (parseQuantity: exact value, qualifiers, interval) ≤ 3× naive Number(text.replace(…))',
  run() {
    const phrases: ReadPhrase[] = Array.from({ length: PHRASE_STRINGS }, (_, i) => READ_PHRASES[i % READ_PHRASES.length] as ReadPhrase);
    const c = compare({
      library: { name: 'parseQuantity', run: () => phrases.map((p) => parseQuantity(p.text)) },
      baseline: { name: 'naive Number()', run: () => phrases.map((p) => naivePhrase(p.text)) },
      checkLibrary: (r) => {
        for (let i = 0; i < phrases.length; i++) {
          const p = phrases[i] as ReadPhrase;
          const q = r[i];
          const problem = q === undefined ? 'no result' : differsFromPhrase(q, p);
          if (problem !== undefined) return `"${p.text}": ${problem}`;
        }
        return undefined;
      },
      checkBaseline: (r) => {
        const wrong = READ_PHRASES.filter((p, j) => !naiveExact(r[j] as number, p)).length;
        return wrong === 0 ? undefined : `${String(wrong)} of the ${String(READ_PHRASES.length)} phrases not read to their exact value (qualifiers, intervals and units ignored)`;
      },
    });
    return {
      status: 'done',
      goalMet: c.ratio <= 3,
      lines: [
        `library  (parseQuantity): median ${ms(c.libraryMs)} (${Math.round(PHRASE_STRINGS / (c.libraryMs / 1000)).toLocaleString('en')} phrases/s); every value, qualifier and interval as worked out by hand`,
        `baseline (naive Number):  median ${ms(c.baselineMs)}; ${c.baselineInexact ?? 'every value exact on this data'}`,
        `ratio library / baseline: ${c.ratio.toFixed(2)}× (goal ≤ 3×)`,
      ],
    };
  },
};
