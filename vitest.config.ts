import { defineConfig } from 'vitest/config';

// Three kinds of tests, run as separate projects (see ../docs/reliability.md):
// *.test.ts examples from the sources, *.prop.test.ts fast-check invariants, *.test-d.ts type tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.prop.test.ts', 'node_modules/**'],
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
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { statements: 0, branches: 0, functions: 0, lines: 0 },
    },
  },
});
