/**
 * Benchmarks of the `khuyen-cong` command, run from the build (dist/cli/bin.js: `npm run build` first):
 * `parse` end to end (process start to exit), `restate` on a generated 1 000 000-row CSV (rows per second and
 * the process's peak resident memory), and `serve` requests per second for POST /eligibility on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Benchmark, BenchOutcome } from './harness.js';
import { ROOT } from '../package/tools.js';

const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const notBuilt: BenchOutcome = { status: 'not-yet-available', reason: 'dist/cli is not built: run `npm run build` first' };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const cliParse: Benchmark = {
  name: 'cli-parse',
  title: '`khuyen-cong parse "54,06 tỷ đồng"` end to end (spawn to exit)',
  goal: 'median ≤ 250 ms',
  run: () => {
    if (!existsSync(BIN)) return notBuilt;
    const times: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'parse', '54,06 tỷ đồng', '--json'], { encoding: 'utf8' });
      times.push(performance.now() - t0);
      if (r.status !== 0 || !r.stdout.includes('"54060000000"')) throw new Error(`parse failed: ${r.stderr}`);
    }
    const bare: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - t0);
    }
    const m = median(times);
    return {
      status: 'done',
      lines: [`parse end to end: median ${m.toFixed(0)} ms over 7 runs (min ${Math.min(...times).toFixed(0)} ms); bare \`node -e 0\`: ${median(bare).toFixed(0)} ms`],
      goalMet: m <= 250,
    };
  },
};

const PROVINCES = ['Bạc Liêu', 'Cà Mau', '77', 'Bà Rịa – Vũng Tàu', 'Hà Nội', 'TP HCM', 'Lạng Sơn', 'Bình Dương', '95', 'Huế'];

async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('tỉnh,năm,kinh phí,nguồn\r\n');
  let batch = '';
  for (let i = 0; i < rows; i += 1) {
    const amount = i % 3 === 0 ? `"${String(1 + (i % 97))},${String(i % 100).padStart(2, '0')} tỷ"` : String(1_000_000 * (1 + (i % 5000)));
    batch += `${PROVINCES[i % PROVINCES.length] as string},${String(2010 + (i % 15))},${amount},KCĐP\r\n`;
    if (batch.length > 1 << 16) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

export const cliRestate: Benchmark = {
  name: 'cli-restate',
  title: '`khuyen-cong restate` on a generated 1 000 000-row CSV (--out, streamed)',
  goal: '≥ 200 000 rows/s, memory flat',
  run: async () => {
    if (!existsSync(MAIN)) return notBuilt;
    const dir = mkdtempSync(join(tmpdir(), 'khuyen-cong-bench-'));
    try {
      const run = async (rows: number) => {
      const input = join(dir, `in-${String(rows)}.csv`);
      const output = join(dir, `out-${String(rows)}.csv`);
      await generate(input, rows);
      const script = `
        const { main } = await import(${JSON.stringify(MAIN)});
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const code = await main(['restate', ${JSON.stringify(input)}, '--out', ${JSON.stringify(output)}], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stdoutIsTTY: false, stderrIsTTY: false, today: '2026-12-06' });
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        process.stdout.write(JSON.stringify({ code, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const m = JSON.parse(r.stdout) as { code: number; ms: number; cpuMs: number; maxRssKb: number };
      if (m.code !== 0) throw new Error(`restate failed: ${r.stderr}`);
      const text = readFileSync(output, 'utf8');
      const lines = text.split('\r\n');
      if (lines.length !== rows + 2 || lines[1] !== 'Bạc Liêu,2010,"1,00 tỷ",KCĐP,96,Tỉnh Cà Mau') throw new Error(`unexpected output: ${String(lines.length)} lines, ${lines[1] ?? ''}`);
      return { ...m, inMb: statSync(input).size / 1e6, outMb: statSync(output).size / 1e6 };
      };
      const small = await run(100_000);
      const m = await run(1_000_000);
      const rate = 1_000_000 / (m.ms / 1000);
      const cpuRate = 1_000_000 / (m.cpuMs / 1000);
      return {
        status: 'done',
        lines: [
          `restate 1 000 000 rows (${m.inMb.toFixed(1)} MB in, ${m.outMb.toFixed(1)} MB out): ${(m.ms / 1000).toFixed(2)} s wall, ${Math.round(rate).toLocaleString('en-US')} rows/s; ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round(cpuRate).toLocaleString('en-US')} rows per CPU-second`,
          `peak resident memory of the process: ${(m.maxRssKb / 1024).toFixed(0)} MB for 1 000 000 rows, ${(small.maxRssKb / 1024).toFixed(0)} MB for 100 000 rows`,
        ],
        goalMet: rate >= 200_000,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const cliServe: Benchmark = {
  name: 'cli-serve',
  title: '`khuyen-cong serve`: POST /eligibility on 127.0.0.1 (keep-alive, 32 in flight, 5 s)',
  goal: 'a measure (no goal)',
  run: async () => {
    if (!existsSync(BIN)) return notBuilt;
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--lang', 'en'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let err = '';
      child.stderr.setEncoding('utf8');
      const url = await new Promise<URL>((resolve, reject) => {
        child.stderr.on('data', (d: string) => {
          err += d;
          const m = /listening on (\S+)/.exec(err);
          if (m !== null) resolve(new URL(m[1] as string));
        });
        child.once('exit', () => reject(new Error(err)));
      });
      const agent = new Agent({ keepAlive: true, maxSockets: 32 });
      const body = JSON.stringify({ applicant: { group: 'RURAL_INDUSTRIAL_ESTABLISHMENT', location: { unitKind: 'QUAN' } }, at: '2024-01-01' });
      const one = () =>
        new Promise<string>((resolve, reject) => {
          const req = request({ host: url.hostname, port: url.port, path: '/eligibility', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
            let s = '';
            res.setEncoding('utf8');
            res.on('data', (d: string) => (s += d));
            res.on('end', () => (res.statusCode === 200 ? resolve(s) : reject(new Error(`${String(res.statusCode)} ${s}`))));
          });
          req.on('error', reject);
          req.end(body);
        });
      const first = JSON.parse(await one()) as { outcome: string };
      if (first.outcome !== 'ineligible') throw new Error('wrong outcome');
      for (let i = 0; i < 200; i += 1) await one(); // warm-up
      let done = 0;
      const until = performance.now() + 5000;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (performance.now() < until) {
            await one();
            done += 1;
          }
        }),
      );
      const secs = (performance.now() - t0) / 1000;
      agent.destroy();
      return { status: 'done', lines: [`POST /eligibility: ${Math.round(done / secs).toLocaleString('en-US')} requests/s (${String(done)} in ${secs.toFixed(1)} s, client and server on the same machine)`] };
    } finally {
      child.kill('SIGTERM');
    }
  },
};
