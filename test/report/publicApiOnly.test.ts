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
  it('src/cli imports only the report and the barrel', () => {
    const bad = specifiers('src/cli').filter((s) => !['../index.js', '../report/index.js'].includes(s.spec));
    expect(bad).toEqual([]);
  });
});
