/**
 * Helpers shared by the package tests (test/package, test/browser) and the benchmarks: the project root, the
 * devDependencies' command-line entry points, and a child-process runner whose errors carry the full output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const requireFromRoot = createRequire(join(ROOT, 'package.json'));

/** Absolute path of a file inside an installed package (resolved from the project root). */
export function packageFile(pkg: string, file: string): string {
  return join(dirname(requireFromRoot.resolve(`${pkg}/package.json`)), file);
}

/** The JavaScript entry points of the command-line tools the package tests run with `node`. */
export const CLI = {
  tsup: () => packageFile('tsup', 'dist/cli-default.js'),
  tsc: () => packageFile('typescript', 'bin/tsc'),
  attw: () => packageFile('@arethetypeswrong/cli', 'dist/index.js'),
} as const;

/** Where Debian's Chromium lives; the browser test and .ci/run use this path. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Debian's Chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Options of {@link run}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/**
 * Runs a program synchronously and returns its standard output.
 * @throws Error with the command line, exit status, stdout and stderr when the program fails.
 */
export function run(file: string, args: readonly string[], options: RunOptions = {}): string {
  try {
    return execFileSync(file, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { status?: number | null; stdout?: string; stderr?: string; message: string };
    throw new Error(
      [
        `command failed (status ${String(err.status)}): ${file} ${args.join(' ')}`,
        `cwd: ${options.cwd ?? ROOT}`,
        `--- stdout ---\n${err.stdout ?? ''}`,
        `--- stderr ---\n${err.stderr ?? err.message}`,
      ].join('\n'),
    );
  }
}

/** Runs a Node.js script (a CLI entry point or a file) with the current Node binary. */
export function runNode(script: string, args: readonly string[], options: RunOptions = {}): string {
  return run(process.execPath, [script, ...args], options);
}

/**
 * The environment for a child npm: the caller's, minus what an enclosing `npm test` sets about *this* project
 * (`npm_config_local_prefix` would point a child `npm install` in a scratch directory back at the project).
 */
export function childNpmEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^(npm_config_local_prefix|npm_package_.*|npm_lifecycle_.*|npm_command|INIT_CWD)$/i.test(k)) continue;
    out[k] = v;
  }
  return { ...out, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

/** Runs npm (from PATH) without update notices, audits or funding messages. */
export function runNpm(args: readonly string[], options: RunOptions = {}): string {
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { ...options, env: childNpmEnv(options.env) });
}
