/**
 * Global setup of the `package` vitest project: build once with tsup, pack once with `npm pack` into the OS
 * temp directory, and install the tarball once into a scratch consumer project there. The tests then use the
 * package exactly as a client would. A failing step does not abort the run: it is passed to the tests, which
 * fail with its output (so `.ci/run` still counts every other test).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { PackageContext } from './context.js';
import { CLI, ROOT, runNode, runNpm } from './tools.js';

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'khuyen-cong-package-'));
  const timings: Record<string, number> = {};
  const step = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      timings[name] = Math.round(performance.now() - t0) / 1000;
    }
  };

  let context: PackageContext;
  try {
    // Built once here: `npm pack` runs with --ignore-scripts so that the `prepare` script does not build again.
    // Ten entries, each with ESM and CJS declarations: the build takes minutes on a loaded machine.
    step('build', () => runNode(CLI.tsup(), [], { cwd: ROOT, timeoutMs: 900_000 }));
    const packed = step('pack', () => runNpm(['pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: ROOT }));
    const filename = (JSON.parse(packed) as [{ filename: string }])[0].filename;
    const tarball = join(work, filename);

    const consumerDir = join(work, 'consumer');
    step('install', () => {
      mkdirSync(consumerDir);
      writeFileSync(
        join(consumerDir, 'package.json'),
        `${JSON.stringify({ name: 'khuyen-cong-consumer', version: '0.0.0', private: true }, null, 2)}\n`,
      );
      // The runtime dependencies come from the npm cache when present (`npm ci` fills it), else the registry.
      runNpm(['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: consumerDir });
    });
    context = { tarball, consumerDir, timings };
  } catch (e) {
    context = { tarball: '', consumerDir: '', timings, error: e instanceof Error ? e.message : String(e) };
  }
  project.provide('khuyenCongPackage', context);
  console.log(`[package] build, pack, install in ${work}: ${JSON.stringify(timings)}`);

  return () => {
    if (process.env['KHUYEN_CONG_KEEP_PACKAGE_TMP'] === undefined) rmSync(work, { recursive: true, force: true });
  };
}
