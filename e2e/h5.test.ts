import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launch, phone, shoot } from './support/browser';

/**
 * The H5 build against the real server, as a person would use it on a 375×667 phone. Tests run in
 * order and share one browser profile: the language and the cached directory carry over, as on a
 * real device.
 */
const apiUrl = inject('apiUrl');
const webUrl = inject('webUrl');
const home = (search = '') => `${webUrl}/?api=${encodeURIComponent(apiUrl)}${search}#/pages/home/index`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const apiCalls: Request[] = [];
const pageErrors: string[] = [];

/** Taro keeps earlier pages of the stack hidden in the DOM: only look at what is on screen. */
const tid = (id: string) => page.locator(`[data-testid="${id}"] >> visible=true`);
const visibleText = (text: string) => page.getByText(text, { exact: false }).locator('visible=true');

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  // Records any attempt to read the position: opening the app must not ask for anything.
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __permissionCalls: string[] }).__permissionCalls = calls;
    if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition = () => void calls.push('geolocation');
      navigator.geolocation.watchPosition = () => (calls.push('geolocation'), 0);
    }
  });
  page = await context.newPage();
  page.on('request', (r) => {
    if (r.url().startsWith(apiUrl)) apiCalls.push(r);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    pageErrors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('H5 in Chromium against the real server', () => {
  it('opens Home in Chinese with the current updates first, then the tiles, asking for nothing', async () => {
    await page.goto(home());
    await tid('update').first().waitFor();
    expect(await tid('update').count()).toBeGreaterThan(0);
    await expect(tid('tile-directory').textContent()).resolves.toContain('机构地址');
    for (const tile of ['tile-directory', 'tile-articles', 'tile-check', 'tile-emergency']) expect(await tid(tile).isVisible()).toBe(true);
    // Updates come before the tiles on the page.
    const updateY = (await tid('update').first().boundingBox())!.y;
    const tileY = (await tid('tile-directory').boundingBox())!.y;
    expect(updateY).toBeLessThan(tileY);
    expect(await page.evaluate(() => (window as unknown as { __permissionCalls: string[] }).__permissionCalls)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await shoot(page, '01-home');
  });

  it('picks a city, shows its services with tags and an open-now badge, searches and filters', async () => {
    await tid('tile-directory').click();
    await tid('city-paris').waitFor();
    await shoot(page, '02-directory-cities');
    await tid('city-paris').click();
    await tid('service').first().waitFor();
    const all = await tid('service').count();
    expect(all).toBeGreaterThan(3);
    expect(await page.locator('[data-testid="open-now"], [data-testid="closed-now"]').locator('visible=true').count()).toBeGreaterThan(0);
    await shoot(page, '03-directory-paris');

    await tid('tag-pep').click();
    const pep = await tid('service').count();
    expect(pep).toBeGreaterThan(0);
    expect(pep).toBeLessThan(all);
    await tid('tag-pep').click();
    await tid('search').locator('input').fill('莲花');
    await expect.poll(() => tid('service').count()).toBeLessThan(all);
    expect(await tid('service').first().textContent()).toContain('莲花巴士');
    await tid('search').locator('input').fill('');
    await expect.poll(() => tid('service').count()).toBe(all);
  });

  it('opens a service: hours for the week, languages, call, map and copy actions', async () => {
    await tid('search').locator('input').fill('莲花巴士');
    await expect.poll(async () => tid('service').first().textContent()).toContain('莲花巴士');
    await tid('service').first().click();
    await tid('service-name').waitFor();
    expect(await tid('service-name').textContent()).toContain('莲花巴士');
    expect(await tid('week').first().textContent()).toMatch(/周二.*20:00–01:00/);
    expect(await tid('call').textContent()).toContain('+33 1 44 92 15 15');
    expect(await tid('open-map').count()).toBeGreaterThan(0);
    expect(await tid('copy-address').count()).toBeGreaterThan(0);
    expect(await visibleText('普通话').count()).toBeGreaterThan(0);
    await shoot(page, '04-service');
  });

  it('opens an article from its rubrique and renders the server HTML, larger on demand', async () => {
    await page.goto(home());
    await tid('tile-articles').click();
    await tid('article').first().waitFor();
    await tid('category-emergency').click();
    await expect.poll(() => tid('article').count()).toBeGreaterThan(0);
    await shoot(page, '05-articles');
    await tid('article').filter({ hasText: '阻断药' }).first().click();
    await tid('article-title').waitFor();
    expect(await tid('article-title').textContent()).toContain('阻断药');
    const body = page.locator('.body >> visible=true');
    await expect.poll(() => body.locator('h2').count()).toBeGreaterThan(0);
    const before = await body.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(before).toBeGreaterThanOrEqual(17);
    await tid('bigger').click();
    const after = await body.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before);
    await shoot(page, '06-article');
    await tid('smaller').click();
  });

  it('checks a number: an answer in plain words, and a clear message for an invalid one', async () => {
    await page.goto(home());
    await tid('tile-check').click();
    await tid('check-input').waitFor();
    await tid('check-input').locator('input').fill('06 12 34 56 78');
    await tid('check-submit').click();
    await tid('check-answer').waitFor();
    expect(await tid('check-answer').textContent()).toContain('还没有姐妹提醒过');
    await shoot(page, '07-check');

    // Rejected on the device, before any network call.
    const before = apiCalls.filter((r) => r.url().endsWith('/api/check')).length;
    await tid('check-input').locator('input').fill('12');
    await tid('check-submit').click();
    await tid('check-invalid').waitFor();
    expect(await tid('check-invalid').textContent()).toContain('不是一个有效的电话号码');
    expect(apiCalls.filter((r) => r.url().endsWith('/api/check')).length).toBe(before);
    await shoot(page, '08-check-invalid');

    // Plausible on the device, refused by the server (400): the same clear message.
    await tid('check-input').locator('input').fill('00 00 00 00 00');
    const res = page.waitForResponse((r) => r.url().endsWith('/api/check'));
    await tid('check-submit').click();
    expect((await res).status()).toBe(400);
    await tid('check-invalid').waitFor();

    await tid('kind-plate').click();
    await tid('check-input').locator('input').fill('hello');
    await tid('check-submit').click();
    expect(await tid('check-invalid').textContent()).toContain('车牌');
  });

  it('sends a report in three steps and shows its reference', async () => {
    await page.goto(home());
    await tid('tile-report').click();
    await tid('report-input').waitFor();
    await tid('report-input').locator('input').fill('06 98 76 54 32');
    await tid('report-next').click();
    await tid('category-robbery').click();
    await tid('level-dangerous').click();
    await shoot(page, '09-report-step2');
    await tid('report-next').click();
    await tid('report-details').locator('textarea').fill('假装客人，拿走了手机');
    await shoot(page, '10-report-step3');
    const posted = page.waitForRequest((r) => r.url().endsWith('/api/reports') && r.method() === 'POST');
    await tid('report-send').click();
    const body = (await posted).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({ kind: 'phone', value: '06 98 76 54 32', category: 'robbery', level: 'dangerous', details: '假装客人，拿走了手机' });
    expect(body.device).toMatch(/^[a-z0-9]{32}$/);
    await tid('report-reference').waitFor();
    expect((await tid('report-reference').textContent())!.trim()).toMatch(/^[A-Z0-9-]{4,}$/);
    await shoot(page, '11-report-sent');
  });

  it('keeps a report on the device when the send fails, and sends it later', async () => {
    await page.route(`${apiUrl}/api/reports`, (route) => route.abort('internetdisconnected'));
    await page.goto(home());
    await tid('tile-report').click();
    await tid('report-input').locator('input').fill('07 11 22 33 44');
    await tid('report-next').click();
    await tid('category-non-payment').click();
    await tid('report-next').click();
    await tid('report-send').click();
    await tid('report-queued').waitFor();
    await tid('pending').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('lotus:reports:queue'));
    expect(stored).toContain('07 11 22 33 44');
    await shoot(page, '12-report-queued');

    await page.unroute(`${apiUrl}/api/reports`);
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/reports') && r.request().method() === 'POST');
    await tid('send-now').click();
    expect((await posted).status()).toBe(201);
    await tid('pending').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('lotus:reports:queue'))).not.toContain('07 11 22 33 44');
  });

  it('opens the emergency and about pages', async () => {
    await page.goto(home());
    await tid('tile-emergency').click();
    await tid('call-112').waitFor();
    for (const id of ['call-112', 'call-15', 'call-17', 'sms-114', 'pep']) expect(await tid(id).isVisible()).toBe(true);
    await tid('call-programme').waitFor();
    await shoot(page, '13-emergency');
    await tid('pep').click();
    await tid('article').first().waitFor();
    expect(await page.locator('.chip-on >> visible=true').first().textContent()).toContain('紧急情况');

    await page.goto(home());
    await tid('tile-about').click();
    await tid('email').waitFor();
    expect(await tid('email').textContent()).toContain('lotusbus@medecinsdumonde.net');
    await shoot(page, '14-about');
  });

  it('routes a flyer scene to the city directory and counts the scan once', async () => {
    const scans: string[] = [];
    const onRequest = (r: Request) => {
      if (r.url().endsWith('/api/scan')) scans.push(r.postData() ?? '');
    };
    page.on('request', onRequest);
    await page.goto(home(`&scene=${encodeURIComponent('c=lyon&f=bt2611')}`));
    await tid('service').first().waitFor();
    expect(await page.locator('.city-current >> visible=true').textContent()).toContain('里昂');
    await expect.poll(() => scans.length).toBe(1);
    expect(JSON.parse(scans[0])).toEqual({ scene: 'c=lyon&f=bt2611' });
    await shoot(page, '15-scene-city');

    await page.goto(home(`&scene=${encodeURIComponent('a=pep')}`));
    await tid('article-title').waitFor();
    expect(await tid('article-title').textContent()).toContain('阻断药');

    scans.length = 0;
    await page.goto(home('&scene=zzz%3D1'));
    await tid('tile-directory').waitFor();
    await page.waitForTimeout(500);
    expect(scans).toEqual([]);
    expect(await page.locator('.error-box >> visible=true').count()).toBe(0);
    page.off('request', onRequest);
  });

  it('switches to French, and remembers it after a reload', async () => {
    await page.goto(home());
    await tid('lang-fr').click();
    await expect.poll(() => tid('tile-directory').textContent()).toContain('Adresses');
    await page.reload();
    await tid('tile-directory').waitFor();
    expect(await tid('tile-directory').textContent()).toContain('Adresses');
    expect(await visibleText('Dernières nouvelles').count()).toBe(1);
    await shoot(page, '16-home-fr');
    await tid('lang-en').click();
    await expect.poll(() => tid('tile-check').textContent()).toContain('Check a number');
    await tid('lang-zh-Hans').click();
    await expect.poll(() => tid('tile-check').textContent()).toContain('查一个号码');
  });

  it('shows the directory after a reload with no network, and says how old it is', async () => {
    await page.goto(`${home()}`.replace('#/pages/home/index', '#/pages/directory/index'));
    await tid('service').first().waitFor();
    const online = await tid('service').count();
    await page.route(`${apiUrl}/**`, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await tid('service').first().waitFor();
    expect(await tid('service').count()).toBe(online);
    await page.evaluate(() => {
      // Old enough to be revalidated: the failed revalidation must say the data is from the device.
      for (const key of Object.keys(localStorage)) {
        if (!key.startsWith('lotus:api:')) continue;
        const entry = JSON.parse(localStorage.getItem(key)!);
        entry.data.savedAt = Date.now() - 3 * 3600_000;
        localStorage.setItem(key, JSON.stringify(entry));
      }
    });
    await page.reload();
    await tid('offline-note').waitFor();
    expect(await tid('offline-note').textContent()).toContain('3小时前');
    expect(await tid('service').count()).toBe(online);
    await shoot(page, '17-offline-directory');
    await page.unroute(`${apiUrl}/**`);
  });

  it('quick exit replaces the screen with a neutral recipe and clears the page stack', async () => {
    await page.goto(home());
    await tid('tile-articles').click();
    await tid('article').first().waitFor();
    await tid('quick-exit').click();
    await tid('neutral').waitFor();
    expect(await tid('neutral').textContent()).toContain('番茄炒蛋');
    expect(await page.title()).toBe('今日菜谱');
    expect(await page.locator('.taro_page >> visible=true').count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toMatch(/莲花|Lotus|提醒|紧急/);
    await shoot(page, '18-quick-exit');
    expect(pageErrors).toEqual([]);
  });
});
