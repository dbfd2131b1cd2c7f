import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';
import { renderReport } from '../../src/report/renderReport.js';

const root = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) => {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli', 'report.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run report (src/cli/report.ts)', () => {
  it('--json prints the structured report, which parses', { timeout: 30_000 }, () => {
    const r = run('--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(buildReport());
  });
  it('prints Vietnamese by default and English with --lang en, without colours when not a TTY', { timeout: 30_000 }, () => {
    const vi = run();
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(renderReport(buildReport(), { locale: 'vi' }));
    expect(vi.out).not.toContain('\u001b[');
    const en = run('--lang', 'en');
    expect(en.out).toBe(renderReport(buildReport(), { locale: 'en' }));
    expect(run('--color').out).toContain('\u001b[1m');
  });
  it('exits 2 with the usage on a bad argument, and prints help', { timeout: 30_000 }, () => {
    const bad = run('--lang', 'de');
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('--lang: ngôn ngữ "de" không được hỗ trợ');
    expect(run('--help', '--lang', 'en').out).toContain('Usage: npm run report');
  });
});
