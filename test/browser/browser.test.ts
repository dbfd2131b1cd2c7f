/**
 * The library in a real browser: the installed package's ESM build, bundled for the browser with esbuild
 * (dependencies included), runs in Debian's headless Chromium driven by playwright-core. A page served on
 * 127.0.0.1 computes figures (page.ts) and writes them into the DOM; this test reads them back.
 *
 * Chromium comes from Debian (`apt-get install chromium`, done by .ci/run when missing); no browser is
 * downloaded. Without it the suite is skipped with a loud reason.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageContext } from '../package/context.js';
import { CHROMIUM, hasChromium } from '../package/tools.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** What the page must show (hand-computed from seed 003 and Decree 45/2012; see page.ts). */
const EXPECTED_FIGURES: Record<string, string> = {
  'money-sum': '54060000000',
  ratio: '0.171568627450980392156862745098',
  'ratio-4dp': '0.1716',
  // 63,335 tỷ ± half of 0,001 tỷ; written back as published.
  'parse-quantity': 'money 63335000000 [63334500000; 63335500000] 63,335 tỷ đồng',
  // (63,335 − 54,06) / 54,06 = 35/204 = 0,171568… → the published "tăng 17,16%".
  'percent-change': '17,16%',
  // 13,877 + 49,49 = 63,367 tỷ: 32 triệu over the stated 63,335 tỷ, 26 triệu beyond any rounding
  // (the same text is pinned in test/claims/checkClaim.test.ts).
  'claim-status': 'inconsistent',
  'claim-vi':
    '13,877 tỷ đồng + 49,49 tỷ đồng = 63,367 tỷ đồng: không khớp với con số công bố “63,335 tỷ đồng” (chênh lệch +0,032 tỷ đồng (+32 triệu đồng)); kể cả sai số làm tròn của mọi con số, hai bên vẫn cách nhau 0,026 tỷ đồng (26 triệu đồng).',
  // Decree 45/2012 Art. 1(2)(a): an urban district (quận) is not an eligible place.
  'eligibility-outcome': 'ineligible',
  'error-vi': 'dong: Số tiền 1.5 không phải số nguyên đồng.',
};

/**
 * The Vietnamese explanation of that decision, rendered as text: its head as pinned in
 * test/eligibility/boundary.test.ts, then the other conditions and the facts still missing.
 */
const EXPLANATION_HEAD = [
  '**Kết quả: KHÔNG ĐỦ ĐIỀU KIỆN** (ngày xét 2024-01-01; quy định áp dụng: Nghị định 45/2012/NĐ-CP (bản gốc 2012))',
  '',
  'Căn cứ quyết định:',
  '- [không đạt] Quận không thuộc địa bàn được hưởng. — điểm a khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP (đã đối chiếu văn bản) · beneficiary.location, dòng 6',
  '',
  'Các điều kiện khác:',
];
const EXPLANATION_TAIL = 'Thông tin chưa có (không làm thay đổi kết quả): legalForm, sizeClass, industry, location.difficulty, clayBrickKiln';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const available = hasChromium();
if (!available) {
  console.warn(
    `\n*** SKIPPING the browser test: ${CHROMIUM} is missing. Install Debian's Chromium ` +
      `(apt-get update && apt-get install -y chromium); .ci/run does this. ***\n`,
  );
}

/** Bundles one entry for the browser (ESM, everything inlined) and returns the code. */
async function bundle(options: { stdin?: { contents: string; resolveDir: string }; entry?: string }): Promise<string> {
  const result = await build({
    ...(options.stdin === undefined ? { entryPoints: [options.entry ?? ''] } : { stdin: { ...options.stdin, loader: 'js' } }),
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe.skipIf(!available)('in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { consumerDir } = packageContext();
    const files: Record<string, { type: string; body: string }> = {
      '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(HERE, 'index.html'), 'utf8') },
      // The library as a browser client gets it: from the installed package, resolved like a bundler would.
      '/khuyen-cong.js': {
        type: 'text/javascript; charset=utf-8',
        body: await bundle({ stdin: { contents: "export * from 'khuyen-cong';", resolveDir: consumerDir } }),
      },
      '/page.js': { type: 'text/javascript; charset=utf-8', body: await bundle({ entry: join(HERE, 'page.ts') }) },
    };
    server = createServer((req, res) => {
      const file = files[req.url ?? ''];
      if (file === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });

  it('computes the seed-003 figures and an eligibility decision with the ESM build and writes them into the DOM', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${origin}/`);
    // Page-side code is passed as text: this project type-checks without the DOM library.
    await page.waitForFunction("document.body.dataset.status !== 'loading'", undefined, { timeout: 15_000 });
    expect(await page.evaluate('document.body.dataset.status')).toBe('done');
    const shown = await page.evaluate(
      "Object.fromEntries([...document.querySelectorAll('dd[data-figure]')].map((el) => [el.dataset.figure, el.textContent]))",
    );
    const { 'eligibility-explain-vi': explanation, ...figures } = shown as Record<string, string>;
    expect(figures).toEqual(EXPECTED_FIGURES);
    const lines = (explanation ?? '').split('\n');
    expect(lines.slice(0, EXPLANATION_HEAD.length)).toEqual(EXPLANATION_HEAD);
    // Four other conditions (group passed; legal form, industry and the clay-brick rule of TT 46/2012 Art. 5(1)
    // unknown), a blank line, the missing facts.
    expect(lines).toHaveLength(EXPLANATION_HEAD.length + 4 + 2);
    expect(lines.slice(EXPLANATION_HEAD.length, -2).map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual([
      '- [đạt]',
      '- [chưa xác định]',
      '- [chưa xác định]',
      '- [chưa xác định]',
    ]);
    expect(lines.at(-1)).toBe(EXPLANATION_TAIL);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
