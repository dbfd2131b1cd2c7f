import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Two builds of the same source (see docs/performance.md, "Bundle size"):
//
// - ESM, one output file per source module (`bundle: false`). With `"sideEffects": false` a consumer's bundler
//   drops every module it does not use, so importing the statistics never pulls in zod, decimal.js or the
//   legal catalogue. A single bundled ESM file would defeat this: esbuild and rollup keep every top-level
//   `Object.freeze(...)` or `z.object(...)` call of a file they cannot split.
// - CJS, one bundled file for `require` (Node does not tree-shake).
//
// Types: one bundled `index.d.ts` for the ESM entry and one `index.d.cts` for the CJS entry, so each module
// system sees declarations of its own format (checked by @arethetypeswrong/cli in test/package).
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
      dts: { entry: { index: 'src/index.ts' } },
    },
    {
      ...common,
      entry: { index: 'src/index.ts' },
      format: ['cjs'],
      bundle: true,
      treeshake: true,
      splitting: false,
      dts: { entry: { index: 'src/index.ts' } },
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
