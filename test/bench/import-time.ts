/**
 * Benchmark 4b, cold import time: how long a fresh Node process takes to load the built package, against a
 * bare `node -e ""` started the same way. The package is built first (tsup), then loaded by name through its
 * `exports` map (`import('khuyen-cong')` / `require('khuyen-cong')`, resolved by self-reference from the
 * project root), so it measures exactly what a client loads: dist/index.js and its modules, or dist/index.cjs,
 * plus the runtime dependencies they import. Each area entry (`khuyen-cong/quantity`, …) is measured the same
 * way, ESM and CJS. `KHUYEN_CONG_BENCH_NO_BUILD=1` reuses an existing dist/.
 *
 * Two measures per variant: the wall time of the whole process (spawn to exit), and the CPU time the process
 * used up to the end of the import (`process.cpuUsage()`, user + system, printed by the child). On a shared
 * machine wall time grows with the load several times over while CPU time moves little, so the goal is
 * checked on CPU time over a bare node's CPU time; on an idle machine the two agree within a few ms.
 */
import { execFileSync } from 'node:child_process';
import { CLI, ROOT, runNode } from '../package/tools.js';
import { median, ms, type Benchmark } from './harness.js';

const ROUNDS = Number(process.env['KHUYEN_CONG_BENCH_ROUNDS'] ?? 15);
const AREAS = ['quantity', 'stats', 'claims', 'audit', 'geo', 'policy', 'eligibility', 'project', 'data'] as const;
const WARMUP = Math.min(3, ROUNDS);

/** Goals of issue 19: each area's entry ≤ 40 ms over bare node, the whole library ≤ 150 ms. */
const AREA_GOAL_MS = 40;
const WHOLE_GOAL_MS = 150;

/** The child's own CPU time (ms) when its import has finished, printed as its last output. */
const PRINT_CPU = ';{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1000))}';

/** Runs one variant: wall time of the process and its CPU time at the end of the import. */
function spawnMs(args: readonly string[]): { wall: number; cpu: number } {
  const withCpu = [...args.slice(0, -1), `${args.at(-1) ?? ''}${PRINT_CPU}`];
  const t0 = performance.now();
  const out = execFileSync(process.execPath, withCpu, { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - t0;
  const cpu = Number(out);
  if (!Number.isFinite(cpu)) throw new Error(`import-time: ${args.join(' ')} printed ${out}`);
  return { wall, cpu };
}

export const importTime: Benchmark = {
  name: 'import-time',
  title: 'Cold import of the built package in a fresh Node process',
  goal: `each area entry ≤ ${String(AREA_GOAL_MS)} ms, the whole library ≤ ${String(WHOLE_GOAL_MS)} ms of CPU time over a bare \`node -e ""\` (ESM; CJS and wall times reported)`,
  run() {
    if (process.env['KHUYEN_CONG_BENCH_NO_BUILD'] !== '1') runNode(CLI.tsup(), [], { cwd: ROOT });
    const variants: Record<string, readonly string[]> = {
      bare: ['-e', ''],
      esm: ['--input-type=module', '-e', "await import('khuyen-cong');"],
      cjs: ['-e', "require('khuyen-cong');"],
    };
    for (const a of AREAS) {
      variants[`esm ${a}`] = ['--input-type=module', '-e', `await import('khuyen-cong/${a}');`];
      variants[`cjs ${a}`] = ['-e', `require('khuyen-cong/${a}');`];
    }
    // Check before timing: each variant really loads the package and sees its API.
    const probe = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const k = await import('khuyen-cong'); process.stdout.write(String(k.addMoney(k.money(7730000000), k.money(46330000000)).dong));"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (probe !== '54060000000') throw new Error(`import-time: the built package computed ${probe}, not 54060000000`);
    const cjsProbe = execFileSync(process.execPath, ['-e', "process.stdout.write(typeof require('khuyen-cong').money)"], { cwd: ROOT, encoding: 'utf8' });
    if (cjsProbe !== 'function') throw new Error('import-time: require(khuyen-cong) has no money()');

    const names = Object.keys(variants);
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const cpus: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      for (const v of names) {
        const t = spawnMs(variants[v] as readonly string[]);
        if (i >= WARMUP) {
          times[v]?.push(t.wall);
          cpus[v]?.push(t.cpu);
        }
      }
    }
    const med = (v: string): number => median(times[v] ?? []);
    const cpu = (v: string): number => median(cpus[v] ?? []);
    const bare = med('bare');
    const bareCpu = cpu('bare');
    const esm = med('esm');
    const cjs = med('cjs');
    const over = (v: string): number => cpu(v) - bareCpu;
    const areaLines = AREAS.map(
      (a) =>
        `${a.padEnd(12)} ESM ${ms(med(`esm ${a}`))} (≈ ${ms(med(`esm ${a}`) - bare)}; CPU +${ms(over(`esm ${a}`))})   ` +
        `CJS ${ms(med(`cjs ${a}`))} (≈ ${ms(med(`cjs ${a}`) - bare)}; CPU +${ms(over(`cjs ${a}`))})`,
    );
    const slowestArea = Math.max(...AREAS.map((a) => over(`esm ${a}`)));
    return {
      status: 'done',
      goalMet: slowestArea <= AREA_GOAL_MS && over('esm') <= WHOLE_GOAL_MS,
      lines: [
        `${String(ROUNDS)} rounds after ${String(WARMUP)} warm-up, medians of whole process lifetimes (wall) and of the process's CPU time at the end of the import:`,
        `node -e ""                       ${ms(bare)}  (CPU ${ms(bareCpu)})`,
        `import('khuyen-cong')  (ESM)     ${ms(esm)}  → import cost ≈ ${ms(esm - bare)}; CPU +${ms(over('esm'))}`,
        `require('khuyen-cong') (CJS)     ${ms(cjs)}  → require cost ≈ ${ms(cjs - bare)}; CPU +${ms(over('cjs'))}`,
        'per area entry (khuyen-cong/<area>), import cost over bare node in parentheses:',
        ...areaLines,
        `slowest area entry (ESM, CPU over bare): ${ms(slowestArea)} (goal ≤ ${String(AREA_GOAL_MS)} ms); whole: ${ms(over('esm'))} (goal ≤ ${String(WHOLE_GOAL_MS)} ms)`,
      ],
    };
  },
};
