/**
 * A small, strict RFC 4180 CSV reader and writer, streaming: the reader takes text chunks and returns the
 * complete records they end, so memory holds at most one partial record (capped) plus one chunk.
 *
 * Accepted: fields separated by commas; records ended by CRLF or LF (the last may have no line break); fields
 * in double quotes may contain commas, line breaks and doubled quotes (`""`). Refused, with the line number:
 * a quote inside an unquoted field, text after a closing quote, a bare CR, an unterminated quoted field, a
 * record over the size cap. Blank lines are skipped. The writer quotes a field only when it must (comma,
 * quote, CR or LF) and ends records with CRLF.
 */

/** A CSV syntax error, with the 1-based line where its record starts. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly vi: string;
  readonly en: string;
  constructor(line: number, vi: string, en: string) {
    super(`line ${String(line)}: ${en}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.vi = vi;
    this.en = en;
  }
}

/** One record, the line it starts on, and its text as written (without the line break). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
  readonly raw: string;
}

const SPECIAL = /[,\r\n"]/g;

/** The default cap on one record's length, in characters. */
export const MAX_RECORD_CHARS = 1 << 20;

/** The streaming reader. */
export class CsvReader {
  private buf = '';
  private line = 1;
  private readonly maxRecord: number;

  constructor(options: { readonly maxRecordChars?: number } = {}) {
    this.maxRecord = options.maxRecordChars ?? MAX_RECORD_CHARS;
  }

  /** Adds a chunk; returns the records it completes. @throws CsvSyntaxError */
  push(chunk: string): CsvRecord[] {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    return this.drain(false);
  }

  /** Ends the input; returns the last records. @throws CsvSyntaxError */
  end(): CsvRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRecord[] {
    const s = this.buf;
    const out: CsvRecord[] = [];
    let pos = 0;
    while (pos < s.length) {
      const r = this.record(s, pos, final);
      if (r === undefined) break;
      if (!(r.fields.length === 1 && r.fields[0] === '' && r.empty)) out.push({ fields: r.fields, line: this.line, raw: s.slice(pos, r.end) });
      this.line += r.lines;
      pos = r.next;
    }
    this.buf = pos === 0 ? s : s.slice(pos);
    if (!final && this.buf.length > this.maxRecord) {
      throw new CsvSyntaxError(this.line, `bản ghi dài quá ${String(this.maxRecord)} ký tự`, `record longer than ${String(this.maxRecord)} characters`);
    }
    return out;
  }

  /** Parses one record from `pos`; undefined when more input is needed. */
  private record(s: string, pos: number, final: boolean): { fields: string[]; next: number; end: number; lines: number; empty: boolean } | undefined {
    const fields: string[] = [];
    let p = pos;
    let lines = 1;
    for (;;) {
      if (p < s.length && s.charCodeAt(p) === 34 /* " */) {
        let value = '';
        let from = p + 1;
        for (;;) {
          const q = s.indexOf('"', from);
          if (q < 0) {
            if (final) throw new CsvSyntaxError(this.line, 'trường trong ngoặc kép không được đóng', 'unterminated quoted field');
            return undefined;
          }
          value += s.slice(from, q);
          if (q + 1 < s.length && s.charCodeAt(q + 1) === 34) {
            value += '"';
            from = q + 2;
            continue;
          }
          if (q + 1 >= s.length && !final) return undefined;
          p = q + 1;
          break;
        }
        for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lines += 1;
        fields.push(value);
      } else {
        SPECIAL.lastIndex = p;
        const m = SPECIAL.exec(s);
        if (m === null) {
          if (!final) return undefined;
          fields.push(s.slice(p));
          return { fields, next: s.length, end: s.length, lines, empty: fields.length === 1 && p === s.length };
        }
        if (m[0] === '"') {
          throw new CsvSyntaxError(this.line, 'dấu ngoặc kép nằm giữa trường không có ngoặc kép', 'a quote inside an unquoted field');
        }
        fields.push(s.slice(p, m.index));
        p = m.index;
      }
      // After a field: a comma, a line break, or the end of the input.
      if (p >= s.length) {
        if (!final) return undefined;
        return { fields, next: p, end: p, lines, empty: false };
      }
      const c = s.charCodeAt(p);
      if (c === 44 /* , */) {
        p += 1;
        continue;
      }
      if (c === 10 /* \n */) return { fields, next: p + 1, end: p, lines, empty: fields.length === 1 && fields[0] === '' && p === pos };
      if (c === 13 /* \r */) {
        if (p + 1 >= s.length) {
          if (!final) return undefined;
          throw new CsvSyntaxError(this.line, 'ký tự CR không đi kèm LF', 'a CR not followed by LF');
        }
        if (s.charCodeAt(p + 1) !== 10) throw new CsvSyntaxError(this.line, 'ký tự CR không đi kèm LF', 'a CR not followed by LF');
        return { fields, next: p + 2, end: p, lines, empty: fields.length === 1 && fields[0] === '' && p === pos };
      }
      throw new CsvSyntaxError(this.line, 'có ký tự sau dấu ngoặc kép đóng', 'text after a closing quote');
    }
  }
}

/** Reads a whole CSV text (for small inputs and tests). @throws CsvSyntaxError */
export function readCsv(text: string): CsvRecord[] {
  const r = new CsvReader();
  return [...r.push(text), ...r.end()];
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written in CSV: quoted when it contains a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record as a CSV line ending in CRLF. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
