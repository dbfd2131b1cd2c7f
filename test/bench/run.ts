/**
 * `npm run bench [-- name …]`: runs the benchmarks (all, or those whose name contains one of the arguments),
 * prints a machine line, then each benchmark's medians, ratio and goal. Never part of `npm test`: timings
 * depend on the machine and its load. Exit status 1 when a benchmark fails (a wrong result), not when a
 * goal is missed (that is reported).
 */
import { aggregateScaling, aggregation, auditScaling } from './aggregation.js';
import { claims } from './claims.js';
import { cliParse, cliRestate, cliServe } from './cli.js';
import { eligibility } from './eligibility.js';
import { heapUseAsync, machineLine, mb, type Benchmark } from './harness.js';
import { importTime } from './import-time.js';
import { linearity } from './linearity.js';
import { parsing, parsingPhrases } from './parsing.js';
import { reading } from './reading.js';

/** Every benchmark, in report order. Add a new one here (one file each under test/bench/). */
const BENCHMARKS: readonly Benchmark[] = [aggregation, auditScaling, aggregateScaling, eligibility, parsing, parsingPhrases, reading, claims, linearity, importTime, cliParse, cliRestate, cliServe];

async function main(filters: readonly string[]): Promise<number> {
  const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
  if (selected.length === 0) {
    console.error(`no benchmark matches ${filters.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  console.log(machineLine());
  let failed = 0;
  for (const b of selected) {
    console.log(`\n## ${b.name}: ${b.title}\ngoal: ${b.goal}`);
    try {
      const { result: outcome, heap } = await heapUseAsync(b.run);
      if (outcome.status === 'not-yet-available') {
        console.log(`SKIPPED: ${outcome.reason}`);
        continue;
      }
      for (const line of outcome.lines) console.log(`  ${line}`);
      // The runner's own heap (a benchmark that spawns processes reports their memory itself).
      console.log(`  peak heap of the benchmark (this process): ≈ ${mb(heap.peakBytes)}, retained after it: ${mb(heap.retainedBytes)}`);
      if (outcome.goalMet !== undefined) console.log(outcome.goalMet ? '  goal met' : '  GOAL MISSED');
    } catch (e) {
      failed++;
      console.log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2).filter((a) => !a.startsWith('-')));
