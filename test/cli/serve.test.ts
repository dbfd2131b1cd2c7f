/**
 * `serve` over real HTTP on 127.0.0.1 (port 0), in-process: every endpoint, the body cap, malformed JSON,
 * the library's error codes, 200 concurrent requests through a concurrency limit of 4 (all answered), the
 * OpenAPI document. The clean SIGTERM stop is checked on the spawned command in test/package/cli.test.ts.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVE_DEFAULTS, startServer, type RunningServer } from '../../src/cli/serve.js';
import { SCHEMA_NAMES } from '../../src/cli/schemas.js';

let srv: RunningServer;

beforeAll(async () => {
  srv = await startServer({ ...SERVE_DEFAULTS, port: 0, concurrency: 4, today: '2026-12-06' });
});
afterAll(async () => {
  await srv.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${srv.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('khuyen-cong serve', { timeout: 60_000 }, () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(srv.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it('POST /eligibility: quận in 2024 is ineligible, with the cited explanation', async () => {
    const r = await post('/eligibility', { applicant: { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, at: '2024-01-01' });
    expect(r.status).toBe(200);
    expect(r.json.outcome).toBe('ineligible');
    expect(r.json.explanation.en).toContain('Decree 45/2012/ND-CP, Art. 1(2)(a)');
  });
  it('POST /support: 30% of 5 tỷ capped at 1 tỷ (TT 28/2018 Art. 8(2))', async () => {
    const r = await post('/support', { item: 'DEMO_MODEL_NEW_TECH', cost: '5 tỷ', at: '2019-06-01' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, value: { support: 1_000_000_000, binding: 'absolute-cap' } });
  });
  it('POST /claims/check: seed 003\'s sum is inconsistent', async () => {
    const r = await post('/claims/check', [{ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' }]);
    expect(r.json.results[0].status).toBe('inconsistent');
  });
  it('POST /parse, /province, /restate', async () => {
    expect((await post('/parse', { texts: ['54,06 tỷ đồng'] })).json.quantities[0]).toMatchObject({ kind: 'money', value: '54060000000' });
    expect((await post('/province', { names: ['Bạc Liêu'], at: '2020-01-01' })).json.provinces[0]).toMatchObject({ code: '95', today: { code: '96' } });
    const rows = (await post('/restate', { rows: [{ province: 'Bạc Liêu', period: '2014-2018', amount: 6_979_000_000 }, { province: 'Narnia', period: '2020', amount: '1,2 tỷ' }] })).json.rows;
    expect(rows[0]).toMatchObject({ code: '96', name: 'Tỉnh Cà Mau' });
    expect(rows[1]).toMatchObject({ code: null, warning: { en: 'No province or municipality matches "Narnia".' } });
  });
  it('GET /schemas/:name and /openapi.json (3.1, every route, the schemas)', async () => {
    for (const name of SCHEMA_NAMES) expect((await fetch(`${srv.url}/schemas/${name}`)).status).toBe(200);
    const missing = await fetch(`${srv.url}/schemas/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).error.code).toBe('http.unknown-schema');
    const doc = (await (await fetch(`${srv.url}/openapi.json`)).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/claims/check', '/eligibility', '/openapi.json', '/parse', '/province', '/restate', '/schemas/{name}', '/support']);
    expect(doc.components.schemas['programme-report'].title).toBe('ProgrammeReport');
  });
  it('errors are JSON with the library\'s codes: bad input 400, malformed JSON 400, unknown route 404, wrong method 405', async () => {
    const bad = await post('/eligibility', { applicant: {}, at: '2024-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('date.invalid');
    expect(bad.json.error.message.vi).toMatch(/\S/);
    const malformed = await post('/support', '{"item":');
    expect(malformed).toMatchObject({ status: 400, json: { error: { code: 'cli.bad-json' } } });
    expect((await post('/nope', {})).status).toBe(404);
    expect((await fetch(`${srv.url}/eligibility`)).status).toBe(405);
  });
  it('a body over the 1 MB cap is refused with 413, and the server keeps answering', async () => {
    const big = JSON.stringify({ texts: ['x'.repeat(SERVE_DEFAULTS.maxBodyBytes + 10)] });
    const r = await post('/parse', big);
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('http.body-too-large');
    // Without a content-length (chunked), the cap is counted as the body arrives.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${srv.url}/parse`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(100_000));
      req.end();
    });
    expect(status).toBe(413);
    expect((await post('/parse', { texts: ['1 tỷ'] })).status).toBe(200);
  });
  it('200 concurrent requests through a concurrency limit of 4: all answered, none lost', { timeout: 60_000 }, async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post('/eligibility', { applicant: { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: i % 2 === 0 ? 'QUAN' : 'XA' } }, at: '2024-01-01' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(200));
    expect(results.filter((r, i) => i % 2 === 0 && r.json.outcome === 'ineligible')).toHaveLength(100);
  });
  it('a request whose body does not arrive within the time limit gets 408, as JSON', async () => {
    const slow = await startServer({ ...SERVE_DEFAULTS, port: 0, timeoutMs: 200, today: '2026-12-06' });
    try {
      const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${slow.url}/parse`, { method: 'POST', headers: { 'content-length': '100' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write('{"texts":'); // and never the rest
      });
      expect(r.status).toBe(408);
      expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'http.timeout' } });
    } finally {
      await slow.close();
    }
  });
});
