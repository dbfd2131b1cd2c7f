import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('API reference (typedoc)', () => {
  // Rendered (into a temporary folder), not only validated: the guides' links and anchors and the code blocks'
  // languages are checked while rendering.
  it('documents every export: typedoc renders with warnings treated as errors', { timeout: 240_000 }, () => {
    let output = '';
    let status = 0;
    const out = mkdtempSync(join(tmpdir(), 'khuyen-cong-api-'));
    try {
      output = execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--out', out], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      status = err.status ?? 1;
      output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(status).toBe(0);
  });
});
