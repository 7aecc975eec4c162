import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launch, phone, shoot } from './support/browser';
import { axeViolations } from './support/axe';

/**
 * The H5 build against the real server, as a person would use it on a 375×667 phone. Each test
 * starts on a new phone (a fresh browser profile) and sets up what it needs, so any one runs alone
 * and in any order; what must carry over (the language, the cached directory) is shown within a test.
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
/** The text field of a Taro Input or Textarea, whether Taro renders it bare or inside a wrapper. */
const field = (id: string, tag: 'input' | 'textarea' = 'input') => page.locator(`${tag}[data-testid="${id}"], [data-testid="${id}"] ${tag}`).locator('visible=true');

/** A screenshot of the page and axe-core on it: no serious or critical WCAG 2 A/AA violation, and the neutral tab title. */
async function look(name: string, title = '小贴士'): Promise<void> {
  await shoot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.title()).toBe(title);
}

beforeAll(async () => {
  browser = await launch();
});

beforeEach(async () => {
  apiCalls.length = 0;
  pageErrors.length = 0;
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

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('H5 in Chromium against the real server', () => {
  it('opens Home in Chinese with the current updates first, then the tiles, asking for nothing', async () => {
    // The first open, on a slow network: the updates arrive after the tiles are drawn. Their place is
    // held, so the tiles do not move when they come.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const updatesApi = (url: URL) => url.pathname === '/api/updates';
    await page.route(updatesApi, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(home());
    await tid('tile-directory').waitFor();
    await page.waitForTimeout(300);
    expect(await tid('update').count()).toBe(0);
    const tileBefore = (await tid('tile-directory').boundingBox())!.y;
    release();
    await tid('update').first().waitFor();
    await page.unroute(updatesApi);
    expect((await tid('tile-directory').boundingBox())!.y).toBe(tileBefore);
    expect(await tid('update').count()).toBeGreaterThan(0);
    await expect(tid('tile-directory').textContent()).resolves.toContain('机构地址');
    for (const tile of ['tile-directory', 'tile-articles', 'tile-check', 'tile-emergency']) expect(await tid(tile).isVisible()).toBe(true);
    // Updates come before the tiles on the page.
    const updateY = (await tid('update').first().boundingBox())!.y;
    const tileY = (await tid('tile-directory').boundingBox())!.y;
    expect(updateY).toBeLessThan(tileY);
    expect(await page.evaluate(() => (window as unknown as { __permissionCalls: string[] }).__permissionCalls)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The ✕ says what it does, and every control is reachable from the keyboard.
    expect(await tid('quick-exit').textContent()).toContain('快速离开');
    expect(await tid('tile-directory').getAttribute('role')).toBe('button');
    expect(await tid('tile-directory').getAttribute('tabindex')).toBe('0');
    await look('01-home');
  });

  it('picks a city, shows its services with tags and an open-now badge, searches and filters', async () => {
    await page.goto(home());
    await tid('tile-directory').click();
    await tid('city-paris').waitFor();
    // Paris first, then the others in pinyin order of their Chinese names.
    const cities = await page.locator('[data-testid^="city-"] >> visible=true').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(cities[0]).toBe('city-paris');
    await look('02-directory-cities');
    await tid('city-paris').click();
    await tid('service').first().waitFor();
    // The first screenful is drawn at once and the rest in the next frames: eventually every one of the city's services.
    const { data: paris } = (await (await fetch(`${apiUrl}/api/services?city=paris&lang=zh-Hans`)).json()) as { data: unknown[] };
    await expect.poll(() => tid('service').count()).toBe(paris.length);
    const all = await tid('service').count();
    expect(all).toBeGreaterThan(3);
    expect(await tid('service-count').textContent()).toContain(String(all));
    expect(await page.locator('[data-testid="open-now"], [data-testid="closed-now"]').locator('visible=true').count()).toBeGreaterThan(0);
    // Every card says whether someone checked it; unchecked hours are a habit, not a promise.
    expect((await tid('unverified').count()) + (await tid('verified-on').count())).toBe(all);
    expect(await tid('unverified').first().textContent()).toContain('信息未核实，去之前先打电话/看公众号');
    const badges = await page.locator('[data-testid="open-now"], [data-testid="closed-now"]').locator('visible=true').allTextContents();
    expect(badges.some((b) => /通常/.test(b))).toBe(true);
    await look('03-directory-paris');

    // Open now: only services whose hours say open at this minute.
    await tid('open-only').click();
    await expect.poll(async () => (await tid('service').count()) < all || (await tid('closed-now').count()) === 0).toBe(true);
    expect(await tid('closed-now').count()).toBe(0);
    await tid('open-only').click();
    await expect.poll(() => tid('service').count()).toBe(all);

    await tid('tag-pep').click();
    const pep = await tid('service').count();
    expect(pep).toBeGreaterThan(0);
    expect(pep).toBeLessThan(all);
    await tid('tag-pep').click();
    await field('search').fill('莲花');
    await expect.poll(() => tid('service').count()).toBeLessThan(all);
    expect(await tid('service').first().textContent()).toContain('莲花巴士');
    await field('search').fill('');
    await expect.poll(() => tid('service').count()).toBe(all);
  });

  it('opens a service: hours for the week, languages, call, map and copy actions', async () => {
    await page.goto(home().replace('#/pages/home/index', '#/pages/directory/index?city=paris'));
    await tid('service').first().waitFor();
    await field('search').fill('莲花巴士');
    await expect.poll(async () => tid('service').first().textContent()).toContain('莲花巴士');
    await tid('service').first().click();
    await tid('service-name').waitFor();
    expect(await tid('service-name').textContent()).toContain('莲花巴士');
    expect(await tid('week').first().textContent()).toMatch(/周二.*20:00–01:00/);
    expect(await tid('call').textContent()).toContain('+33 1 44 92 15 15');
    expect(await tid('open-map').count()).toBeGreaterThan(0);
    expect(await tid('copy-address').count()).toBeGreaterThan(0);
    expect(await visibleText('普通话').count()).toBeGreaterThan(0);
    expect((await tid('unverified').count()) + (await tid('verified-on').count())).toBe(1);
    await look('04-service');
  });

  it('opens an article from its rubrique and renders the server HTML, larger on demand', async () => {
    await page.goto(home());
    await tid('tile-articles').click();
    await tid('article').first().waitFor();
    await tid('category-emergency').click();
    await expect.poll(() => tid('article').count()).toBeGreaterThan(0);
    await look('05-articles');
    await tid('article').filter({ hasText: '阻断药' }).first().click();
    await tid('article-title').waitFor();
    expect(await tid('article-title').textContent()).toContain('阻断药');
    const body = page.locator('.body >> visible=true');
    await expect.poll(() => body.locator('h2').count()).toBeGreaterThan(0);
    const before = await body.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(before).toBeGreaterThanOrEqual(17);
    await tid('bigger').click();
    // The body is drawn again after the tap: read the size once the new paragraph is in place.
    await expect.poll(() => body.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before);
    await look('06-article');
    await tid('smaller').click();
  });

  it('checks a number: an answer in plain words, and a clear message for an invalid one', async () => {
    await page.goto(home());
    await tid('tile-check').click();
    await tid('check-input').waitFor();
    // A phone keypad that still takes + and spaces.
    expect(await field('check-input').getAttribute('type')).toBe('tel');
    await tid('check-submit').click();
    expect(await tid('check-invalid').textContent()).toContain('请先输入电话号码');
    await field('check-input').fill('06 12 34 56 78');
    const checked = page.waitForRequest((r) => r.url().endsWith('/api/check'));
    await tid('check-submit').click();
    await tid('check-answer').waitFor();
    expect(await tid('check-answer').textContent()).toContain('还没有姐妹提醒过');
    expect((await checked).postDataJSON().device).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    await look('07-check');

    // Rejected on the device, before any network call.
    const before = apiCalls.filter((r) => r.url().endsWith('/api/check')).length;
    await field('check-input').fill('12');
    await tid('check-submit').click();
    await tid('check-invalid').waitFor();
    expect(await tid('check-invalid').textContent()).toContain('不是一个有效的电话号码');
    expect(apiCalls.filter((r) => r.url().endsWith('/api/check')).length).toBe(before);
    await look('08-check-invalid');

    // Plausible on the device, refused by the server (400): the same clear message.
    await field('check-input').fill('00 00 00 00 00');
    const res = page.waitForResponse((r) => r.url().endsWith('/api/check'));
    await tid('check-submit').click();
    expect((await res).status()).toBe(400);
    await tid('check-invalid').waitFor();

    expect(await tid('check-invalid').textContent()).toContain('不是一个有效的电话号码');

    await tid('check-kind-plate').click();
    await field('check-input').fill('A');
    await tid('check-submit').click();
    expect(await tid('check-invalid').textContent()).toContain('车牌');

    // "Report it too" opens the report with the number filled, and the number is not in the URL.
    await tid('check-kind-phone').click();
    await field('check-input').fill('06 12 34 56 78');
    await tid('check-submit').click();
    await tid('report-too').waitFor();
    expect(await tid('report-too').textContent()).toContain('我也要提醒');
    await tid('report-too').click();
    await tid('report-input').waitFor();
    expect(await field('report-input').inputValue()).toBe('06 12 34 56 78');
    // The number goes to the report in memory, never in the address (the port may hold any digits).
    const { pathname, search, hash } = new URL(page.url());
    expect(`${pathname}${search}${hash}`.replace(/\D/g, '')).not.toContain('612345678');
  });

  it('sends a report in three steps and shows its reference', async () => {
    await page.goto(home());
    await tid('tile-report').click();
    await tid('report-input').waitFor();
    await field('report-input').fill('06 98 76 54 32');
    await tid('report-next').click();
    // Nothing chosen: she is told to choose, and stays on this step.
    await tid('report-next').click();
    expect(await tid('report-no-category').textContent()).toContain('请至少选一种情况');
    // Several can be chosen; tapping one again takes it off.
    for (const c of ['robbery', 'stealthing', 'fake-client', 'stealthing']) await tid(`category-${c}`).click();
    expect(await tid('report-no-category').count()).toBe(0);
    const pressed = (c: string) => tid(`category-${c}`).getAttribute('aria-pressed');
    expect([await pressed('robbery'), await pressed('fake-client'), await pressed('stealthing')]).toEqual(['true', 'true', 'false']);
    await tid('level-dangerous').click();
    await look('09-report-step2');
    await tid('report-next').click();
    expect(await page.locator('[data-testid^="month-"] >> visible=true').first().textContent()).toMatch(/^\d{4}年\d{1,2}月$/);
    await field('report-details', 'textarea').fill('假装客人，拿走了手机');
    // The text area ends above the buttons below it.
    const area = (await tid('report-details').boundingBox())!;
    const send = (await tid('report-send').boundingBox())!;
    expect(area.y + area.height).toBeLessThanOrEqual(send.y);
    expect(await tid('report-kept').textContent()).toContain('24个月');
    await look('10-report-step3');
    const posted = page.waitForRequest((r) => r.url().endsWith('/api/reports') && r.method() === 'POST');
    await tid('report-send').click();
    const body = (await posted).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({ kind: 'phone', value: '06 98 76 54 32', categories: ['robbery', 'fake-client'], level: 'dangerous', details: '假装客人，拿走了手机' });
    expect(body).not.toHaveProperty('category');
    expect(body.device).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    await tid('report-reference').waitFor();
    const reference = (await tid('report-reference').textContent())!.trim();
    expect(reference).toMatch(/^[A-Z0-9-]{4,}$/);
    // Each group of the reference stays on one line.
    const lines = await tid('report-reference').locator('.ref-group').evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(lines.every((n) => n === 1)).toBe(true);
    expect(await tid('copy-reference').isVisible()).toBe(true);
    await look('11-report-sent');

    // Withdrawing asks first: cancel keeps it, confirm deletes it.
    const deletes: string[] = [];
    const onDelete = (r: Request) => void (r.method() === 'DELETE' && deletes.push(r.url()));
    page.on('request', onDelete);
    await tid('withdraw').first().click();
    await page.locator('.taro-model__cancel >> visible=true').click();
    await page.waitForTimeout(300);
    expect(deletes).toEqual([]);
    await tid('withdraw').first().click();
    const gone = page.waitForResponse((r) => r.request().method() === 'DELETE');
    await page.locator('.taro-model__confirm >> visible=true').click();
    expect((await gone).status()).toBe(204);
    await expect.poll(() => visibleText('已撤回').count()).toBeGreaterThan(0);
    page.off('request', onDelete);
  });

  it('keeps a report on the device when the send fails, and sends it later', async () => {
    await page.route(`${apiUrl}/api/reports`, (route) => route.abort('internetdisconnected'));
    await page.goto(home());
    await tid('tile-report').click();
    await field('report-input').fill('07 11 22 33 44');
    await tid('report-next').click();
    await tid('category-non-payment').click();
    await tid('report-next').click();
    await tid('report-send').click();
    await tid('report-queued').waitFor();
    await tid('pending').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('lotus:reports:queue'));
    expect(stored).toContain('07 11 22 33 44');
    await look('12-report-queued');

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
    for (const n of ['112', '15', '17', '115', '119', '3114', '3919']) expect(await tid(`call-${n}`).isVisible()).toBe(true);
    for (const id of ['sms-114', 'pep']) expect(await tid(id).isVisible()).toBe(true);
    expect(await tid('call-17').textContent()).toContain('警察');
    // No PROGRAMME_PHONE on this server: no call button, no promise of Chinese-speaking staff; write instead.
    await tid('write-programme').waitFor();
    expect(await tid('call-programme').count()).toBe(0);
    const shown = await page.locator('.taro_page >> visible=true').innerText();
    expect(shown).not.toContain('说中文的工作人员');
    expect(shown).not.toContain('不会发出声音');
    await look('13-emergency');
    await tid('pep').click();
    await tid('article').first().waitFor();
    expect(await page.locator('.chip-on >> visible=true').first().textContent()).toContain('紧急情况');

    await page.goto(home());
    // From the keyboard: focus the tile, Enter opens it.
    await tid('tile-about').focus();
    await page.keyboard.press('Enter');
    await tid('email').waitFor();
    expect(await tid('email').textContent()).toContain('lotusbus@medecinsdumonde.net');
    expect(await tid('about-exit').textContent()).toContain('长按菜名');
    expect(await tid('about-privacy').textContent()).toContain('24个月');
    await look('14-about');
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
    await look('15-scene-city');

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
    await tid('lang-picker').click();
    await tid('lang-fr').click();
    await expect.poll(() => tid('tile-directory').textContent()).toContain('Adresses');
    await page.reload();
    await tid('tile-directory').waitFor();
    expect(await tid('tile-directory').textContent()).toContain('Adresses');
    expect(await visibleText('Dernières nouvelles').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await look('16-home-fr', 'Astuces');
    await tid('lang-picker').click();
    await tid('lang-en').click();
    await expect.poll(() => tid('tile-check').textContent()).toContain('Check a number');
    await tid('lang-picker').click();
    await tid('lang-zh-Hans').click();
    await expect.poll(() => tid('tile-check').textContent()).toContain('查一个号码');
  });

  it('in French and English: every changed page at phone size, banners naming the language really shown', async () => {
    await page.goto(home());
    await tid('lang-picker').click();
    await tid('lang-fr').click();
    await expect.poll(() => tid('tile-directory').textContent()).toContain('Adresses');
    const at = (route: string) => page.goto(home().replace('#/pages/home/index', `#/pages/${route}`));

    await at('directory/index?city=paris');
    await tid('service').first().waitFor();
    expect(await tid('unverified').first().textContent()).toContain('Non vérifié');
    await look('fr-01-directory', 'Astuces');
    await tid('service').first().click();
    await tid('service-name').waitFor();
    await look('fr-02-service', 'Astuces');

    await at('check/index');
    await field('check-input').fill('06 12 34 56 78');
    await tid('check-submit').click();
    await tid('report-too').waitFor();
    expect(await tid('report-too').textContent()).toContain('Moi aussi, je signale');
    await look('fr-03-check', 'Astuces');
    await tid('report-too').click();
    await tid('report-input').waitFor();
    await tid('report-next').click();
    await tid('category-other').click();
    await tid('category-violence').click();
    expect(await tid('category-violence').textContent()).toContain('✓');
    await look('fr-04-report-categories', 'Astuces');
    await tid('report-next').click();
    expect(await page.locator('[data-testid^="month-"] >> visible=true').first().textContent()).toMatch(/^[a-zéû.]+ \d{4}$/);
    await look('fr-04-report', 'Astuces');

    await at('emergency/index');
    await tid('call-17').waitFor();
    expect(await tid('call-17').textContent()).toContain('Police secours');
    await look('fr-05-emergency', 'Astuces');
    await at('about/index');
    await tid('about-exit').waitFor();
    await look('fr-06-about', 'Astuces');

    // English: the list says which language the untranslated articles are shown in, as the API reports it.
    const listed = (await (await fetch(`${apiUrl}/api/articles?lang=en`)).json()) as { data: { lang: string; fallback: boolean }[] };
    const fallback = listed.data.find((a) => a.fallback);
    await tid('lang-picker').click();
    await tid('lang-en').click();
    await at('articles/index');
    await tid('article').first().waitFor();
    if (fallback) {
      const name = { 'zh-Hans': 'Chinese', fr: 'French', en: 'English' }[fallback.lang];
      expect(await tid('list-fallback').textContent()).toContain(`shown in ${name}`);
    }
    await look('en-01-articles', 'Tips');
    await tid('lang-picker').click();
    await tid('lang-zh-Hans').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  });

  it('shows every emergency number with no network and nothing saved on the phone', async () => {
    const fresh = await phone(browser);
    const cold = await fresh.newPage();
    await cold.route(`${apiUrl}/**`, (route) => route.abort('internetdisconnected'));
    await cold.goto(home().replace('#/pages/home/index', '#/pages/emergency/index'));
    await cold.locator('[data-testid="call-112"] >> visible=true').waitFor();
    for (const n of ['112', '15', '17', '115', '119', '3114', '3919']) {
      expect(await cold.locator(`[data-testid="call-${n}"] >> visible=true`).count()).toBe(1);
    }
    expect(await cold.locator('[data-testid="sms-114"] >> visible=true').count()).toBe(1);
    expect(await cold.locator('[data-testid="write-programme"] >> visible=true').count()).toBe(1);
    await shoot(cold, '19-emergency-offline');
    await fresh.close();
  });

  it('shows the directory after a reload with no network, and says how old it is', async () => {
    await page.goto(home().replace('#/pages/home/index', '#/pages/directory/index?city=paris'));
    const { data: paris } = (await (await fetch(`${apiUrl}/api/services?city=paris&lang=zh-Hans`)).json()) as { data: unknown[] };
    const online = paris.length;
    await expect.poll(() => tid('service').count()).toBe(online);
    await page.route(`${apiUrl}/**`, (route) => route.abort('internetdisconnected'));
    try {
      await page.reload();
      await tid('service').first().waitFor();
      await expect.poll(() => tid('service').count()).toBe(online);
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
      await expect.poll(() => tid('service').count()).toBe(online);
      await look('17-offline-directory');
    } finally {
      await page.unroute(`${apiUrl}/**`);
    }
  });

  it('quick exit replaces the screen with a neutral recipe and clears the page stack', async () => {
    await page.goto(home());
    await tid('tile-articles').click();
    await tid('article').first().waitFor();
    await tid('quick-exit').click();
    await tid('neutral').waitFor();
    expect(await tid('neutral').textContent()).toContain('番茄炒蛋');
    expect(await page.title()).toBe('今日菜谱');
    // A fresh document: no hidden page of the programme is left behind in it.
    expect(await page.locator('.taro_page').count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toMatch(/莲花|Lotus|提醒|紧急/);
    await look('18-quick-exit', '今日菜谱');
    // The browser's Back button does not lead into the programme.
    await page.goBack();
    await tid('neutral').waitFor();
    await page.waitForTimeout(500);
    expect(page.url()).toContain('/pages/neutral/index');
    expect(await page.locator('body').innerText()).not.toMatch(/莲花|Lotus|提醒|紧急/);
    // Her own way back, as the About page tells it: a long press on the dish.
    await page.evaluate(() => sessionStorage.removeItem('lotus:exited'));
  });
});
