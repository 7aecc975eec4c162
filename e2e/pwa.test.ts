import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildDir } from './support/build';
import { SHOTS } from './support/browser';
import { startRealServer, type RunningServer } from './support/server';

/**
 * The web app as the server serves it at `/` (server/src/web/), not the static helper: one origin
 * for the page, its service worker and the API. Each test opens a phone with a profile of its own
 * on disk (Chromium reports an off-the-record profile as not installable), as a newcomer would.
 */
let server: RunningServer;
const profiles: string[] = [];

async function newPhone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotus-pwa-profile-'));
  profiles.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    permissions: [],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A refused script or fetch (Content-Security-Policy) is reported on the console.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/.test(m.text())) errors.push(m.text());
  });
  return { context, page, errors };
}

const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"] >> visible=true`);

/** The service worker controls the page once it is active and the page has been reloaded (or claimed). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

beforeAll(async () => {
  server = await startRealServer({ env: { WEB_APP_DIR: buildDir('h5') } });
});

afterAll(async () => {
  await server?.stop();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

describe('the web app served by the server at /', () => {
  it('is installable: titled Lotus, a valid manifest with its icons, and a service worker that controls the page', async () => {
    const { context, page, errors } = await newPhone();
    try {
      await page.goto(`${server.url}/`);
      await tid(page, 'tile-directory').waitFor();
      await controlled(page);
      const manifestUrl = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href);
      expect(manifestUrl).toBe(`${server.url}/manifest.webmanifest`);
      const manifest = (await (await fetch(manifestUrl)).json()) as { name: string; short_name: string; display: string; start_url: string; icons: { src: string; sizes: string; purpose: string }[] };
      expect(manifest).toMatchObject({ name: 'Lotus', short_name: 'Lotus', display: 'standalone', start_url: './' });
      for (const icon of manifest.icons) {
        const res = await fetch(new URL(icon.src, manifestUrl));
        expect([icon.src, res.status, res.headers.get('content-type')]).toEqual([icon.src, 200, 'image/png']);
        const png = Buffer.from(await res.arrayBuffer());
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      }
      expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      const cdp = await context.newCDPSession(page);
      const { errors: manifestErrors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
      expect(manifestErrors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
      // The tab and the history list say nothing of the programme.
      expect(await page.title()).toMatch(/^(Lotus|小贴士)$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reopens home, a city and an article with no network after one visit online', async () => {
    const { context, page, errors } = await newPhone();
    try {
      await page.goto(`${server.url}/`);
      await tid(page, 'tile-directory').waitFor();
      await controlled(page);
      await page.goto(`${server.url}/#/pages/directory/index?city=paris`);
      await tid(page, 'service').first().waitFor();
      await page.goto(`${server.url}/#/pages/article/index?slug=pep`);
      await tid(page, 'article-title').waitFor();
      await page.goto(`${server.url}/#/pages/emergency/index`);
      await page.waitForLoadState('networkidle');

      await context.setOffline(true);
      // Offline for the service worker too: what it does not hold fails.
      expect(await page.evaluate(() => fetch('/healthz').then(() => 'online', () => 'offline'))).toBe('offline');
      await page.goto(`${server.url}/`);
      await tid(page, 'tile-directory').waitFor();
      await page.goto(`${server.url}/#/pages/directory/index?city=paris`);
      await tid(page, 'service').first().waitFor();
      await page.goto(`${server.url}/#/pages/article/index?slug=pep`);
      await tid(page, 'article-title').waitFor();
      expect(await tid(page, 'article-title').textContent()).toContain('阻断药');
      await page.screenshot({ path: path.join(SHOTS, 'pwa-offline-article.png') });
      // The answers come from the worker's cache, not only from the page's own copy in localStorage.
      const kept = await page.evaluate(async () => (await (await caches.open('lotus-api')).keys()).map((r) => new URL(r.url).pathname));
      expect(kept).toEqual(expect.arrayContaining(['/api/services', '/api/articles/pep', '/api/programme']));
      expect(await page.evaluate(() => fetch('/api/articles/pep?lang=zh-Hans').then((r) => r.status))).toBe(200);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a report written offline and sends it when the network is back', async () => {
    const { context, page, errors } = await newPhone();
    try {
      await page.goto(`${server.url}/`);
      await tid(page, 'tile-report').waitFor();
      await controlled(page);
      await context.setOffline(true);
      await tid(page, 'tile-report').click();
      await page.locator('input[data-testid="report-input"], [data-testid="report-input"] input').locator('visible=true').fill('07 55 66 77 88');
      await tid(page, 'report-next').click();
      await tid(page, 'category-non-payment').click();
      await tid(page, 'report-next').click();
      await tid(page, 'report-send').click();
      await tid(page, 'report-queued').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('lotus:reports:queue'))).toContain('07 55 66 77 88');

      const posted = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/reports' && r.request().method() === 'POST', { timeout: 60_000 });
      await context.setOffline(false);
      // Same origin: the server's CORS lets its own web app write.
      expect((await posted).status()).toBe(201);
      await tid(page, 'pending').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => localStorage.getItem('lotus:reports:queue'))).not.toContain('07 55 66 77 88');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shares an article as a link that opens it again, copied when the browser has no share sheet', async () => {
    const { context, page, errors } = await newPhone();
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      // Headless Chromium has no share sheet on Linux: the link is copied.
      await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
      await page.goto(`${server.url}/#/pages/article/index?slug=pep`);
      await tid(page, 'article-title').waitFor();
      await tid(page, 'share').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/?scene=a%3Dpep`);
      await page.getByText('链接已复制，可以粘贴发给朋友').waitFor();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'pwa-share-copied.png') });

      // With a share sheet (stood in for here), the same kind of link goes to it: a city's, opened from its own link.
      await page.goto(`${server.url}/?scene=c%3Dparis`);
      await tid(page, 'service').first().waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { shared: unknown[] };
        w.shared = [];
        Object.defineProperty(navigator, 'share', { value: (data: unknown) => (w.shared.push(data), Promise.resolve()), configurable: true });
      });
      await tid(page, 'share').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title: '生活小贴士', url: `${server.url}/?scene=c%3Dparis` }]);

      // The check page's own link.
      await page.goto(`${server.url}/?scene=p%3Dcheck`);
      await tid(page, 'share').waitFor();
      expect(await page.evaluate(() => location.hash)).toContain('pages/check/index');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
