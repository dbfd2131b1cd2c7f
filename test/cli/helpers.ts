/** Runs the command in-process with in-memory streams (the unit tests; the package tests spawn the real bin). */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** What one run printed and returned. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `khuyen-cong ...argv` with `stdin` as its input and 2026-12-06 as today. */
export async function runCli(argv: readonly string[], stdin = '', options: { readonly stderrIsTTY?: boolean } = {}): Promise<Run> {
  const input = new PassThrough();
  input.end(stdin);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(argv, { stdin: input, stdout, stderr, stdoutIsTTY: false, stderrIsTTY: options.stderrIsTTY ?? false, today: '2026-12-06' });
  return { code, out: out(), err: err() };
}
