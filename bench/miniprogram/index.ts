/**
 * Mini-program budget: builds both targets (timed), prints the weapp main-package size against
 * WeChat's 2 MB limit (our budget: 1 MB), and measures the H5 Home first-contentful-paint in
 * Chromium against the real server, unthrottled and on a throttled phone-like profile.
 *
 *   npm run bench:miniprogram              build, then measure
 *   npm run bench:miniprogram -- --no-build   measure the existing builds
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, startRealServer } from '../../e2e/support/server';
import { serveStatic } from '../../e2e/support/static';

const WEAPP = path.join(ROOT, 'miniprogram/dist');
const H5 = path.join(ROOT, 'miniprogram/dist-h5');
const LIMIT = 2 * 1024 * 1024;
const BUDGET = 1024 * 1024;
const RUNS = 5;

function files(dir: string, root = dir): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, root) : [{ file: path.relative(root, p), bytes: statSync(p).size }];
  });
}

function build(type: 'weapp' | 'h5'): number {
  const started = Date.now();
  execFileSync('npm', ['run', `build:${type}`], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', LOTUS_API_BASE: '' } });
  return (Date.now() - started) / 1000;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function firstPaint(browser: Browser, url: string, throttled: boolean): Promise<{ fcp: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    // Roughly "fast 3G" on a mid-range phone: 1.6 Mbit/s down, 150 ms RTT, CPU 4× slower.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  let bytes = 0;
  page.on('requestfinished', (req) => {
    void req.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('[data-testid="tile-directory"]').first().waitFor({ timeout: 60_000 });
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.waitForTimeout(300);
  await context.close();
  return { fcp, bytes };
}

async function main() {
  const noBuild = process.argv.includes('--no-build');
  if (!noBuild) {
    console.log(`weapp build: ${build('weapp').toFixed(1)} s`);
    console.log(`h5 build:    ${build('h5').toFixed(1)} s`);
  }

  const weapp = files(WEAPP);
  const total = weapp.reduce((s, f) => s + f.bytes, 0);
  console.log(`\nweapp main package (no subpackages): ${kb(total)} — WeChat limit ${kb(LIMIT)}, budget ${kb(BUDGET)} ${total <= BUDGET ? 'OK' : 'OVER BUDGET'}`);
  for (const f of weapp.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) console.log(`  ${kb(f.bytes).padStart(10)}  ${f.file}`);
  const h5 = files(H5).filter((f) => !f.file.endsWith('.LICENSE.txt'));
  console.log(`h5 build: ${kb(h5.reduce((s, f) => s + f.bytes, 0))} on disk (all pages, uncompressed)`);

  const [api, web] = await Promise.all([startRealServer(), serveStatic(H5)]);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const url = `${web.url}/?api=${encodeURIComponent(api.url)}#/pages/home/index`;
    for (const throttled of [false, true]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstPaint(browser, url, throttled));
      const fcps = runs.map((r) => r.fcp);
      console.log(
        `\nH5 Home FCP ${throttled ? '(fast-3G, CPU 4×)' : '(unthrottled)    '}: median ${median(fcps).toFixed(0)} ms ` +
          `[${fcps.map((x) => x.toFixed(0)).join(', ')}], transferred ${kb(median(runs.map((r) => r.bytes)))} (cold cache, gzip)`,
      );
    }
  } finally {
    await browser.close();
    await web.close();
    await api.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
