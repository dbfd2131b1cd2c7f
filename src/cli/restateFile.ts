/**
 * The streaming driver of `restate`: reads the CSV in chunks (a file or stdin), writes each batch of restated
 * rows with back-pressure, so memory stays flat whatever the file's size. With --out the rows go to a
 * temporary file in the same directory, renamed over FILE only when everything succeeded: on any error the
 * temporary file is removed and FILE is untouched. On stdout, a problem found before the first row (a
 * missing file, a wrong header) writes nothing; a syntax error further down stops at a record boundary.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { requirePositional, type ParsedArgs } from './args.js';
import { CsvReader, CsvSyntaxError, csvField, csvLine, type CsvRecord } from './csv.js';
import { CliError, EXIT } from './errors.js';
import { fileError, write, type CliIo } from './io.js';
import { addedColumns, mapHeader, readAmount, Restater, type CsvColumns, type RestateTarget } from './restate.js';

/** Counts of a restate run. */
export interface RestateStats {
  rows: number;
  restated: number;
  warnings: number;
}

const MAX_WARNING_LINES = 20;

/** readAmount with a bounded cache for text amounts ("1,42 tỷ"): a file repeats them. */
class AmountCache {
  private readonly cache = new Map<string, ReturnType<typeof readAmount>>();
  read(text: string): ReturnType<typeof readAmount> {
    if (text.length <= 16 && /^\d+$/.test(text)) return readAmount(text);
    const hit = this.cache.get(text);
    if (hit !== undefined) return hit;
    const r = readAmount(text);
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(text, r);
    return r;
  }
}

/**
 * Restates a CSV stream into a writable stream.
 * @throws CliError (exit 2) for a wrong header, a syntax error, a row with the wrong number of fields, bad UTF-8.
 */
export async function restateStream(
  input: AsyncIterable<Buffer | string>,
  output: Writable,
  target: RestateTarget,
  onWarning: (line: number, vi: string, en: string) => void,
  onProgress?: (rows: number) => void,
): Promise<RestateStats> {
  const reader = new CsvReader();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const restater = new Restater(target);
  const amounts = new AmountCache();
  const stats: RestateStats = { rows: 0, restated: 0, warnings: 0 };
  let columns: CsvColumns | undefined;
  let width = 0;

  const handle = (records: readonly CsvRecord[]): string => {
    let out = '';
    for (const r of records) {
      if (columns === undefined) {
        columns = mapHeader(r.fields);
        width = r.fields.length;
        out += csvLine([...r.fields, ...addedColumns(columns.lang, target)]);
        continue;
      }
      if (r.fields.length !== width) {
        throw new CliError('cli.csv-syntax', {
          vi: `CSV dòng ${String(r.line)}: có ${String(r.fields.length)} trường, tiêu đề có ${String(width)}`,
          en: `CSV line ${String(r.line)}: ${String(r.fields.length)} fields, the header has ${String(width)}`,
        });
      }
      stats.rows += 1;
      const f = r.fields;
      const t = restater.targetOf(f[columns.province] as string, f[columns.period] as string);
      const amountText = f[columns.amount] as string;
      const amount = amountText.trim() === '' ? { vi: 'thiếu kinh phí', en: 'the amount is missing' } : amounts.read(amountText);
      // The input columns are copied as written (the reader has checked them); only the two new ones are encoded.
      if ('warning' in t) {
        stats.warnings += 1;
        onWarning(r.line, t.warning.vi, t.warning.en);
        out += `${r.raw},,\r\n`;
      } else {
        stats.restated += 1;
        if (!('dong' in amount)) {
          stats.warnings += 1;
          onWarning(r.line, amount.vi, amount.en);
        }
        out += `${r.raw},${t.code},${csvField(t.name)}\r\n`;
      }
      if (onProgress !== undefined && (stats.rows === 10_000 || stats.rows % 100_000 === 0)) onProgress(stats.rows);
    }
    return out;
  };

  const decode = (chunk: Buffer | string, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new CliError('cli.csv-encoding', { vi: 'CSV không phải UTF-8 hợp lệ', en: 'the CSV is not valid UTF-8' });
    }
  };

  try {
    for await (const chunk of input) {
      const text = handle(reader.push(decode(chunk, true)));
      if (text !== '') await write(output, text);
    }
    const text = handle([...reader.push(decode(Buffer.alloc(0), false)), ...reader.end()]);
    if (text !== '') await write(output, text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      throw new CliError('cli.csv-syntax', { vi: `CSV dòng ${String(e.line)}: ${e.vi}`, en: `CSV line ${String(e.line)}: ${e.en}` });
    }
    throw e;
  }
  if (columns === undefined) {
    throw new CliError('cli.csv-header', { vi: 'CSV rỗng: không có dòng tiêu đề', en: 'empty CSV: no header row' });
  }
  return stats;
}

async function openInput(io: CliIo, file: string): Promise<Readable> {
  if (file === '-') return io.stdin;
  try {
    const fh = await open(file, 'r');
    return fh.createReadStream({ highWaterMark: 256 * 1024 });
  } catch (e) {
    throw fileError(file, e);
  }
}

/** `khuyen-cong restate FILE.csv|- [--to current|legacy] [--out FILE]`. */
export async function runRestate(a: ParsedArgs, io: CliIo): Promise<number> {
  const file = requirePositional(a, { vi: 'tệp CSV (hoặc -)', en: 'the CSV file (or -)' });
  const to = a.values['to'] ?? 'current';
  if (to !== 'current' && to !== 'legacy') {
    throw new CliError('cli.option-value', { vi: `--to: "${String(to)}" không hợp lệ (current hoặc legacy)`, en: `--to: "${String(to)}" is not valid (current or legacy)` });
  }
  const outFile = typeof a.values['out'] === 'string' ? a.values['out'] : undefined;
  const input = await openInput(io, file);
  let shown = 0;
  const warn = (line: number, vi: string, en: string): void => {
    shown += 1;
    if (shown > MAX_WARNING_LINES) return;
    const first = a.locale === 'vi' ? `dòng ${String(line)}: ${vi}` : `line ${String(line)}: ${en}`;
    const second = a.locale === 'vi' ? `line ${String(line)}: ${en}` : `dòng ${String(line)}: ${vi}`;
    io.stderr.write(`khuyen-cong restate: ${a.locale === 'vi' ? 'cảnh báo' : 'warning'}: ${first} / ${second}\n`);
  };
  const progress = io.stderrIsTTY ? (rows: number) => io.stderr.write(`\r${rows.toLocaleString('en-US')} ${a.locale === 'vi' ? 'dòng' : 'rows'}…`) : undefined;

  let sink: Writable = io.stdout;
  let tmp: string | undefined;
  if (outFile !== undefined) {
    tmp = join(dirname(outFile), `.${basename(outFile)}.${String(process.pid)}.${Date.now().toString(36)}.tmp`);
    const ws: WriteStream = createWriteStream(tmp, { flags: 'wx' });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', (e) => reject(new CliError('cli.out-unwritable', { vi: `không ghi được "${outFile}" (${(e as { code?: string }).code ?? e.message})`, en: `cannot write "${outFile}" (${(e as { code?: string }).code ?? e.message})` })));
    });
    sink = ws;
  }
  let stats: RestateStats;
  try {
    stats = await restateStream(input, sink, to, warn, progress);
    if (tmp !== undefined && outFile !== undefined) {
      (sink as WriteStream).end();
      await finished(sink);
      await rename(tmp, outFile);
      tmp = undefined;
    }
  } finally {
    if (tmp !== undefined) {
      (sink as WriteStream).destroy();
      await rm(tmp, { force: true });
    }
    input.destroy();
    if (progress !== undefined) io.stderr.write('\r\u001b[K');
  }
  if (shown > MAX_WARNING_LINES) {
    io.stderr.write(`khuyen-cong restate: … ${String(shown - MAX_WARNING_LINES)} ${a.locale === 'vi' ? 'cảnh báo khác / more warnings' : 'more warnings / cảnh báo khác'}\n`);
  }
  const summary =
    a.locale === 'vi'
      ? `khuyen-cong restate: ${String(stats.rows)} dòng, ${String(stats.restated)} đã chuyển, ${String(stats.warnings)} cảnh báo`
      : `khuyen-cong restate: ${String(stats.rows)} rows, ${String(stats.restated)} restated, ${String(stats.warnings)} warnings`;
  if (stats.warnings > 0 || outFile !== undefined) io.stderr.write(`${summary}\n`);
  return EXIT.ok;
}

