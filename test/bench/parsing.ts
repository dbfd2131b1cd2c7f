/**
 * Benchmark 3, parsing: 1 000 000 Vietnamese amount strings ("7,73 tỷ đồng", "46.330.000.000 đồng",
 * "120 triệu đồng") read exactly with the library's `parseQuantity`, against a naive
 * `Number(text.replace(…))` that ignores precision. Goal: library ≤ 5× the naive parser, and every library
 * value exactly equal to the amount the string was generated from.
 *
 * HOOK: runs as soon as `parseQuantity` is exported from src/index.ts (it is looked up at run time); until
 * then it prints "not yet available". If its result shape differs from `{ value: { numerator, denominator } }`
 * (an exact Ratio of đồng), adapt `libraryDong` below.
 */
import * as khuyenCong from '../../src/index.js';
import { compare, ms, mulberry32, type Benchmark } from './harness.js';

const STRINGS = 1_000_000;

interface Sample {
  readonly text: string;
  /** The exact amount in đồng the text states. */
  readonly dong: bigint;
}

/** Writes whole đồng with '.' thousands separators, as Vietnamese publications do. */
function groupThousands(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Deterministic mix of the three common forms: đồng with separators, "x,yy tỷ", "n triệu". */
function makeSamples(n: number, seed: number): Sample[] {
  const next = mulberry32(seed);
  const out: Sample[] = new Array<Sample>(n);
  for (let i = 0; i < n; i++) {
    const form = next() % 3;
    if (form === 0) {
      const dong = BigInt((next() % 100_000) * 100_000 + (next() % 100_000));
      out[i] = { text: `${groupThousands(dong)} đồng`, dong };
    } else if (form === 1) {
      const hundredths = BigInt(next() % 100_000); // 0,00 … 999,99 tỷ
      const whole = hundredths / 100n;
      const frac = (hundredths % 100n).toString().padStart(2, '0');
      out[i] = { text: `${groupThousands(whole)},${frac} tỷ đồng`, dong: hundredths * 10_000_000n };
    } else {
      const millions = BigInt(next() % 10_000);
      out[i] = { text: `${millions.toString()} triệu đồng`, dong: millions * 1_000_000n };
    }
  }
  return out;
}

const SCALE: Readonly<Record<string, number>> = { 'tỷ': 1e9, 'triệu': 1e6, 'nghìn': 1e3 };

/** The naive reading: drop thousands dots, comma to point, multiply by the scale word (binary floating point). */
function naiveDong(text: string): number {
  const [num = '', scale = ''] = text.split(' ');
  return Number(num.replace(/\./g, '').replace(',', '.')) * (SCALE[scale] ?? 1);
}

type ParseQuantity = (text: string) => { readonly value: { readonly numerator: bigint; readonly denominator: bigint } };

/** The library's exact reading, or undefined when `parseQuantity` is not exported yet. */
function libraryParser(): ParseQuantity | undefined {
  const f = (khuyenCong as Record<string, unknown>)['parseQuantity'];
  return typeof f === 'function' ? (f as ParseQuantity) : undefined;
}

export const parsing: Benchmark = {
  name: 'parsing',
  title: `Parsing: ${STRINGS.toLocaleString('en')} Vietnamese amount strings`,
  goal: 'library (parseQuantity, exact) ≤ 5× naive Number(text.replace(…)), every value exact',
  run() {
    const parseQuantity = libraryParser();
    if (parseQuantity === undefined) {
      return { status: 'not-yet-available', reason: 'parseQuantity is not exported by src/index.ts yet: not yet available' };
    }
    const samples = makeSamples(STRINGS, 2014);
    const libraryDong = (text: string): bigint => {
      const v = parseQuantity(text).value;
      return v.denominator === 1n ? v.numerator : -1n; // a fraction of a đồng is wrong for these inputs
    };
    const c = compare({
      library: { name: 'parseQuantity', run: () => samples.map((s) => libraryDong(s.text)) },
      baseline: { name: 'naive Number()', run: () => samples.map((s) => naiveDong(s.text)) },
      checkLibrary: (r) => {
        const i = r.findIndex((d, j) => d !== samples[j]?.dong);
        return i < 0 ? undefined : `"${samples[i]?.text ?? ''}" read as ${String(r[i])}`;
      },
      checkBaseline: (r) => {
        const wrong = r.filter((d, j) => !Number.isSafeInteger(d) || BigInt(d) !== samples[j]?.dong).length;
        return wrong === 0 ? undefined : `${String(wrong)} of ${String(r.length)} values not exact`;
      },
    });
    return {
      status: 'done',
      goalMet: c.ratio <= 5,
      lines: [
        `library  (parseQuantity): median ${ms(c.libraryMs)}, every value exact`,
        `baseline (naive Number):  median ${ms(c.baselineMs)}${c.baselineInexact === undefined ? '' : ` (${c.baselineInexact})`}`,
        `ratio library / baseline: ${c.ratio.toFixed(2)}× (goal ≤ 5×)`,
      ],
    };
  },
};
