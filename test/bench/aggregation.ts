/**
 * Benchmark 1, aggregation: 1 000 000 synthetic budget lines (province × year × funding source, whole đồng
 * up to 10 tỷ, deterministic PRNG) summed per group.
 *
 * - library: each raw amount becomes a checked `Money` (`money`) and is added to its group's running total
 *   with `addMoney` (public API only; every step checks it stays exact);
 * - baseline: the same loop over plain `number`s (no checks; exact here only because every group total stays
 *   below 2^53, which the baseline does not verify);
 * - reference: BigInt sums, computed once; the library's totals must equal them exactly before timing counts.
 *
 * Both sides share the grouping (a Map keyed by "province|year|source", as a pipeline reading a CSV would),
 * so the ratio is the cost of exact, checked money over bare numbers in a realistic loop. Goal: library ≤ 3×
 * the baseline. For transparency a second, tight comparison is printed too (group index precomputed, array
 * accumulators): there the money arithmetic dominates and its ratio is the worst case; no goal applies to it.
 */
import { addMoney, money, moneyToBigInt, ZERO_MONEY, type Money } from '../../src/index.js';
import { compare, ms, mulberry32, type Benchmark } from './harness.js';

/** One synthetic budget line, as read from a CSV export. */
interface BudgetLine {
  readonly province: string;
  readonly year: number;
  readonly source: 'KCQG' | 'KCĐP';
  /** Whole đồng, 0 … 9 999 999 999. */
  readonly amountDong: number;
}

const LINES = 1_000_000;
const PROVINCES = 34; // provinces and centrally-run cities after the 2025 reorganisation
const YEARS = [2012, 2025] as const;
const SOURCES = ['KCQG', 'KCĐP'] as const;

function makeLines(n: number, seed: number): BudgetLine[] {
  const next = mulberry32(seed);
  const provinces = Array.from({ length: PROVINCES }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
  const years = YEARS[1] - YEARS[0] + 1;
  const lines: BudgetLine[] = new Array<BudgetLine>(n);
  for (let i = 0; i < n; i++) {
    lines[i] = {
      province: provinces[next() % PROVINCES] ?? 'P01',
      year: YEARS[0] + (next() % years),
      source: SOURCES[next() % 2] ?? 'KCQG',
      // Two draws give every whole amount below 10 tỷ (10^10) đồng.
      amountDong: (next() % 100_000) * 100_000 + (next() % 100_000),
    };
  }
  return lines;
}

const keyOf = (l: BudgetLine): string => `${l.province}|${String(l.year)}|${l.source}`;

function sumWithLibrary(lines: readonly BudgetLine[]): Map<string, Money> {
  const totals = new Map<string, Money>();
  for (const l of lines) {
    const k = keyOf(l);
    totals.set(k, addMoney(totals.get(k) ?? ZERO_MONEY, money(l.amountDong)));
  }
  return totals;
}

function sumWithNumbers(lines: readonly BudgetLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) {
    const k = keyOf(l);
    totals.set(k, (totals.get(k) ?? 0) + l.amountDong);
  }
  return totals;
}

/** Precomputes each line's group index (outside the timing) for the tight comparison. */
function groupIndexes(lines: readonly BudgetLine[]): { index: Int32Array; groups: string[] } {
  const ids = new Map<string, number>();
  const index = new Int32Array(lines.length);
  lines.forEach((l, i) => {
    const k = keyOf(l);
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    index[i] = id;
  });
  return { index, groups: [...ids.keys()] };
}

function sumTightWithLibrary(lines: readonly BudgetLine[], index: Int32Array, groups: number): Money[] {
  const totals = new Array<Money>(groups).fill(ZERO_MONEY);
  for (let i = 0; i < lines.length; i++) {
    const g = index[i] ?? 0;
    totals[g] = addMoney(totals[g] ?? ZERO_MONEY, money(lines[i]?.amountDong ?? 0));
  }
  return totals;
}

function sumTightWithNumbers(lines: readonly BudgetLine[], index: Int32Array, groups: number): number[] {
  const totals = new Array<number>(groups).fill(0);
  for (let i = 0; i < lines.length; i++) {
    const g = index[i] ?? 0;
    totals[g] = (totals[g] ?? 0) + (lines[i]?.amountDong ?? 0);
  }
  return totals;
}

function sumWithBigInt(lines: readonly BudgetLine[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const l of lines) {
    const k = keyOf(l);
    totals.set(k, (totals.get(k) ?? 0n) + BigInt(l.amountDong));
  }
  return totals;
}

function firstDifference<T>(got: ReadonlyMap<string, T>, want: ReadonlyMap<string, bigint>, toBig: (x: T) => bigint): string | undefined {
  if (got.size !== want.size) return `${String(got.size)} groups instead of ${String(want.size)}`;
  for (const [k, v] of want) {
    const g = got.get(k);
    if (g === undefined) return `group ${k} missing`;
    if (toBig(g) !== v) return `group ${k}: ${toBig(g).toString()} instead of ${v.toString()}`;
  }
  return undefined;
}

export const aggregation: Benchmark = {
  name: 'aggregation',
  title: `Aggregation: ${LINES.toLocaleString('en')} budget lines summed per province × year × source`,
  goal: 'library (money + addMoney) ≤ 3× a plain-number loop, totals exactly equal to BigInt',
  run() {
    const lines = makeLines(LINES, 2025);
    const reference = sumWithBigInt(lines);
    const grand = [...reference.values()].reduce((a, b) => a + b, 0n);
    const c = compare({
      library: { name: 'money + addMoney', run: () => sumWithLibrary(lines) },
      baseline: { name: 'plain number', run: () => sumWithNumbers(lines) },
      checkLibrary: (r) => firstDifference(r, reference, moneyToBigInt),
      checkBaseline: (r) => firstDifference(r, reference, (x) => BigInt(x)),
    });
    const { index, groups } = groupIndexes(lines);
    const asMap = <T>(totals: readonly T[]): Map<string, T> => new Map(groups.map((k, i) => [k, totals[i] as T]));
    const tight = compare({
      library: { name: 'money + addMoney (tight)', run: () => sumTightWithLibrary(lines, index, groups.length) },
      baseline: { name: 'plain number (tight)', run: () => sumTightWithNumbers(lines, index, groups.length) },
      checkLibrary: (r) => firstDifference(asMap(r), reference, moneyToBigInt),
      checkBaseline: (r) => firstDifference(asMap(r), reference, (x) => BigInt(x)),
    });
    return {
      status: 'done',
      goalMet: c.ratio <= 3,
      lines: [
        `${String(reference.size)} groups, grand total ${grand.toString()} đồng; library totals = BigInt reference: yes`,
        `grouped by string key (the goal applies here):`,
        `  library  (money + addMoney): median ${ms(c.libraryMs)}`,
        `  baseline (plain number):     median ${ms(c.baselineMs)}${c.baselineInexact === undefined ? ' (exact on this data)' : ` (inexact: ${c.baselineInexact})`}`,
        `  ratio library / baseline: ${c.ratio.toFixed(2)}× (goal ≤ 3×)`,
        `tight loop, group index precomputed (worst case, no goal):`,
        `  library  (money + addMoney): median ${ms(tight.libraryMs)}`,
        `  baseline (plain number):     median ${ms(tight.baselineMs)}`,
        `  ratio library / baseline: ${tight.ratio.toFixed(2)}×`,
      ],
    };
  },
};
