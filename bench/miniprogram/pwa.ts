/**
 * Web app figures, the ones Lighthouse 12 no longer gives (it dropped its PWA category): whether
 * Chromium finds the app installable (Page.getInstallabilityErrors), how long the service worker takes
 * to be ready after the first open, what it precaches, and whether home reopens with no network.
 * Against the real server serving the H5 build at `/` (server/src/web/).
 *
 *   npx tsx bench/miniprogram/pwa.ts            measures miniprogram/dist-h5 (LOTUS_MP_OUT=name: dist-h5-name)
 *
 * bench:miniprogram can print the same by calling pwaFigures() after its Lighthouse table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildDir } from '../../e2e/support/build';
import { startRealServer } from '../../e2e/support/server';

export interface PwaFigures {
  installabilityErrors: string[];
  /** From navigation start of the first open to the worker being active. */
  swReadyMs: number;
  controlsAfterReload: boolean;
  precacheFiles: number;
  precacheBytes: number;
  offlineHome: boolean;
}

export async function pwaFigures(h5Dir: string): Promise<PwaFigures> {
  const server = await startRealServer({ env: { WEB_APP_DIR: h5Dir } });
  const profile = mkdtempSync(path.join(tmpdir(), 'lotus-bench-pwa-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    const swReadyMs = await page.evaluate(() => navigator.serviceWorker.ready.then(() => performance.now()));
    await page.reload();
    const controlsAfterReload = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    const sw = readFileSync(path.join(h5Dir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{url:"\.\/([^"]+)",revision:/g)].map((m) => m[1]);
    const precacheBytes = urls.reduce((s, u) => s + readFileSync(path.join(h5Dir, u)).length, 0);
    await context.setOffline(true);
    await page.reload();
    const offlineHome = await page
      .locator('[data-testid="tile-directory"] >> visible=true')
      .waitFor({ timeout: 20_000 })
      .then(() => true, () => false);
    return { installabilityErrors: installabilityErrors.map((e) => e.errorId), swReadyMs, controlsAfterReload, precacheFiles: urls.length, precacheBytes, offlineHome };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
}

export function printPwaFigures(f: PwaFigures): void {
  console.log('web app (served at / by the server):');
  console.log(`  installable: ${f.installabilityErrors.length ? `NO (${f.installabilityErrors.join(', ')})` : 'yes (no installability error)'}`);
  console.log(`  service worker ready ${(f.swReadyMs / 1000).toFixed(2)} s after the first open; controls the page after a reload: ${f.controlsAfterReload ? 'yes' : 'NO'}`);
  console.log(`  precache: ${f.precacheFiles} files, ${(f.precacheBytes / 1024).toFixed(1)} KB uncompressed`);
  console.log(`  home reopens offline: ${f.offlineHome ? 'yes' : 'NO'}`);
}

if (require.main === module) {
  pwaFigures(buildDir('h5'))
    .then(printPwaFigures)
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
