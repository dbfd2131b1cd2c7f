/**
 * Benchmark: parse time against the length of the text (issue 14, "linear in its input"), moved here from the
 * fuzz test (a timing ratio is a measurement, not a unit test: the standard keeps timings out of `npm test`).
 * For each text parser and each shape of hostile text (digits and separators, Vietnamese words, look-alikes and
 * Unicode spaces, one long word), the fastest of 5 timings at 100 000 characters against 10 000 characters.
 * Linear cost gives about 10; the goal allows up to 30 (caches, garbage collection). Before any timing counts,
 * each parser must answer both lengths (a result or a bilingual KhuyenCongError, never anything else).
 */
import * as kc from '../../src/index.js';
import type { Benchmark } from './harness.js';

const SHAPES: readonly (readonly [string, string])[] = [
  ['digits and separators', '1.234,5 '],
  ['Vietnamese words', 'Hồ Chí Minh tỷ đồng '],
  ['look-alikes and Unicode spaces', '\u043e\u00a0０\u202f,'],
  ['one long word', 'a'],
];

const PARSERS: readonly (readonly [string, (s: string) => unknown])[] = [
  ['parseQuantity', (s) => kc.safeParseQuantity(s)],
  ['parseCitation', (s) => kc.safeParseCitation(s)],
  ['findProvince', (s) => kc.findProvince(s, { at: '2024-01-01' })],
  ['parseProvinceCode', (s) => kc.safeParseProvinceCode(s, { era: 'legacy' })],
  ['parseClaim', (s) => kc.safeParseClaim({ kind: 'sum', parts: [s, s], stated: s })],
  ['parseTrace', (s) => kc.safeParseTrace(s)],
  ['parseApplicant', (s) => kc.safeParseApplicant({ group: s, location: { unitKind: s } })],
  ['parseEstablishment', (s) => kc.safeParseEstablishment({ name: s, taxCode: s })],
];

/** The largest ratio time(100 000) / time(10 000) allowed. */
const MAX_RATIO = 30;

function text(n: number, unit: string): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The parser's answer, or why it is not one the contract allows. */
function check(parse: (s: string) => unknown, s: string): string | undefined {
  try {
    parse(s);
    return undefined;
  } catch (e) {
    return e instanceof kc.KhuyenCongError ? undefined : `threw ${e instanceof Error ? e.name : typeof e}`;
  }
}

/** The fastest of `repeats` timings of one call, in milliseconds. */
function minTime(parse: (s: string) => unknown, s: string, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    try {
      parse(s);
    } catch {
      // a refusal is an answer: its time is what is measured
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export const linearity: Benchmark = {
  name: 'linearity',
  title: 'parse time at 100 000 characters against 10 000 characters, per parser and shape of text',
  goal: `time(100 000 chars) / time(10 000 chars) < ${String(MAX_RATIO)} for every parser and shape (min of 5 repeats)`,
  run: () => {
    const lines: string[] = [];
    let met = true;
    for (const [name, parse] of PARSERS) {
      const cells: string[] = [];
      for (const [shape, unit] of SHAPES) {
        const short = text(10_000, unit);
        const long = text(100_000, unit);
        const wrong = check(parse, short) ?? check(parse, long);
        if (wrong !== undefined) throw new Error(`${name} on ${shape}: ${wrong}`);
        minTime(parse, short, 2); // warm-up (JIT)
        const longMs = minTime(parse, long, 5);
        const ratio = longMs / Math.max(minTime(parse, short, 5), 0.05);
        if (!(ratio < MAX_RATIO)) met = false;
        cells.push(`${shape} ×${ratio.toFixed(1)} (${longMs.toFixed(1)} ms)`);
      }
      lines.push(`${name}: ${cells.join('; ')}`);
    }
    return { status: 'done', lines, goalMet: met };
  },
};
