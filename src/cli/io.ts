/**
 * Where the command reads and writes: injected streams (the real process's in bin.ts, in-memory ones in the
 * tests), files and stdin (`-`), JSON in and out.
 */
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { CliError } from './errors.js';

/** The command's environment. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stdout is a terminal (colours in the report only then, unless NO_COLOR is set). */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTTY: boolean;
  /** Today's date, YYYY-MM-DD (injected so that tests are deterministic). */
  readonly today: string;
}

/** Reads all of a stream as UTF-8 text, with a size cap. */
export async function readStream(stream: Readable, maxBytes = 256 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new CliError('cli.too-large', { vi: `dữ liệu vào quá lớn (hơn ${String(maxBytes)} byte)`, en: `input too large (over ${String(maxBytes)} bytes)` });
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The error for a file that cannot be read. */
export function fileError(file: string, e: unknown): CliError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new CliError('cli.file-not-found', { vi: `không tìm thấy tệp "${file}"`, en: `file not found: "${file}"` });
  if (code === 'EISDIR') return new CliError('cli.file-unreadable', { vi: `"${file}" là thư mục, không phải tệp`, en: `"${file}" is a directory, not a file` });
  return new CliError('cli.file-unreadable', { vi: `không đọc được tệp "${file}" (${String(code)})`, en: `cannot read the file "${file}" (${String(code)})` });
}

/** Reads a file, or stdin for `-`, as UTF-8 text (a leading BOM removed). */
export async function readText(io: CliIo, file: string): Promise<string> {
  let text: string;
  if (file === '-') text = await readStream(io.stdin);
  else {
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw fileError(file, e);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text; a syntax error is an input error (exit 2) naming the file. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const name = file === '-' ? 'stdin' : file;
    throw new CliError('cli.bad-json', { vi: `${name}: JSON không hợp lệ (${detail})`, en: `${name}: invalid JSON (${detail})` });
  }
}

/** Reads and parses a JSON file (or stdin). */
export async function readJson(io: CliIo, file: string): Promise<unknown> {
  return parseJsonText(await readText(io, file), file);
}

/** JSON text of a result: bigints as strings, two-space indentation. */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), indent);
}

/** Writes text to a stream and waits until it is flushed (or buffered below the high-water mark). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (err) => {
      if (err) reject(err);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
