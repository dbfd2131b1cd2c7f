/**
 * Size budgets (test/package/size-budget.json): what a browser client downloads, minified and gzipped with
 * every dependency included, bundled by esbuild from the installed package exactly as a bundler client would.
 *
 * 1. `core`: only the quantities and statistics functions, picked by name from the barrel. It must tree-shake:
 *    no byte of zod and no module of the policy catalogue in the output (checked on the metafile's
 *    per-output inputs, i.e. modules that contribute bytes: the barrel still *visits* every module).
 *    The same entry is also bundled from the sources, so a dependency arrow pointing the wrong way is caught
 *    even if the build configuration changes.
 * 2. `full`: `export * from 'khuyen-cong'`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { ROOT } from './tools.js';

interface Budget {
  readonly core: { readonly maxGzipBytes: number; readonly exports: readonly string[]; readonly forbidden: readonly string[] };
  readonly full: { readonly maxGzipBytes: number };
}

const budget = JSON.parse(readFileSync(join(ROOT, 'test/package/size-budget.json'), 'utf8')) as Budget;

interface Measure {
  readonly minified: number;
  readonly gzip: number;
  /** Input modules that contribute at least one byte to the output. */
  readonly contributing: readonly string[];
}

async function measure(contents: string, resolveDir: string): Promise<Measure> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'size-entry.js' },
    absWorkingDir: resolveDir,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const outputs: Metafile['outputs'][string][] = Object.values(result.metafile.outputs);
  const contributing = outputs.flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, contributing };
}

function forbiddenIn(m: Measure): string[] {
  return m.contributing.filter((p) => budget.core.forbidden.some((f) => p.includes(f)));
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

describe('bundle size (minified + gzip, dependencies included)', () => {
  let consumerDir = '';
  let coreNames: string[] = [];

  beforeAll(async () => {
    consumerDir = packageContext().consumerDir;
    const exported = new Set(Object.keys((await import(join(consumerDir, 'node_modules/khuyen-cong/dist/index.js'))) as object));
    coreNames = budget.core.exports.filter((n) => exported.has(n));
  });

  it('core (quantities and statistics) tree-shakes: no zod, no policy catalogue, within budget', async () => {
    expect(coreNames).toContain('money'); // the entry is never empty
    const entry = `export { ${coreNames.join(', ')} } from 'khuyen-cong';`;
    const packaged = await measure(entry, consumerDir);
    const fromSources = await measure(`export { ${coreNames.join(', ')} } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};`, ROOT);
    console.log(
      `[size] core: ${kB(packaged.minified)} minified, ${kB(packaged.gzip)} gzip (budget ${kB(budget.core.maxGzipBytes)}); ` +
        `from sources ${kB(fromSources.gzip)} gzip; ${String(packaged.contributing.length)} modules; imports: ${coreNames.join(', ')}`,
    );
    expect(forbiddenIn(packaged)).toEqual([]);
    expect(forbiddenIn(fromSources)).toEqual([]);
    expect(packaged.gzip).toBeLessThanOrEqual(budget.core.maxGzipBytes);
  });

  it('the whole library stays within budget', async () => {
    const full = await measure(`export * from 'khuyen-cong';`, consumerDir);
    const deps = [...new Set(full.contributing.map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]).filter((d) => d !== undefined && d !== 'khuyen-cong'))];
    console.log(
      `[size] full: ${kB(full.minified)} minified, ${kB(full.gzip)} gzip (budget ${kB(budget.full.maxGzipBytes)}); ` +
        `dependencies in the bundle: ${deps.join(', ') || 'none'}`,
    );
    expect(full.gzip).toBeLessThanOrEqual(budget.full.maxGzipBytes);
  });

  it('the forbidden-module check matches the paths esbuild reports (guards the guard)', async () => {
    // zod, once imported, is reported under node_modules/zod/ …
    const zod = await measure(`import * as z from 'zod'; export const s = z.string();`, consumerDir);
    expect(forbiddenIn(zod).some((p) => p.includes('node_modules/zod/'))).toBe(true);
    // … and a module of an area is reported with its folder as a path segment, in the package and the sources,
    // so the policy catalogue would show as …/policy/….
    const packaged = await measure(`export { money } from 'khuyen-cong';`, consumerDir);
    expect(packaged.contributing).toContain('node_modules/khuyen-cong/dist/quantity/Money.js');
    const fromSources = await measure(`export { money } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};`, ROOT);
    expect(fromSources.contributing).toContain('src/quantity/Money.ts');
  });
});
