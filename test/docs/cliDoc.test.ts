/**
 * docs/cli.md: every ```console block is a session of `$ khuyen-cong …` commands (optionally fed by
 * `echo '…' |`), each followed by its stdout; lines starting with `stderr: ` are stderr lines; a last line `…`
 * makes the lines before it a prefix; a trailing `# exit N` gives the exit code (default 0). Each command is
 * run in-process from the repository root and its output compared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { ROOT } from './markdown.js';

interface Example {
  readonly line: number;
  readonly command: string;
  readonly expected: string[];
}

/** Splits a shell-like command line into words (single and double quotes). */
function words(s: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of s.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function examples(): Example[] {
  const lines = readFileSync(`${ROOT}/docs/cli.md`, 'utf8').split('\n');
  const out: Example[] = [];
  let inBlock = false;
  let current: Example | undefined;
  lines.forEach((l, i) => {
    if (l.startsWith('```')) {
      inBlock = !inBlock && l.trim() === '```console';
      current = undefined;
      return;
    }
    if (!inBlock) return;
    if (l.startsWith('$ ')) {
      current = { line: i + 1, command: l.slice(2), expected: [] };
      out.push(current);
    } else current?.expected.push(l);
  });
  return out;
}

const all = examples();

describe('docs/cli.md', { timeout: 60_000 }, () => {
  it('has a worked example for every verb but serve (a server: its block is not run)', () => {
    const verbs = new Set(all.map((e) => /khuyen-cong (\w+)/.exec(e.command)?.[1]));
    for (const v of ['report', 'parse', 'check', 'audit', 'eligibility', 'support', 'province', 'restate', 'schema', 'validate', 'test']) expect(verbs, v).toContain(v);
  });

  it.each(all.map((e) => [`line ${String(e.line)}: ${e.command}`, e] as const))('%s', async (_name, e) => {
    const exit = /#\s*exit (\d+)\s*$/.exec(e.command);
    const command = e.command.replace(/#\s*exit \d+\s*$/, '').trim();
    const piped = /^echo '([^']*)' \| (.*)$/.exec(command);
    const argv = words(piped === null ? command : (piped[2] as string));
    expect(argv[0]).toBe('khuyen-cong');
    const cwd = process.cwd();
    process.chdir(ROOT);
    let r;
    try {
      r = await runCli(argv.slice(1), piped === null ? '' : `${piped[1] as string}\n`);
    } finally {
      process.chdir(cwd);
    }
    expect(r.code).toBe(exit === null ? 0 : Number(exit[1]));
    const err = e.expected.filter((l) => l.startsWith('stderr: ')).map((l) => l.slice('stderr: '.length));
    const out = e.expected.filter((l) => !l.startsWith('stderr: '));
    const printed = r.out.replaceAll('\r\n', '\n').split('\n');
    if (printed[printed.length - 1] === '') printed.pop();
    if (out[out.length - 1] === '…') {
      const head = out.slice(0, -1);
      const tail = head.lastIndexOf('…');
      if (tail < 0) expect(printed.slice(0, head.length)).toEqual(head);
      else {
        // "a … b …": the lines before the inner … are a prefix, the lines after it follow somewhere later.
        expect(printed.slice(0, tail)).toEqual(head.slice(0, tail));
        const rest = head.slice(tail + 1);
        expect(printed.join('\n')).toContain(rest.join('\n'));
      }
    } else if (out.includes('…')) {
      const k = out.indexOf('…');
      expect(printed.slice(0, k)).toEqual(out.slice(0, k));
      expect(printed.slice(printed.length - (out.length - k - 1))).toEqual(out.slice(k + 1));
    } else expect(printed).toEqual(out);
    if (err.length > 0) expect(r.err.trimEnd().split('\n')).toEqual(err);
  });
});
