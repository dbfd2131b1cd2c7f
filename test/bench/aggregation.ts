/**
 * Benchmark 1, aggregation: 1 000 000 synthetic budget lines (province × year × funding source, whole đồng
 * up to 10 tỷ, deterministic PRNG) summed per group.
 *
 * - library: `sumMoneyBy(lines, keyOf, amountOf)` (public API): one pass, whole đồng accumulated as checked
 *   safe integers per group (every amount and every partial sum checked), one frozen `Money` per group;
 * - baseline: the same loop over plain `number`s (no checks; exact here only because every group total stays
 *   below 2^53, which the baseline does not verify);
 * - reference: BigInt sums, computed once; the library's totals must equal them exactly before timing counts
 *   (the baseline's are compared too, and reported).
 *
 * Two settings, both reported:
 * 1. grouped by a string key "province|year|source" built per line, as a pipeline reading a CSV would (both
 *    sides build the key and look it up in a Map). Goal: library ≤ 3× the baseline.
 * 2. tight: each line's group index precomputed outside the timing; the baseline adds into an array by
 *    index, the library gets the index as its key. Here the money arithmetic dominates: the worst case.
 * For the record, the per-line style `addMoney(total, money(amount))` (two frozen objects per line) is timed in
 * both settings too, against the same baseline medians (fewer rounds: it is only there for comparison).
 */
import { addMoney, auditReports, money, moneyToBigInt, sumMoneyBy, ZERO_MONEY, type Money } from '../../src/index.js';
import { generatedReports } from '../audit/generatedReports.js';
import { compare, ms, mulberry32, timeMedian, type Benchmark } from './harness.js';

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

/** The library: one grouped sum (the recommended way). */
function sumWithLibrary(lines: readonly BudgetLine[]): ReadonlyMap<string, Money> {
  return sumMoneyBy(lines, keyOf, (l) => l.amountDong);
}

/** The library, line by line: a `Money` per amount and a new `Money` per addition (for the record). */
function sumWithAddMoney(lines: readonly BudgetLine[]): Map<string, Money> {
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

function sumTightWithLibrary(lines: readonly BudgetLine[], index: Int32Array): ReadonlyMap<number, Money> {
  return sumMoneyBy(lines, (_, i) => index[i] as number, (l) => l.amountDong);
}

function sumTightWithAddMoney(lines: readonly BudgetLine[], index: Int32Array, groups: number): Money[] {
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

/** Times a per-line `addMoney` loop after checking its totals (3 rounds after 1 warm-up: for the record only). */
function timeAddMoney<T>(run: () => T, check: (r: T) => string | undefined): number {
  const problem = check(run());
  if (problem !== undefined) throw new Error(`money + addMoney: wrong result: ${problem}`);
  return timeMedian(run, 3, 1).medianMs;
}

export const aggregation: Benchmark = {
  name: 'aggregation',
  title: `Aggregation: ${LINES.toLocaleString('en')} budget lines summed per province × year × source`,
  goal: 'library (sumMoneyBy) ≤ 3× a plain-number loop grouped by string key, totals exactly equal to BigInt; tight loop reported too',
  run() {
    const lines = makeLines(LINES, 2025);
    const reference = sumWithBigInt(lines);
    const grand = [...reference.values()].reduce((a, b) => a + b, 0n);
    const c = compare({
      library: { name: 'sumMoneyBy', run: () => sumWithLibrary(lines) },
      baseline: { name: 'plain number', run: () => sumWithNumbers(lines) },
      checkLibrary: (r) => firstDifference(r, reference, moneyToBigInt),
      checkBaseline: (r) => firstDifference(r, reference, (x) => BigInt(x)),
    });
    const addMoneyMs = timeAddMoney(
      () => sumWithAddMoney(lines),
      (r) => firstDifference(r, reference, moneyToBigInt),
    );
    const { index, groups } = groupIndexes(lines);
    const byName = <T>(totals: ReadonlyMap<number, T> | readonly T[]): Map<string, T> =>
      new Map(groups.map((k, i) => [k, (Array.isArray(totals) ? totals[i] : (totals as ReadonlyMap<number, T>).get(i)) as T]));
    const tight = compare({
      library: { name: 'sumMoneyBy (tight)', run: () => sumTightWithLibrary(lines, index) },
      baseline: { name: 'plain number (tight)', run: () => sumTightWithNumbers(lines, index, groups.length) },
      checkLibrary: (r) => firstDifference(byName(r), reference, moneyToBigInt),
      checkBaseline: (r) => firstDifference(byName(r), reference, (x) => BigInt(x)),
    });
    const tightAddMoneyMs = timeAddMoney(
      () => sumTightWithAddMoney(lines, index, groups.length),
      (r) => firstDifference(byName(r), reference, moneyToBigInt),
    );
    const exact = (inexact: string | undefined): string => (inexact === undefined ? ' (exact on this data)' : ` (inexact: ${inexact})`);
    return {
      status: 'done',
      goalMet: c.ratio <= 3,
      lines: [
        `${String(reference.size)} groups, grand total ${grand.toString()} đồng; every library total = BigInt reference`,
        `1. grouped by string key (goal ≤ 3× applies here):`,
        `   library  sumMoneyBy:        median ${ms(c.libraryMs)}`,
        `   baseline plain number:      median ${ms(c.baselineMs)}${exact(c.baselineInexact)}`,
        `   ratio library / baseline: ${c.ratio.toFixed(2)}×`,
        `   for the record, money + addMoney per line: median ${ms(addMoneyMs)}, ${(addMoneyMs / c.baselineMs).toFixed(2)}× the baseline`,
        `2. tight loop, group index precomputed (worst case, no goal):`,
        `   library  sumMoneyBy:        median ${ms(tight.libraryMs)}`,
        `   baseline plain number:      median ${ms(tight.baselineMs)}${exact(tight.baselineInexact)}`,
        `   ratio library / baseline: ${tight.ratio.toFixed(2)}×`,
        `   for the record, money + addMoney per line: median ${ms(tightAddMoneyMs)}, ${(tightAddMoneyMs / tight.baselineMs).toFixed(2)}× the baseline`,
      ],
    };
  },
};

/**
 * Benchmark 1b, audit scaling: `auditReports` over 100, 1 000 and 10 000 generated province × year reports
 * (test/audit/generatedReports.ts: 10 years, every expected finding known). Checked first: every stated change
 * is found against its own province's year before. Reported as time per report, and the ratio of the largest
 * to the smallest (1.0 is linear; the all-pairs version this replaced measured 23× from 1 000 to 10 000).
 */
export const auditScaling: Benchmark = {
  name: 'audit-scaling',
  title: 'auditReports: time per report from 100 to 10 000 reports',
  goal: 'time per report flat within 2× from 100 to 10 000 reports; 10 000 reports in under 1 s',
  run() {
    const sizes = [10, 100, 1000] as const; // provinces, × 10 years
    const perReport: number[] = [];
    const lines: string[] = [];
    let largestMs = 0;
    for (const p of sizes) {
      const reports = generatedReports(p, 10);
      const check = (r: ReturnType<typeof auditReports>): string | undefined => {
        const changes = r.findings.filter((f) => f.check === 'change');
        if (changes.length !== p * 9) return `${String(changes.length)} change findings, expected ${String(p * 9)}`;
        const wrong = changes.find((f) => f.against !== `${f.report.slice(0, 5)}-${String(Number(f.report.slice(6)) - 1)}`);
        return wrong === undefined ? undefined : `${wrong.report} checked against ${String(wrong.against)}`;
      };
      const problem = check(auditReports(reports));
      if (problem !== undefined) throw new Error(`auditReports: wrong result: ${problem}`);
      const t = timeMedian(() => auditReports(reports), 3, 1).medianMs;
      perReport.push(t / reports.length);
      largestMs = t;
      lines.push(`${String(reports.length).padStart(6)} reports: median ${ms(t)}, ${((t / reports.length) * 1000).toFixed(1)} µs per report`);
    }
    const ratio = (perReport.at(-1) ?? 0) / (perReport[0] ?? 1);
    lines.push(`time per report, 10 000 / 100 reports: ${ratio.toFixed(2)}×; 10 000 / 1 000: ${((perReport[2] ?? 0) / (perReport[1] ?? 1)).toFixed(2)}× (was 2.3× per report, 23× in total)`);
    return { status: 'done', goalMet: ratio <= 2 && largestMs < 1000, lines };
  },
};
