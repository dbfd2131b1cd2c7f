import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('API reference (typedoc)', () => {
  it('documents every export: typedoc validates with warnings treated as errors', { timeout: 180_000 }, () => {
    let output = '';
    let status = 0;
    try {
      output = execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--emit', 'none'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      status = err.status ?? 1;
      output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    }
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(status).toBe(0);
  });
});
