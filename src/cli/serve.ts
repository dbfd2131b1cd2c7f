/**
 * `khuyen-cong serve`: the verbs as a stateless JSON HTTP API on node:http. Bound to 127.0.0.1 by default;
 * request bodies capped (1 MB by default, 413 beyond); a time limit per request (408 when the body does not
 * arrive in time); bounded concurrency (requests beyond the limit wait in a bounded queue, 503 when it is
 * full); errors as JSON with the library's codes and messages in both languages; GET /openapi.json generated
 * from the same schemas. Stops cleanly on SIGTERM or SIGINT: no new connections, in-flight requests answered.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { KhuyenCongError } from '../index.js';
import type { ParsedArgs } from './args.js';
import { CliError, EXIT, errorText } from './errors.js';
import { write, type CliIo } from './io.js';
import { checkClaims, eligibility, parseTexts, provinces, restateRows, support } from './ops.js';
import { openApiDocument, SCHEMA_NAMES, SCHEMAS } from './schemas.js';

/** Options of {@link startServer}. */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** The largest request body, in bytes. */
  readonly maxBodyBytes: number;
  /** The time limit of one request, from when it is taken up, in milliseconds. */
  readonly timeoutMs: number;
  /** How many requests are processed at once; the others wait. */
  readonly concurrency: number;
  /** How many requests may wait; beyond, 503. */
  readonly maxQueue: number;
  /** Today's date (province successors). */
  readonly today: string;
}

/** The defaults of {@link ServeOptions}. */
export const SERVE_DEFAULTS = Object.freeze({ port: 8080, host: '127.0.0.1', maxBodyBytes: 1024 * 1024, timeoutMs: 10_000, concurrency: 16, maxQueue: 1024 });

function version(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: { vi: string; en: string },
  ) {
    super(text.en);
  }
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...extra });
  res.end(text);
}

function sendError(res: ServerResponse, e: unknown, extra: Record<string, string> = {}): void {
  if (e instanceof HttpError) {
    send(res, e.status, { error: { code: e.code, message: e.text, issues: [] } }, extra);
    return;
  }
  const known = errorText(e);
  if (known !== undefined) {
    const issues = e instanceof KhuyenCongError ? e.issues : [{ code: known.code, path: [], message: known.text }];
    send(res, 400, { error: { code: known.code, message: known.text, issues } }, extra);
    return;
  }
  send(res, 500, { error: { code: 'internal', message: { vi: 'lỗi nội bộ', en: 'internal error' }, issues: [] } }, extra);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      reject(new HttpError(413, 'http.body-too-large', { vi: `nội dung yêu cầu quá ${String(max)} byte`, en: `request body over ${String(max)} bytes` }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > max) {
        over = true;
        reject(new HttpError(413, 'http.body-too-large', { vi: `nội dung yêu cầu quá ${String(max)} byte`, en: `request body over ${String(max)} bytes` }));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HttpError(400, 'cli.bad-json', { vi: `JSON không hợp lệ (${(e as Error).message})`, en: `invalid JSON (${(e as Error).message})` });
  }
}

const field = (body: unknown, key: string): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined);

function listField(body: unknown, key: string): unknown[] {
  const v = field(body, key);
  if (!Array.isArray(v)) throw new CliError('http.bad-body', { vi: `cần trường "${key}" là một mảng`, en: `expected the field "${key}" as an array` });
  if (v.length > 10_000) throw new CliError('http.bad-body', { vi: `"${key}" có quá 10 000 phần tử`, en: `"${key}" has over 10,000 items` });
  return v;
}

type Route = (body: unknown, today: string) => unknown;

const POST: Readonly<Record<string, Route>> = {
  '/eligibility': (b) => eligibility(field(b, 'applicant'), field(b, 'at')),
  '/support': (b) => support(field(b, 'item'), field(b, 'cost') ?? field(b, 'eligibleCost'), field(b, 'at')),
  '/claims/check': (b) => ({ results: checkClaims(b).results }),
  '/parse': (b) => ({ quantities: parseTexts(listField(b, 'texts')) }),
  '/province': (b, today) => {
    const at = field(b, 'at') ?? today;
    if (typeof at !== 'string') throw new CliError('date.invalid', { vi: '"at" phải là ngày YYYY-MM-DD', en: '"at" must be a YYYY-MM-DD date' });
    return { provinces: provinces(listField(b, 'names'), at, today) };
  },
  '/restate': (b) => ({ rows: restateRows(b) }),
};

/** A running server. */
export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting connections and resolves when in-flight requests are answered. */
  close(): Promise<void>;
}

/** Starts the server. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const openapi = openApiDocument(version());
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    active -= 1;
    const next = queue.shift();
    if (next !== undefined) {
      active += 1;
      next();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/openapi.json') return send(res, 200, openapi);
      if (path === '/health') return send(res, 200, { status: 'ok' });
      const m = /^\/schemas\/([a-z-]+)(?:\.json)?$/.exec(path);
      const entry = m === null ? undefined : SCHEMAS[m[1] as string];
      if (entry !== undefined) return send(res, 200, entry.schema());
      if (m !== null) throw new HttpError(404, 'http.unknown-schema', { vi: `không có schema này (có: ${SCHEMA_NAMES.join(', ')})`, en: `no such schema (known: ${SCHEMA_NAMES.join(', ')})` });
    }
    const route = POST[path];
    if (route === undefined) throw new HttpError(404, 'http.not-found', { vi: `không có đường dẫn ${path.slice(0, 60)}`, en: `no route ${path.slice(0, 60)}` });
    if (req.method !== 'POST') throw new HttpError(405, 'http.method', { vi: 'chỉ nhận POST', en: 'only POST is accepted' });
    const body = parseBody(await readBody(req, options.maxBodyBytes));
    return send(res, 200, route(body, options.today));
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const run = (): void => {
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        release();
      };
      const timer = setTimeout(() => {
        sendError(res, new HttpError(408, 'http.timeout', { vi: 'quá thời gian xử lý yêu cầu', en: 'request time limit exceeded' }), { connection: 'close' });
        finish();
        req.destroy();
      }, options.timeoutMs);
      res.once('close', finish);
      handle(req, res).then(finish, (e: unknown) => {
        const tooLarge = e instanceof HttpError && e.status === 413;
        sendError(res, e, tooLarge ? { connection: 'close' } : {});
        if (tooLarge) req.resume();
        finish();
      });
    };
    if (active < options.concurrency) {
      active += 1;
      run();
    } else if (queue.length < options.maxQueue) {
      queue.push(run);
    } else {
      sendError(res, new HttpError(503, 'http.busy', { vi: 'máy chủ đang bận, thử lại sau', en: 'server busy, retry later' }), { 'retry-after': '1' });
    }
  };

  const server = createServer({ requestTimeout: options.timeoutMs + 5_000, headersTimeout: Math.min(options.timeoutMs + 5_000, 60_000), keepAliveTimeout: 5_000 }, onRequest);
  server.maxHeadersCount = 100;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const addr = server.address() as AddressInfo;
      const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        server,
        url: `http://${host}:${String(addr.port)}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

function intOption(a: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = a.values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || n < min || n > max) {
    throw new CliError('cli.option-value', { vi: `--${name}: "${String(v)}" không phải số nguyên từ ${String(min)} đến ${String(max)}`, en: `--${name}: "${String(v)}" is not an integer from ${String(min)} to ${String(max)}` });
  }
  return n;
}

/** `khuyen-cong serve [--port N] [--host H]`: runs until SIGTERM or SIGINT. */
export async function runServe(a: ParsedArgs, io: CliIo): Promise<number> {
  const options: ServeOptions = {
    port: intOption(a, 'port', SERVE_DEFAULTS.port, 0, 65535),
    host: typeof a.values['host'] === 'string' ? a.values['host'] : SERVE_DEFAULTS.host,
    maxBodyBytes: intOption(a, 'max-body', SERVE_DEFAULTS.maxBodyBytes, 1, 64 * 1024 * 1024),
    timeoutMs: intOption(a, 'timeout', SERVE_DEFAULTS.timeoutMs, 1, 600_000),
    concurrency: intOption(a, 'concurrency', SERVE_DEFAULTS.concurrency, 1, 1024),
    maxQueue: SERVE_DEFAULTS.maxQueue,
    today: io.today,
  };
  let running: RunningServer;
  try {
    running = await startServer(options);
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e as Error).message;
    throw new CliError('cli.listen', { vi: `không mở được ${options.host}:${String(options.port)} (${code})`, en: `cannot listen on ${options.host}:${String(options.port)} (${code})` });
  }
  await write(io.stderr, `khuyen-cong serve: ${a.locale === 'vi' ? 'đang nghe tại' : 'listening on'} ${running.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void running.close().then(resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await write(io.stderr, `khuyen-cong serve: ${a.locale === 'vi' ? 'đã dừng' : 'stopped'}\n`);
  return EXIT.ok;
}
