import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownFiles, ROOT } from './markdown.js';

// Relative links between the README and the guides must point at files that exist.
describe('links in README.md and docs/', () => {
  it.each(markdownFiles())('%s links only to existing files', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((m) => m[1] as string)
      .filter((target) => !/^[a-z]+:/.test(target))
      .filter((target) => !existsSync(join(ROOT, dirname(file), target)));
    expect(broken).toEqual([]);
  });
  it('docs/README.md indexes every guide in docs/', () => {
    const index = readFileSync(join(ROOT, 'docs', 'README.md'), 'utf8');
    const guides = markdownFiles().filter((f) => /^docs\/[^/]+\.md$/.test(f) && f !== 'docs/README.md');
    expect(guides.filter((g) => !index.includes(`](${g.slice('docs/'.length)})`))).toEqual([]);
  });
});
