/**
 * Benchmark 4b, cold import time: how long a fresh Node process takes to load the built package, against a
 * bare `node -e ""` started the same way. The package is built first (tsup), then loaded by name through its
 * `exports` map (`import('khuyen-cong')` / `require('khuyen-cong')`, resolved by self-reference from the
 * project root), so it measures exactly what a client loads: dist/index.js and its modules, or dist/index.cjs,
 * plus the runtime dependencies they import.
 */
import { execFileSync } from 'node:child_process';
import { CLI, ROOT, runNode } from '../package/tools.js';
import { median, ms, type Benchmark } from './harness.js';

const ROUNDS = 15;
const WARMUP = 3;

function spawnMs(args: readonly string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t0;
}

export const importTime: Benchmark = {
  name: 'import-time',
  title: 'Cold import of the built package in a fresh Node process',
  goal: 'measure only (no goal yet): import overhead over a bare `node -e ""`',
  run() {
    runNode(CLI.tsup(), [], { cwd: ROOT });
    const variants = {
      bare: ['-e', ''],
      esm: ['--input-type=module', '-e', "await import('khuyen-cong');"],
      cjs: ['-e', "require('khuyen-cong');"],
    } as const;
    // Check before timing: each variant really loads the package and sees its API.
    const probe = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const k = await import('khuyen-cong'); process.stdout.write(String(k.addMoney(k.money(7730000000), k.money(46330000000)).dong));"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (probe !== '54060000000') throw new Error(`import-time: the built package computed ${probe}, not 54060000000`);
    const cjsProbe = execFileSync(process.execPath, ['-e', "process.stdout.write(typeof require('khuyen-cong').money)"], { cwd: ROOT, encoding: 'utf8' });
    if (cjsProbe !== 'function') throw new Error('import-time: require(khuyen-cong) has no money()');

    const times: Record<keyof typeof variants, number[]> = { bare: [], esm: [], cjs: [] };
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      for (const v of ['bare', 'esm', 'cjs'] as const) {
        const t = spawnMs(variants[v]);
        if (i >= WARMUP) times[v].push(t);
      }
    }
    const bare = median(times.bare);
    const esm = median(times.esm);
    const cjs = median(times.cjs);
    return {
      status: 'done',
      lines: [
        `${String(ROUNDS)} rounds after ${String(WARMUP)} warm-up, medians of whole process lifetimes:`,
        `node -e ""                       ${ms(bare)}`,
        `import('khuyen-cong')  (ESM)     ${ms(esm)}  → import cost ≈ ${ms(esm - bare)}`,
        `require('khuyen-cong') (CJS)     ${ms(cjs)}  → require cost ≈ ${ms(cjs - bare)}`,
      ],
    };
  },
};
