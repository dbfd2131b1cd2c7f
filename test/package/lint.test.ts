/**
 * The packed tarball, as published, passes publint (every suggestion counts) and @arethetypeswrong/cli with
 * the `strict` profile: types resolve correctly for node10 (`main`/`types`), node16 from CJS (`require` →
 * index.d.cts), node16 from ESM (`import` → index.d.ts) and bundlers, for the root and every area entry.
 */
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { packageContext } from './context.js';
import { CLI, run } from './tools.js';

/** The area entries (`khuyen-cong/<area>`), as in tsup.config.ts and package.json. */
const AREAS = ['quantity', 'stats', 'claims', 'audit', 'geo', 'policy', 'eligibility', 'project', 'data'] as const;

describe('packed tarball', () => {
  it('passes publint with no error, warning or suggestion', async () => {
    const { tarball } = packageContext();
    const data = readFileSync(tarball);
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: true });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
    expect(lines).toEqual([]);
  });

  it('has correct types for node10, node16 (CJS and ESM) and bundlers (attw, strict profile)', () => {
    const { tarball } = packageContext();
    let out: string;
    try {
      out = run(process.execPath, [CLI.attw(), tarball, '--profile', 'strict', '--format', 'json']);
    } catch (e) {
      // attw exits 1 when it finds problems; its JSON report is in the error's stdout section.
      out = String((e as Error).message).split('--- stdout ---\n')[1]?.split('\n--- stderr ---')[0] ?? '';
      if (!out.trim().startsWith('{')) throw e;
    }
    const report = JSON.parse(out) as {
      analysis: {
        problems: readonly { kind: string; resolutionKind?: string; entrypoint?: string }[];
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
      };
    };
    expect(report.analysis.problems).toEqual([]);
    // The root and every area entry, for every resolution mode (node10 through typesVersions).
    for (const [entry, dir] of [['.', 'dist'], ...AREAS.map((a) => [`./${a}`, `dist/${a}`])] as const) {
      const e = report.analysis.entrypoints[entry];
      const typesFile = (kind: string): string | undefined => e?.resolutions[kind]?.resolution?.fileName;
      expect(typesFile('node10'), entry).toBe(`/node_modules/khuyen-cong/${dir}/index.d.ts`);
      expect(typesFile('node16-cjs'), entry).toBe(`/node_modules/khuyen-cong/${dir}/index.d.cts`);
      expect(typesFile('node16-esm'), entry).toBe(`/node_modules/khuyen-cong/${dir}/index.d.ts`);
      expect(typesFile('bundler'), entry).toBe(`/node_modules/khuyen-cong/${dir}/index.d.ts`);
    }
  });

  it('ships the built files, the licence and the changelog, and no sources or tests', () => {
    const { tarball } = packageContext();
    const listing = run('tar', ['-tzf', tarball]).split('\n').filter((l) => l !== '');
    for (const f of ['package/package.json', 'package/LICENSE', 'package/README.md', 'package/CHANGELOG.md']) {
      expect(listing).toContain(f);
    }
    for (const d of ['dist', ...AREAS.map((a) => `dist/${a}`)]) {
      for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(listing).toContain(`package/${d}/${f}`);
    }
    for (const f of ['de-an.json', 'de-an-event.json', 'establishment.json', 'plan.json', 'programme-targets.json']) {
      expect(listing).toContain(`package/dist/schemas/${f}`);
    }
    expect(listing.filter((f) => !/^package\/(dist\/|package\.json$|LICENSE$|README\.md$|CHANGELOG\.md$)/.test(f))).toEqual([]);
  });
});
