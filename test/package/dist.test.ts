/**
 * What dist/ holds in the installed package (issue 15: "source maps shipped or not, decided with the size
 * figure; no unreachable code in dist/"; issue 19: cold start). Every JavaScript file is loaded by an entry
 * of package.json (`exports` targets, every condition, and `bin`), no source map is shipped, and Node
 * resolves `import` to the chunked Node build while bundlers get the per-module build (docs/performance.md,
 * "Build layout").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { run } from './tools.js';

interface Manifest {
  readonly exports: Record<string, string | Record<string, string | Record<string, string>>>;
  readonly bin: Record<string, string>;
}

const installed = (): string => join(packageContext().consumerDir, 'node_modules/khuyen-cong');

/** Every file an `exports` condition or `bin` points at (JavaScript only), relative to the package. */
function entryFiles(pkg: Manifest): string[] {
  const out = new Set<string>(Object.values(pkg.bin));
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/\.c?js$/.test(v)) out.add(v);
    } else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) walk(x);
  };
  walk(pkg.exports);
  return [...out].map((f) => f.replace(/^\.\//, ''));
}

describe('dist/ of the installed package', () => {
  it('holds no file that no entry loads: every .js and .cjs is an entry or imported from one', async () => {
    const dir = installed();
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    const entries = entryFiles(pkg);
    expect(entries).toContain('dist/node/index.js');
    expect(entries).toContain('dist/index.cjs');
    // Follow every import (static and dynamic, as esbuild does) from the ESM entries; CJS entries are bundles.
    const esm = entries.filter((f) => f.endsWith('.js'));
    const result = await build({
      entryPoints: esm.map((f) => join(dir, f)),
      absWorkingDir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outdir: join(dir, '.reach'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const reached = new Set([...Object.keys(result.metafile.inputs), ...entries]);
    const files = (readdirSync(join(dir, 'dist'), { recursive: true }) as string[])
      .filter((f) => /\.c?js$/.test(f))
      .map((f) => join('dist', f).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('ships no source maps and no reference to one', () => {
    const dist = join(installed(), 'dist');
    const all = readdirSync(dist, { recursive: true }) as string[];
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    const code = all.filter((f) => /\.(c?js|d\.c?ts)$/.test(f));
    expect(code.filter((f) => readFileSync(join(dist, f), 'utf8').includes('sourceMappingURL'))).toEqual([]);
  });

  it('Node resolves import to the chunked Node build, require to the CJS bundle; bundlers get the per-module build', async () => {
    const dir = packageContext().consumerDir;
    const resolved = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); " +
          "console.log(JSON.stringify([import.meta.resolve('khuyen-cong'), import.meta.resolve('khuyen-cong/quantity'), r.resolve('khuyen-cong')]));",
      ],
      { cwd: dir },
    );
    const [root, quantity, cjs] = JSON.parse(resolved.trim()) as string[];
    expect(root).toMatch(/\/node_modules\/khuyen-cong\/dist\/node\/index\.js$/);
    expect(quantity).toMatch(/\/node_modules\/khuyen-cong\/dist\/node\/quantity\/index\.js$/);
    expect(cjs).toMatch(/\/node_modules\/khuyen-cong\/dist\/index\.cjs$/);
    const browser = await build({
      stdin: { contents: "export { money } from 'khuyen-cong';", resolveDir: dir, loader: 'js' },
      absWorkingDir: dir,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    expect(Object.keys(browser.metafile.inputs)).toContain('node_modules/khuyen-cong/dist/index.js');
    expect(Object.keys(browser.metafile.inputs).some((p) => p.includes('/dist/node/'))).toBe(false);
  });
});
