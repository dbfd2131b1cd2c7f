/**
 * A small benchmark harness (run by test/bench/run.ts through `npm run bench`). Each benchmark times the
 * library and a comparison in the same process, alternating them for several rounds after warm-up, and
 * reports medians and their ratio. Results are checked before any timing counts: a benchmark whose library
 * result is wrong fails instead of reporting a speed.
 */
import { cpus, totalmem } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What one benchmark reports. */
export type BenchOutcome =
  | {
      readonly status: 'done';
      /** Lines for the console and docs/performance.md. */
      readonly lines: readonly string[];
      /** Whether the stated goal was met (undefined: no goal, only a measure). */
      readonly goalMet?: boolean;
    }
  | { readonly status: 'not-yet-available'; readonly reason: string };

/** One benchmark, in its own file under test/bench/, registered in run.ts. */
export interface Benchmark {
  /** Short name used by the filter argument (`npm run bench -- aggregation`). */
  readonly name: string;
  readonly title: string;
  /** The goal in words, e.g. "library ≤ 3× the plain-number baseline". */
  readonly goal: string;
  readonly run: () => BenchOutcome | Promise<BenchOutcome>;
}

/** One side of a comparison: a name and a function whose result is checked, then timed. */
export interface Contender<T> {
  readonly name: string;
  readonly run: () => T;
}

/** Options of {@link compare}. */
export interface CompareOptions<L, B> {
  readonly library: Contender<L>;
  readonly baseline: Contender<B>;
  /** Checks the library's result; returns a description of the first difference, or undefined when right. */
  readonly checkLibrary: (result: L) => string | undefined;
  /** Checks the baseline's result; a baseline may be allowed to be inexact: the answer is only reported. */
  readonly checkBaseline?: (result: B) => string | undefined;
  /** Timed rounds (default 7) after `warmup` untimed rounds (default 2). */
  readonly rounds?: number;
  readonly warmup?: number;
}

/** The medians of a comparison. */
export interface Comparison {
  readonly libraryMs: number;
  readonly baselineMs: number;
  /** libraryMs / baselineMs. */
  readonly ratio: number;
  readonly libraryRoundsMs: readonly number[];
  readonly baselineRoundsMs: readonly number[];
  /** Undefined when the baseline was exact, else its first difference. */
  readonly baselineInexact?: string;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** Keeps a result alive so that the engine cannot drop the work that produced it. */
let sink: unknown;
export function consume(x: unknown): void {
  sink = x;
}
export function lastConsumed(): unknown {
  return sink;
}

function time<T>(f: () => T): number {
  const t0 = performance.now();
  consume(f());
  return performance.now() - t0;
}

/**
 * Checks both contenders' results, then times them alternately.
 * @throws Error when the library's result is wrong (no timing is reported for a wrong answer).
 */
export function compare<L, B>(options: CompareOptions<L, B>): Comparison {
  const problem = options.checkLibrary(options.library.run());
  if (problem !== undefined) throw new Error(`${options.library.name}: wrong result: ${problem}`);
  const baselineInexact = options.checkBaseline?.(options.baseline.run());

  const warmup = options.warmup ?? 2;
  const rounds = options.rounds ?? 7;
  const lib: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    // Alternate the order so that neither side always runs right after a collection of the other's garbage.
    let l: number;
    let b: number;
    if (i % 2 === 0) {
      l = time(options.library.run);
      b = time(options.baseline.run);
    } else {
      b = time(options.baseline.run);
      l = time(options.library.run);
    }
    if (i >= warmup) {
      lib.push(l);
      base.push(b);
    }
  }
  const libraryMs = median(lib);
  const baselineMs = median(base);
  return {
    libraryMs,
    baselineMs,
    ratio: libraryMs / baselineMs,
    libraryRoundsMs: lib,
    baselineRoundsMs: base,
    ...(baselineInexact === undefined ? {} : { baselineInexact }),
  };
}

/** Times one function for several rounds after warm-up and returns the median in milliseconds. */
export function timeMedian(f: () => unknown, rounds = 7, warmup = 2): { medianMs: number; roundsMs: number[] } {
  const all: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const t = time(f);
    if (i >= warmup) all.push(t);
  }
  return { medianMs: median(all), roundsMs: all };
}

/** Formats milliseconds for the report. */
export function ms(x: number): string {
  return x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`;
}

/** The machine line printed before the results: Node version, CPU model, cores, memory. */
export function machineLine(): string {
  const cpu = cpus();
  const model = (cpu[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  return `machine: Node ${process.version}, ${model}, ${String(cpu.length)} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform}/${process.arch}`;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same data on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** V8's collector, exposed at run time (`--expose-gc` set from inside, so `tsx` needs no flag). */
let collector: (() => void) | undefined;
function collect(): void {
  if (collector === undefined) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
  collector();
}

/**
 * Times one function for several rounds after warm-up, each round right after a full collection and with the
 * previous round's result released first: a round does not pay for collecting garbage it did not make (an
 * earlier size's input, the heap measure's result). Median in milliseconds.
 */
export function timeMedianCollected(f: () => unknown, rounds = 3, warmup = 1): { medianMs: number; roundsMs: number[] } {
  const all: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    consume(undefined);
    collect();
    const t = time(f);
    if (i >= warmup) all.push(t);
  }
  consume(undefined);
  return { medianMs: median(all), roundsMs: all };
}

/** Heap used by one run of a function, in bytes, over the heap in use (after a full collection) before it. */
export interface HeapUse {
  /**
   * The peak: the larger of the heap in use right after the run (before any collection: live objects plus the
   * garbage not yet collected) and the growth of the heap V8 committed during the run (it grows to hold the
   * peak of live objects and does not shrink within a run). An upper estimate, never below the true peak of
   * live objects at the end.
   */
  readonly peakBytes: number;
  /** What stays reachable through the result after a full collection. */
  readonly retainedBytes: number;
}

/**
 * Runs `f` once between full collections and reports its heap use (see {@link HeapUse}); the result is kept
 * alive until the second measure, then returned.
 */
export function heapUse<T>(f: () => T): { result: T; heap: HeapUse } {
  collect();
  const before = getHeapStatistics();
  const result = f();
  return settle(before, result);
}

/** The second half of {@link heapUse} and {@link heapUseAsync}: the measures after the run, then the result. */
function settle<T>(before: ReturnType<typeof getHeapStatistics>, result: T): { result: T; heap: HeapUse } {
  const after = getHeapStatistics();
  collect();
  const settled = getHeapStatistics();
  consume(result);
  return {
    result,
    heap: {
      peakBytes: Math.max(after.used_heap_size - before.used_heap_size, after.total_heap_size - before.total_heap_size, 0),
      retainedBytes: Math.max(settled.used_heap_size - before.used_heap_size, 0),
    },
  };
}

/** The process's heap in use right now and the most V8 committed so far, for a benchmark's closing line. */
export function heapNow(): { usedBytes: number; committedBytes: number } {
  const s = getHeapStatistics();
  return { usedBytes: s.used_heap_size, committedBytes: s.total_heap_size };
}

/** Formats bytes as MB (or kB below 1 MB) for the report. */
export function mb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
}

/** {@link heapUse} for a benchmark's `run`, which may return a promise (awaited before the second measure). */
export async function heapUseAsync<T>(f: () => T | Promise<T>): Promise<{ result: T; heap: HeapUse }> {
  collect();
  const before = getHeapStatistics();
  const result = await f();
  return settle(before, result);
}
