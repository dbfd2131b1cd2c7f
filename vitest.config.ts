import { defineConfig } from 'vitest/config';

// Four kinds of tests, run as separate projects (see ../docs/reliability.md and ../docs/performance.md):
// *.test.ts examples from the sources, *.prop.test.ts fast-check invariants, *.test-d.ts type tests, and the
// `package` project: the built, packed and installed package used by real clients (Node CJS/ESM, TypeScript,
// headless Chromium) plus size budgets. Its global setup builds, packs and installs once per run, and only runs
// when a test of that project is selected.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.prop.test.ts', 'test/package/**', 'test/browser/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'prop',
          include: ['test/**/*.prop.test.ts'],
        },
      },
      {
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/package/globalSetup.ts'],
          // These tests spawn compilers, npm and a browser: generous limits, measured well below them.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { statements: 95, branches: 95, functions: 95, lines: 95 },
    },
  },
});
