/**
 * The runtime code uses no Node.js built-in module or Node-only global, so it runs unchanged in browsers and
 * other runtimes: (1) bundling src/index.ts for `platform: 'browser'` resolves no built-in (recorded by an
 * esbuild plugin and read back from the metafile); (2) the shipped dist files contain no `require("fs")`,
 * `from "node:…"` or `import("…")` of a built-in, nor `process.env` / `Buffer` / `__dirname` style globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { ROOT } from './tools.js';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}

/** Bundles an entry for the browser; built-ins are kept external and listed (importer → specifier). */
async function builtinsImportedBy(entry: string): Promise<{ found: string[]; external: string[] }> {
  const found: string[] = [];
  const record: Plugin = {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        found.push(`${relative(ROOT, args.importer)} → ${args.path}`);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [record],
  });
  const external = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => i.external === true).map((i) => `${file} → ${i.path}`),
  );
  return { found, external };
}

/** Built-in module imports and Node-only globals found in JavaScript text. */
function nodeOnlyReferences(code: string): string[] {
  const hits: string[] = [];
  const specifiers = [
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bimport\s*["']([^"']+)["']/g,
  ];
  for (const re of specifiers) {
    for (const m of code.matchAll(re)) if (isBuiltin(m[1] ?? '')) hits.push(m[0]);
  }
  for (const m of code.matchAll(/\b(process\.(?:env|cwd|argv|platform|versions|exit|stdout|stderr|nextTick)|Buffer\.(?:from|alloc|isBuffer)|__dirname|__filename|require\.resolve)\b/g)) {
    hits.push(m[0]);
  }
  return hits;
}

describe('no Node.js built-ins in the runtime code', () => {
  it('the detector finds built-in imports and Node-only globals (guards the guard)', () => {
    expect(
      nodeOnlyReferences(
        [
          `const fs = require("fs");`,
          `import { readFileSync } from 'node:fs';`,
          `import 'path';`,
          `await import("node:crypto");`,
          `const h = process.env.HOME;`,
          `Buffer.from('x');`,
          `const d = __dirname;`,
          `const z = require('zod'); import { x } from './quantity/Money.js';`,
        ].join('\n'),
      ),
    ).toEqual([`require("fs")`, `from 'node:fs'`, `import("node:crypto")`, `import 'path'`, 'process.env', 'Buffer.from', '__dirname']);
  });

  it('bundling src/index.ts for the browser resolves no Node built-in', async () => {
    const { found, external } = await builtinsImportedBy(join(ROOT, 'src/index.ts'));
    expect(found).toEqual([]);
    expect(external).toEqual([]);
  });

  it('the esbuild check sees a built-in when one is imported (guards the guard)', async () => {
    const { found, external } = await builtinsImportedBy(join(ROOT, 'test/package/tools.ts'));
    expect(found).toContain('test/package/tools.ts → node:child_process');
    expect(external).toContain('test/package/tools.ts → node:child_process');
  });

  it('the shipped dist files import no built-in and use no Node-only global', () => {
    const dist = join(packageContext().consumerDir, 'node_modules/khuyen-cong/dist');
    // dist/cli is the `khuyen-cong` command (package.json `bin`), Node-only by design and outside the library's
    // entries: the library's own files must stay free of Node built-ins.
    const all = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => /\.(c|m)?js$/.test(f));
    expect(all.some((f) => f.startsWith(join('cli', '')))).toBe(true);
    const files = all.filter((f) => !f.startsWith(join('cli', '')));
    expect(files).toContain('index.js');
    expect(files).toContain('index.cjs');
    const hits = files.flatMap((f) => nodeOnlyReferences(readFileSync(join(dist, f), 'utf8')).map((h) => `${f}: ${h}`));
    expect(hits).toEqual([]);
  });
});
