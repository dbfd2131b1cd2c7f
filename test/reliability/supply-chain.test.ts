/**
 * Supply chain: the runtime dependencies are exactly zod, date-fns and decimal.js, declared as caret ranges
 * on the version package-lock.json locks (so a client's own zod 4 is shared, not installed twice); no source file imports a package that is not declared; `npm audit` finds no
 * vulnerability in the runtime tree (skipped, with the reason, when the registry's audit endpoint cannot be
 * reached).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackageJson {
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly bundleDependencies?: unknown;
  readonly bundledDependencies?: unknown;
}
interface PackageLock {
  readonly lockfileVersion: number;
  readonly packages: Record<string, { readonly version?: string; readonly dependencies?: Record<string, string>; readonly dev?: boolean }>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as PackageLock;

/** The runtime dependencies the library is allowed (see docs/reliability.md before adding one). */
const ALLOWED_RUNTIME = ['date-fns', 'decimal.js', 'zod'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('runtime dependencies', () => {
  it('are exactly zod, date-fns and decimal.js: a new one fails this test', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(ALLOWED_RUNTIME);
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
  });

  it('are caret ranges on an exact version (no ~, wider ranges, tags, URLs or git)', () => {
    for (const [name, spec] of Object.entries(pkg.dependencies ?? {})) {
      expect(spec, name).toMatch(/^\^\d+\.\d+\.\d+$/);
    }
  });

  it('match package-lock.json, at the root and in node_modules', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    for (const [name, version] of Object.entries(pkg.dependencies ?? {})) {
      const entry = lock.packages[`node_modules/${name}`];
      // The lock holds the range's base version: what the tests ran against is what the range starts at.
      expect(`^${String(entry?.version)}`, name).toBe(version);
      expect(entry?.dev, name).not.toBe(true);
    }
  });

  it('bring in no transitive runtime dependency (zod, date-fns and decimal.js have none)', () => {
    for (const name of ALLOWED_RUNTIME) {
      expect(lock.packages[`node_modules/${name}`]?.dependencies ?? {}, name).toEqual({});
    }
    const runtime = Object.entries(lock.packages).filter(([path, e]) => path !== '' && e.dev !== true).map(([path]) => path);
    expect(runtime.sort()).toEqual(ALLOWED_RUNTIME.map((n) => `node_modules/${n}`));
  });

  it('are the only packages the library sources import (besides type-only and node: imports in the CLI)', () => {
    const imported = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.includes(`${join('src', 'cli')}`)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
      }
    }
    const builtins = [...imported].filter((s) => s.startsWith('node:') || builtinModules.includes(s));
    expect(builtins, 'the library is pure: no Node built-ins').toEqual([]);
    expect([...imported].filter((s) => !ALLOWED_RUNTIME.includes(s))).toEqual([]);
  });
});

describe('npm audit of the runtime tree', () => {
  it('reports no vulnerabilities (skipped with the reason when the audit endpoint is unreachable)', (ctx) => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, unknown>; error?: { summary?: string; detail?: string }; message?: string; statusCode?: number } | undefined;
    try {
      report = JSON.parse(run.stdout) as typeof report;
    } catch {
      report = undefined;
    }
    const counts = report?.metadata?.vulnerabilities;
    if (counts === undefined) {
      // No audit report: the registry refused or could not be reached (offline, proxy, 405 from a mirror).
      const reason = [
        run.error?.message,
        report?.message,
        report?.error?.summary,
        (run.stderr ?? '').split('\n').find((l) => /npm (error|warn) audit/.test(l)),
      ].find((s) => s !== undefined && s.trim() !== '');
      ctx.skip(`npm audit endpoint unreachable: ${reason ?? `exit code ${String(run.status)}`}`);
      return;
    }
    expect(report?.vulnerabilities ?? {}).toEqual({});
    expect(counts['total']).toBe(0);
  }, 90_000);
});
