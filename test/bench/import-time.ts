/**
 * Benchmark 4b, cold import time: how long a fresh Node process takes to load the built package, against a
 * bare `node -e ""` started the same way. The package is built first (tsup), then loaded by name through its
 * `exports` map (`import('khuyen-cong')` / `require('khuyen-cong')`, resolved by self-reference from the
 * project root), so it measures exactly what a client loads: dist/index.js and its modules, or dist/index.cjs,
 * plus the runtime dependencies they import. Each area entry (`khuyen-cong/quantity`, …) is measured the same
 * way, ESM and CJS. `KHUYEN_CONG_BENCH_NO_BUILD=1` reuses an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import { CLI, ROOT, runNode } from '../package/tools.js';
import { median, ms, type Benchmark } from './harness.js';

const ROUNDS = Number(process.env['KHUYEN_CONG_BENCH_ROUNDS'] ?? 15);
const AREAS = ['quantity', 'stats', 'claims', 'audit', 'geo', 'policy', 'eligibility', 'project', 'data'] as const;
const WARMUP = Math.min(3, ROUNDS);

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
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      for (const v of names) {
        const t = spawnMs(variants[v] as readonly string[]);
        if (i >= WARMUP) times[v]?.push(t);
      }
    }
    const med = (v: string): number => median(times[v] ?? []);
    const bare = med('bare');
    const esm = med('esm');
    const cjs = med('cjs');
    const areaLines = AREAS.map(
      (a) => `${a.padEnd(12)} ESM ${ms(med(`esm ${a}`))} (≈ ${ms(med(`esm ${a}`) - bare)})   CJS ${ms(med(`cjs ${a}`))} (≈ ${ms(med(`cjs ${a}`) - bare)})`,
    );
    return {
      status: 'done',
      lines: [
        `${String(ROUNDS)} rounds after ${String(WARMUP)} warm-up, medians of whole process lifetimes:`,
        `node -e ""                       ${ms(bare)}`,
        `import('khuyen-cong')  (ESM)     ${ms(esm)}  → import cost ≈ ${ms(esm - bare)}`,
        `require('khuyen-cong') (CJS)     ${ms(cjs)}  → require cost ≈ ${ms(cjs - bare)}`,
        'per area entry (khuyen-cong/<area>), import cost over bare node in parentheses:',
        ...areaLines,
      ],
    };
  },
};
