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

/** What the page must show (hand-computed from seed 003; see page.ts). */
const EXPECTED_FIGURES: Record<string, string> = {
  'money-sum': '54060000000',
  ratio: '0.171568627450980392156862745098',
  'ratio-4dp': '0.1716',
  'error-vi': 'dong: Số tiền 1.5 không phải số nguyên đồng.',
};

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

  it('computes the seed-003 figures with the ESM build and writes them into the DOM', async () => {
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
    expect(shown).toEqual(EXPECTED_FIGURES);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
