import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Three builds of the same source (see docs/performance.md, "Build layout", "Bundle size" and "Cold start"):
//
// - ESM for bundlers and browsers, one output file per source module (`bundle: false`): dist/**/*.js. With
//   `"sideEffects": false` a consumer's bundler drops every module it does not use, so importing the statistics
//   never pulls in zod or the legal catalogue. A single bundled ESM file (or a few chunks) would defeat this:
//   esbuild and rollup keep every top-level `Object.freeze(...)` or `z.object(...)` call of a file they cannot
//   split (measured: the quantities + statistics bundle grows from 17 kB to 31 kB gzip from chunks).
// - ESM for Node (the `node` export condition): one bundled file per entry plus shared chunks (esbuild code
//   splitting), dist/node/**. Node does not tree-shake, and loading 150 small files costs more than loading 30
//   larger ones (measured in docs/performance.md, "Cold start"). Node picks this build, bundlers targeting the
//   browser pick the per-module one; one process always resolves to one of them.
// - CJS, one bundled file per entry for `require` (Node does not tree-shake): dist/index.cjs and
//   dist/<area>/index.cjs. Each bundles what its area needs, so `require('khuyen-cong/quantity')` loads no
//   zod; a value made by one CJS entry is accepted by another (and by the ESM build) because identity is
//   checked by brand, not `instanceof` (isRatio, isMoney).
// - In both Node builds the two date-fns functions the library uses (`addYears`, `lightFormat`, src/internal/date.ts)
//   are bundled, not imported: Node loads date-fns as ten small modules, ≈ 27 ms of CPU on a cold start of any
//   area that validates a date (docs/performance.md, "Cold start"). date-fns stays a dependency and the source of
//   truth: the per-module build imports it, so a bundler shares it with the client's own copy. zod is never
//   bundled: a client's schemas and the library's must share one zod instance.
//
// No source maps are shipped (decided in docs/performance.md, "Source maps": they were 5.0 of 8.0 MB, and the
// code they map is unminified and line for line the TypeScript). Modules with only types compile to empty
// files: they are removed after the build, so that dist/ holds no file that nothing loads.
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

/**
 * Removes the per-module build's empty files: a module of only types compiles to an empty file (or one with
 * only whitespace), which no entry imports (checked by test/package/dist.test.ts). Run after that build, on its
 * own output only (dist/node and dist/cli are other builds).
 */
function removeEmptyModules(dir = 'dist'): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (path !== 'dist/node' && path !== 'dist/cli' && path !== 'dist/schemas') removeEmptyModules(path);
    } else if (e.name.endsWith('.js') && readFileSync(path, 'utf8').trim() === '') {
      rmSync(path);
    }
  }
}

const common = {
  sourcemap: false,
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
      onSuccess: async () => {
        copySchemas();
        removeEmptyModules();
      },
    },
    {
      ...common,
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [`node/${name}`, file])),
      format: ['esm'],
      bundle: true,
      splitting: true,
      platform: 'node',
      target: 'node20',
      dts: false,
      // date-fns is bundled into this build (only `addYears` and `lightFormat`, ≈ 3 kB): loading its ten small
      // modules through Node's ESM loader cost ≈ 27 ms of CPU on a cold start, more than the rest of the
      // provinces area (docs/performance.md, "Cold start"). It stays a dependency: the per-module build imports
      // it, so a bundler dedupes it with the client's own copy. zod is never bundled (one shared instance).
      noExternal: ['date-fns'],
      esbuildOptions(options) {
        options.chunkNames = 'node/chunks/[name]-[hash]';
      },
    },
    {
      ...common,
      entry: entries,
      format: ['cjs'],
      bundle: true,
      treeshake: true,
      splitting: false,
      // As in the Node ESM build: `require` of date-fns's CJS files cost ≈ 16–20 ms of a cold `require` of the
      // provinces area; its two functions are bundled instead (zod is not: one shared instance).
      noExternal: ['date-fns'],
      dts: { entry: entries },
    },
    // The `khuyen-cong` command (package.json `bin`: dist/cli/bin.js), Node-only: one file per module, importing
    // the library through ../index.js like any user; kept out of the library's entries (their import graphs).
    {
      ...common,
      // src/cli/report.ts is the `npm run report` script (run from the sources by tsx), not part of the command.
      entry: ['src/cli/**/*.ts', '!src/cli/report.ts'],
      outDir: 'dist/cli',
      format: ['esm'],
      bundle: false,
      platform: 'node',
      target: 'node20',
      dts: false,
    },
  ];
});
