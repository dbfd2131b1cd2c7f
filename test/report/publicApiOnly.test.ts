import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The report is an application of the library: it may import the library only through the barrel.
const root = join(import.meta.dirname, '..', '..');
const specifiers = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...readFileSync(join(root, dir, f), 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => ({ file: `${dir}/${f}`, spec: m[1] as string })),
    );

describe('the report uses the public API only', () => {
  it('src/report imports the library only from ../index.js', () => {
    const bad = specifiers('src/report').filter((s) => !(s.spec === '../index.js' || /^\.\/[\w]+\.js$/.test(s.spec)));
    expect(bad).toEqual([]);
    expect(specifiers('src/report').some((s) => s.spec === '../index.js')).toBe(true);
  });
  // The command is an application of the public API too. For start-up time (each verb loads only what it
  // needs: `parse` does not load the whole barrel) it may import a library module by its path, but only names
  // that the barrel exports; besides, its own files (./x.js), Node built-ins and the report.
  it('src/cli uses only names the barrel exports (from the barrel, the report, or their own module)', async () => {
    const barrel = new Set(Object.keys(await import('../../src/index.js')));
    const bad: string[] = [];
    for (const f of readdirSync(join(root, 'src/cli')).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(join(root, 'src/cli', f), 'utf8');
      const uses = [
        ...[...text.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/gm)].map((m) => ({ type: m[1] !== undefined, names: m[2] as string, spec: m[3] as string })),
        ...[...text.matchAll(/const \{([^}]*)\} = await import\('([^']+)'\)/g)].map((m) => ({ type: false, names: m[1] as string, spec: m[2] as string })),
        ...[...text.matchAll(/\(await import\('([^']+)'\)\)\.(\w+)/g)].map((m) => ({ type: false, names: m[2] as string, spec: m[1] as string })),
      ];
      for (const u of uses) {
        if (u.spec.startsWith('./') || u.spec.startsWith('node:') || u.spec === '../index.js' || u.spec === '../report/index.js') continue;
        expect(u.spec, `${f}: ${u.spec}`).toMatch(/^\.\.\/(audit|claims|data|eligibility|geo|internal|policy|project|quantity|read|schema|stats)\/\w+\.js$/);
        for (const raw of u.names.split(',')) {
          const name = raw.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '';
          if (name === '' || u.type || /^\s*type\s/.test(raw)) continue; // types are erased; the type check sees them
          if (!barrel.has(name)) bad.push(`${f}: ${name} from ${u.spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
