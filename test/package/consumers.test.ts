/**
 * Real clients of the installed tarball (see consumers.ts for the programs and the seed-003 figures):
 * CommonJS `require`, ESM `import`, TypeScript type-checked and compiled with `moduleResolution: node16`
 * (an .mts and a .cts module, then run), and TypeScript type-checked with `moduleResolution: bundler`
 * (then bundled with esbuild, as a bundler client would, and run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { consumerFiles, EXPECTED } from './consumers.js';
import { CLI, run } from './tools.js';

let dir = '';

function runProgram(file: string): unknown {
  const out = run(process.execPath, [file], { cwd: dir }).trim().split('\n');
  return JSON.parse(out[out.length - 1] ?? '');
}

describe('clients of the installed package', () => {
  beforeAll(() => {
    dir = packageContext().consumerDir;
    for (const [path, content] of Object.entries(consumerFiles())) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  });

  it('CommonJS require computes the seed-003 figures', () => {
    expect(runProgram('cjs.cjs')).toEqual(EXPECTED);
  });

  it('ESM import computes the seed-003 figures', () => {
    expect(runProgram('esm.mjs')).toEqual(EXPECTED);
  });

  it('TypeScript with moduleResolution node16 type-checks (ESM and CJS modules, strict, skipLibCheck off) and runs', () => {
    run(process.execPath, [CLI.tsc(), '-p', 'tsconfig.node16.json'], { cwd: dir });
    expect(runProgram('out-node16/esm.mjs')).toEqual(EXPECTED);
    expect(runProgram('out-node16/cjs.cjs')).toEqual(EXPECTED);
  });

  it('TypeScript with moduleResolution bundler type-checks, and its esbuild bundle runs', async () => {
    run(process.execPath, [CLI.tsc(), '-p', 'tsconfig.bundler.json'], { cwd: dir });
    await build({
      absWorkingDir: dir,
      entryPoints: ['ts/bundler.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: 'out-bundler/bundler.mjs',
      logLevel: 'silent',
    });
    expect(runProgram('out-bundler/bundler.mjs')).toEqual(EXPECTED);
  });
});
