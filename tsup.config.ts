import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Two builds of the same source (see docs/performance.md, "Bundle size"):
//
// - ESM, one output file per source module (`bundle: false`). With `"sideEffects": false` a consumer's bundler
//   drops every module it does not use, so importing the statistics never pulls in zod, decimal.js or the
//   legal catalogue. A single bundled ESM file would defeat this: esbuild and rollup keep every top-level
//   `Object.freeze(...)` or `z.object(...)` call of a file they cannot split.
// - CJS, one bundled file per entry for `require` (Node does not tree-shake): dist/index.cjs and
//   dist/<area>/index.cjs. Each bundles what its area needs, so `require('khuyen-cong/quantity')` loads no
//   zod; a value made by one CJS entry is accepted by another (and by the ESM build) because identity is
//   checked by brand, not `instanceof` (isRatio, isMoney).
//
// Types: bundled `index.d.ts` / `<area>/index.d.ts` for the ESM entries and `.d.cts` for the CJS entries, so
// each module system sees declarations of its own format (checked by @arethetypeswrong/cli in test/package).
// The JSON Schemas are copied to dist/schemas/ (`khuyen-cong/schemas/<name>.json`).
/**
 * The areas with a package entry of their own (`khuyen-cong/quantity`, …), besides the root barrel. Keep in
 * step with `exports` and `typesVersions` in package.json (test/package checks both).
 */
export const AREA_ENTRIES = ['quantity', 'stats', 'claims', 'audit', 'geo', 'policy', 'eligibility', 'project', 'data'] as const;

/** `index` plus `<area>/index` for every area: the declaration (and CJS) entry points. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(AREA_ENTRIES.map((a) => [`${a}/index`, `src/${a}/index.ts`])),
};

/** Ships the JSON Schemas (generated from the zod schemas, kept in docs/schemas by a test) as dist/schemas/*.json. */
function copySchemas(): void {
  mkdirSync('dist/schemas', { recursive: true });
  for (const f of readdirSync('docs/schemas')) if (f.endsWith('.json')) copyFileSync(`docs/schemas/${f}`, `dist/schemas/${f}`);
}

const common = {
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  clean: false, // the two builds run concurrently: dist is cleaned once, below
} as const;

export default defineConfig(() => {
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      ...common,
      entry: ['src/**/*.ts', '!src/cli/**'],
      format: ['esm'],
      bundle: false,
      dts: { entry: entries },
      onSuccess: async () => copySchemas(),
    },
    {
      ...common,
      entry: entries,
      format: ['cjs'],
      bundle: true,
      treeshake: true,
      splitting: false,
      dts: { entry: entries },
    },
    // The `khuyen-cong` command (package.json `bin`: dist/cli/bin.js), Node-only: one file per module, importing
    // the library through ../index.js like any user; kept out of the library's entries (their import graphs).
    {
      ...common,
      entry: ['src/cli/**/*.ts'],
      outDir: 'dist/cli',
      format: ['esm'],
      bundle: false,
      platform: 'node',
      target: 'node20',
      dts: false,
    },
  ];
});
