import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport.js';
import { ROOT } from './markdown.js';

/** The part of `actual` with the shape of `excerpt`: its keys, and for arrays its first elements. */
function project(actual: unknown, excerpt: unknown): unknown {
  if (Array.isArray(excerpt)) return Array.isArray(actual) ? excerpt.map((e, i) => project(actual[i], e)) : actual;
  if (typeof excerpt === 'object' && excerpt !== null && typeof actual === 'object' && actual !== null) {
    return Object.fromEntries(Object.entries(excerpt).map(([k, v]) => [k, project((actual as Record<string, unknown>)[k], v)]));
  }
  return actual;
}

describe('docs/report.md', () => {
  it('its JSON excerpt is part of the real --json output', () => {
    const md = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(block).toBeDefined();
    const excerpt = JSON.parse(block as string) as object;
    expect(project(JSON.parse(JSON.stringify(buildReport())), excerpt)).toEqual(excerpt);
  });
  it('names every top-level field of the report in its table', () => {
    const md = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    for (const key of Object.keys(buildReport())) expect(md).toContain(`| \`${key}`);
  });
});
