/**
 * The `khuyen-cong` command as a user runs it: spawned from the bin of the packed and installed tarball
 * (node_modules/.bin/khuyen-cong in the scratch consumer project). One run per verb and exit code, the bad
 * inputs (missing file, bad JSON, unknown verb, bad date, a CSV with a wrong header: a one-line bilingual
 * message, exit 2, nothing on stdout or in --out), and `serve` answering then stopping cleanly on SIGTERM.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageContext } from './context.js';

let bin = '';
let cwd = '';
const work = mkdtempSync(join(tmpdir(), 'khuyen-cong-cli-e2e-'));

function cli(args: readonly string[], stdin = ''): { code: number | null; out: string; err: string } {
  const r = spawnSync(bin, [...args], { cwd, input: stdin, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function inputError(r: { code: number | null; out: string; err: string }, en: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/lỗi: .* \/ error: |error: .* \/ lỗi: /);
  expect(r.err).toMatch(en);
}

const QUAN = JSON.stringify({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } });

// Each spawn is a cold start of Node and the library: about 0.2 s idle, several seconds under a heavy load.
describe('khuyen-cong, installed from the tarball', { timeout: 180_000 }, () => {
  beforeAll(() => {
    cwd = packageContext().consumerDir;
    bin = join(cwd, 'node_modules', '.bin', 'khuyen-cong');
  });

  it('is installed as a bin, and report prints the report (exit 0), --json parses', () => {
    expect(existsSync(bin)).toBe(true);
    const r = cli(['report', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Khuyến công \(industrial promotion\): report on the source data set/);
    expect(JSON.parse(cli(['report', '--json']).out)).toMatchObject({ schema: 'khuyen-cong/report@1' });
  });
  it('parse: exit 0; an unreadable figure exit 2', () => {
    expect(cli(['parse', '54,06 tỷ đồng', '--json'])).toMatchObject({ code: 0 });
    inputError(cli(['parse', 'abc', '--lang', 'en']), /"abc" contains no number/);
  });
  it('check: seed 003 sum inconsistent, exit 1; bad JSON exit 2', () => {
    expect(cli(['check', '-'], JSON.stringify({ kind: 'sum', parts: ['13,877 tỷ đồng', '49,49 tỷ đồng'], stated: '63,335 tỷ đồng' })).code).toBe(1);
    expect(cli(['check', '-'], JSON.stringify({ kind: 'change', current: '63,335 tỷ đồng', previous: '54,06 tỷ đồng', stated: 'tăng 17,16%' })).code).toBe(0);
    inputError(cli(['check', '-', '--lang', 'en'], '{"kind":'), /stdin: invalid JSON/);
  });
  it('audit: an article text is read (exit 0 when nothing is inconsistent); a bad date and a missing file exit 2', () => {
    const text = cli(['audit', '-', '--lang', 'en', '--at', '2014-05-29'], 'Kinh phí năm 2013 đạt 54,06 tỷ đồng.');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1 figures read, 0 stated computations, 0 inconsistent\.\n$/);
    inputError(cli(['audit', '-', '--lang', 'en', '--at', '2014-02-30'], 'Kinh phí năm 2013 đạt 54,06 tỷ đồng.'), /2014-02-30/);
    inputError(cli(['audit', join(work, 'none.json'), '--lang', 'en']), /file not found/);
  });
  it('eligibility: 1 ineligible, 3 needs review, 0 eligible; a bad date exit 2', () => {
    expect(cli(['eligibility', '-', '--at', '2024-01-01'], QUAN).code).toBe(1);
    expect(cli(['eligibility', '-', '--at', '2025-10-15'], JSON.stringify({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT' })).code).toBe(3);
    const ok = JSON.stringify({ group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', legalForm: 'BUSINESS_HOUSEHOLD', location: { unitKind: 'XA' }, industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING' });
    expect(cli(['eligibility', '-', '--at', '2025-10-15'], ok).code).toBe(0);
    inputError(cli(['eligibility', '-', '--at', '2024-02-30', '--lang', 'en'], QUAN), /Invalid date "2024-02-30": expected a real calendar date written YYYY-MM-DD/);
  });
  it('support and province: exit 0; a province not found exit 2', () => {
    expect(cli(['support', '--item', 'DEMO_MODEL_NEW_TECH', '--cost', '5 tỷ', '--at', '2019-06-01', '--json']).out).toContain('"binding": "absolute-cap"');
    expect(cli(['province', 'Bạc Liêu', '--at', '2020-01-01']).out).toBe('Bạc Liêu: 95 Tỉnh Bạc Liêu (2008-08-01 – 2025-06-30) → nay là: 96 Tỉnh Cà Mau\n');
    inputError(cli(['province', 'Narnia', '--lang', 'en']), /No province or municipality matches "Narnia"/);
  });
  it('schema / validate: 0 valid, 1 invalid', () => {
    expect(JSON.parse(cli(['schema', 'programme-report']).out).title).toBe('ProgrammeReport');
    expect(cli(['validate', 'applicant', '-'], QUAN).code).toBe(0);
    expect(cli(['validate', 'applicant', '-'], '{"group":"NOPE"}').code).toBe(1);
  });
  it('test: 0 when every case passes, 1 when one fails', () => {
    const cases = (outcome: string) => JSON.stringify([{ name: 'quận', kind: 'eligibility', at: '2024-01-01', input: JSON.parse(QUAN), expected: { outcome } }]);
    writeFileSync(join(work, 'pass.json'), cases('ineligible'));
    writeFileSync(join(work, 'fail.json'), cases('eligible'));
    expect(cli(['test', join(work, 'pass.json')]).code).toBe(0);
    expect(cli(['test', join(work, 'fail.json')]).code).toBe(1);
  });
  it('restate: --out written; a wrong header is exit 2 with no --out file and nothing on stdout', () => {
    writeFileSync(join(work, 'in.csv'), 'tỉnh,năm,kinh phí\nBạc Liêu,2014-2018,6979000000\n');
    expect(cli(['restate', join(work, 'in.csv'), '--out', join(work, 'out.csv')]).code).toBe(0);
    expect(readFileSync(join(work, 'out.csv'), 'utf8')).toBe('tỉnh,năm,kinh phí,mã tỉnh mới,tên tỉnh mới\r\nBạc Liêu,2014-2018,6979000000,96,Tỉnh Cà Mau\r\n');
    writeFileSync(join(work, 'wrong.csv'), 'name,when,money\nBạc Liêu,2020,1\n');
    inputError(cli(['restate', join(work, 'wrong.csv'), '--out', join(work, 'wrong-out.csv'), '--lang', 'en']), /wrong CSV header/);
    expect(readdirSync(work).filter((f) => f.startsWith('wrong-out') || f.endsWith('.tmp'))).toEqual([]);
  });
  it('an unknown verb and an unknown option: exit 2', () => {
    inputError(cli(['frob', '--lang', 'en']), /unknown verb: "frob"/);
    inputError(cli(['report', '--csv', '--lang', 'en']), /unknown option: "--csv"/);
  });
  it('serve: answers on 127.0.0.1, then stops cleanly on SIGTERM (exit 0)', async () => {
    const child = spawn(bin, ['serve', '--port', '0', '--lang', 'en'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => {
        err += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m !== null) resolve(m[1] as string);
      });
      child.once('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    const res = await fetch(`${url}/eligibility`, { method: 'POST', body: JSON.stringify({ applicant: JSON.parse(QUAN), at: '2024-01-01' }) });
    expect(((await res.json()) as { outcome: string }).outcome).toBe('ineligible');
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(err).toContain('stopped');
  });
});
