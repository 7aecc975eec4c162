import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { engine } from '../../test/db';
import { postJson, request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { webApp } from './serve';

const INLINE = "(function(){document.documentElement.dataset.first='1'})()";
const APP_JS = `console.log(${JSON.stringify('x'.repeat(4000))})`;

/** A build shaped like Taro's H5 output with Workbox's sw.js (the real one is built and driven in e2e/pwa.test.ts). */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-web-'));
  fs.mkdirSync(path.join(dir, 'js'));
  fs.mkdirSync(path.join(dir, 'icons'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html><head><title>Lotus</title><link rel="manifest" href="manifest.webmanifest"><script>${INLINE}</script><script defer="defer" src="./js/app.1a2b3c4d.js"></script></head><body><div id="app"></div></body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'js/app.1a2b3c4d.js'), APP_JS);
  fs.writeFileSync(path.join(dir, 'icons/icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"built"}');
  fs.writeFileSync(path.join(dir, 'sw.js'), 'precache([{url:"./index.html",revision:"0000"},{url:"./js/app.1a2b3c4d.js",revision:null}]);');
  return dir;
}

const sha256 = (s: string, enc: 'hex' | 'base64') => createHash('sha256').update(s).digest(enc);

describe(`the server serves the web app at / beside the API, on ${engine}`, () => {
  let s: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = fakeBuild();
    s = await startTestServer({ env: { WEB_APP_DIR: dir, WEB_APP_NAME: 'Astuces' } });
  });
  afterAll(async () => {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers / with the app under the configured neutral title, revalidated each time, with a policy that allows its inline script by hash and nothing foreign', async () => {
    const res = await fetch(`${s.url}/`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<title>Astuces</title>');
    expect(html).not.toContain('<title>Lotus</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' 'sha256-${sha256(INLINE, 'base64')}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // A shared link's query opens the same page.
    expect(await (await fetch(`${s.url}/?scene=a%3Dpep`)).text()).toBe(html);
  });

  it('caches hashed assets for a year as immutable, compresses them, and answers 304 to a known ETag', async () => {
    const res = await fetch(`${s.url}/js/app.1a2b3c4d.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await res.text()).toBe(APP_JS);
    const again = await fetch(`${s.url}/js/app.1a2b3c4d.js`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const icon = await fetch(`${s.url}/icons/icon-192.png`);
    expect([icon.status, icon.headers.get('content-type'), icon.headers.get('cache-control')]).toEqual([200, 'image/png', 'no-cache']);
  });

  it('serves sw.js uncached, precaching index.html under the hash of the page actually served', async () => {
    const served = await (await fetch(`${s.url}/`)).text();
    const res = await fetch(`${s.url}/sw.js`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await res.text()).toContain(`{url:"./index.html",revision:"${sha256(served, 'hex').slice(0, 32)}"}`);
  });

  it('serves a manifest with the configured name, standalone, with any and maskable icons', async () => {
    const res = await request(`${s.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect(res.body).toMatchObject({ name: 'Astuces', short_name: 'Astuces', start_url: './', scope: './', display: 'standalone' });
    expect(res.body.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('leaves the API, the console, /healthz, the WeChat webhook and unknown addresses as they were', async () => {
    const cities = await request(`${s.url}/api/cities?lang=fr`);
    expect([cities.status, cities.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect((await request(`${s.url}/healthz`)).status).toBe(200);
    const consolePage = await fetch(`${s.url}/console/`);
    expect(consolePage.status).toBe(200);
    expect(consolePage.headers.get('content-security-policy')).toContain("script-src 'self';");
    // The official account's webhook still answers its own way (here: a request without a signature).
    const webhook = await request(`${s.url}/wechat`);
    expect([webhook.status, webhook.headers.get('content-type')]).toEqual([400, 'application/json; charset=utf-8']);
    const nothing = await request(`${s.url}/index.php`);
    expect([nothing.status, nothing.body.error.code]).toEqual([404, 'not_found']);
    expect((await request(`${s.url}/../../etc/passwd`)).status).toBe(404);
  });

  it('takes reports written by the page from its own origin, still refusing another site', async () => {
    const report = { kind: 'email', value: 'web@client.fr', categories: ['other'], device: 'unsigned-device-000002' };
    const own = await postJson(`${s.url}/api/reports`, report, { Origin: s.url });
    expect(own.status).toBe(201);
    const other = await postJson(`${s.url}/api/reports`, { ...report, value: 'web2@client.fr' }, { Origin: 'https://elsewhere.example' });
    expect([other.status, other.body.error.code]).toEqual([403, 'forbidden']);
  });

  it('answers a missing build with a plain page that says what to do, and serves the build once it is there', async () => {
    const away = `${dir}-away`;
    fs.renameSync(dir, away);
    try {
      const missing = await fetch(`${s.url}/`);
      const text = await missing.text();
      expect(missing.status).toBe(503);
      expect(missing.headers.get('cache-control')).toBe('no-store');
      expect(text).toContain('<title>Astuces</title>');
      expect(text).toContain('npm run build:h5');
      expect(text).not.toContain('http-equiv="refresh"');
      // While `npm start` builds it (its pid in <dir>.building), the page says so and reloads itself.
      fs.writeFileSync(`${dir}.building`, `${process.pid}\n`);
      const preparing = await (await fetch(`${s.url}/`)).text();
      expect(preparing).toContain('正在准备');
      expect(preparing).toContain('http-equiv="refresh"');
      expect((await request(`${s.url}/js/app.1a2b3c4d.js`)).status).toBe(404);
      expect((await request(`${s.url}/api/cities?lang=fr`)).status).toBe(200);
    } finally {
      fs.rmSync(`${dir}.building`, { force: true });
      fs.renameSync(away, dir);
    }
    expect((await fetch(`${s.url}/`)).status).toBe(200);
  });
});

describe('the web app at another path', () => {
  let dir: string;
  let server: ReturnType<Koa['listen']>;
  let url: string;
  beforeAll(async () => {
    dir = fakeBuild();
    const app = new Koa();
    app.use(webApp({ dir, base: '/tips/', name: 'Lotus' }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('redirects the folder without its slash, serves under it, and leaves / alone', async () => {
    const bare = await fetch(`${url}/tips?scene=c%3Dparis`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/tips/?scene=c%3Dparis']);
    expect((await fetch(`${url}/tips/`)).status).toBe(200);
    expect((await fetch(`${url}/tips/js/app.1a2b3c4d.js`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/js/app.1a2b3c4d.js`)).status).toBe(404);
  });

  it('refuses a path that would hide the API or the console', () => {
    expect(() => loadConfig({ WEB_APP_PATH: '/api/' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_APP_PATH: '/console/x/' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_APP_PATH: 'app' })).toThrow('WEB_APP_PATH must be a path that starts and ends with /');
    expect(loadConfig({ WEB_APP_PATH: '/app/' }).WEB_APP_PATH).toBe('/app/');
  });
});
