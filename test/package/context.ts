/**
 * What the `package` project's global setup (globalSetup.ts) hands to its tests: the packed tarball and a
 * scratch consumer project in the OS temp directory with that tarball installed from the registry cache.
 */
import { inject } from 'vitest';

/** The result of building, packing and installing once per test run. */
export interface PackageContext {
  /** Absolute path of the `npm pack` tarball. */
  readonly tarball: string;
  /** Absolute path of a scratch project (outside the repository) with the tarball installed. */
  readonly consumerDir: string;
  /** Seconds spent in each step, printed by the setup. */
  readonly timings: Readonly<Record<string, number>>;
  /** Set when a step failed: the tests then fail with this message instead of the whole run aborting. */
  readonly error?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    khuyenCongPackage: PackageContext;
  }
}

/**
 * The package built, packed and installed by the global setup.
 * @throws Error with the failing step's output when the setup did not complete.
 */
export function packageContext(): PackageContext {
  const ctx = inject('khuyenCongPackage');
  if (ctx.error !== undefined) throw new Error(`package setup failed:\n${ctx.error}`);
  return ctx;
}
