/**
 * The package manifest: written exactly as npm writes it (so a duplicated key, which JSON.parse silently keeps
 * the last of, fails), and every `exports` entry carries only the conditions Node and TypeScript read, in the
 * order they need (types first). A stray key inside a condition once sat unnoticed in `exports['.'].import`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const raw = readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8');
const manifest = JSON.parse(raw) as { exports: Record<string, unknown>; bin?: unknown };

describe('package.json', () => {
  it('is written as npm writes it: no duplicated key, two-space indentation, final newline', () => {
    expect(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`).toBe(raw);
  });

  it('maps every entry to import and require, each with types first and default', () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === './package.json') {
        expect(target).toBe('./package.json');
        continue;
      }
      if (subpath.startsWith('./schemas/')) {
        expect(typeof target).toBe('string');
        continue;
      }
      expect(Object.keys(target as object), subpath).toEqual(['import', 'require']);
      for (const condition of ['import', 'require'] as const) {
        const inner = (target as Record<string, Record<string, string>>)[condition] as Record<string, string>;
        // Node's import reads the bundled build per entry (dist/node); bundlers and browsers the per-module one.
        expect(Object.keys(inner), `${subpath} ${condition}`).toEqual(condition === 'import' ? ['types', 'node', 'default'] : ['types', 'default']);
        if (condition === 'import') expect(inner['node'], subpath).toMatch(/^\.\/dist\/node\/.*\.js$/);
        expect(inner['types'], `${subpath} ${condition}`).toMatch(condition === 'import' ? /\.d\.ts$/ : /\.d\.cts$/);
        expect(inner['default'], `${subpath} ${condition}`).toMatch(condition === 'import' ? /\.js$/ : /\.cjs$/);
      }
    }
    expect(manifest.bin).toEqual({ 'khuyen-cong': './dist/cli/bin.js' });
  });
});
