import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANGS, type Lang } from '../server/src/contract/lang';
import { launch } from './support/browser';

/**
 * The web app in every language, in Chromium on a 360 px wide phone: it opens in the browser's
 * language and loads only that language's messages, the picker on every page switches all of it and
 * the choice survives a reload, untranslated articles say so, and no word pushes a page wider than
 * the phone. Screenshots of six pages in every language go to LOTUS_LANGS_SHOTS when set.
 */
const apiUrl = inject('apiUrl');
const webUrl = inject('webUrl');
const at = (route: string) => `${webUrl}/?api=${encodeURIComponent(apiUrl)}#/pages/${route}`;
const SHOTS = process.env.LOTUS_LANGS_SHOTS;

/** Home's first tile in each language: what the test reads to know the language shown. */
const HOME: Record<Lang, string> = { 'zh-Hans': '机构地址', fr: 'Adresses', en: 'Addresses', es: 'Direcciones', pt: 'Endereços', ro: 'Adrese', bg: 'Адреси' };

let browser: Browser;
const pageErrors: string[] = [];

async function phone(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale, permissions: [] });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page };
}

const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"] >> visible=true`);

async function choose(page: Page, lang: Lang): Promise<void> {
  await tid(page, 'lang-picker').click();
  await tid(page, `lang-${lang}`).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/**
 * What does not fit the 360 px screen on the page shown: an element passing the right edge (not
 * inside a horizontal scroller such as the directory's tag row, nor inside one already listed), or a
 * box that cuts its own text off without an ellipsis.
 */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none');
    const out: string[] = [];
    const listed = new Set<Element>();
    const describe = (el: HTMLElement, why: string) => `${el.className || el.tagName}: "${(el.textContent ?? '').slice(0, 40)}" ${why}`;
    for (const root of shown) {
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'hidden' && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
          out.push(describe(el, `cut off: ${el.scrollWidth} px in ${el.clientWidth} px`));
        }
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= window.innerWidth + 1) continue;
        let up = el.parentElement;
        let contained = false;
        while (up && up !== root) {
          if (listed.has(up) || getComputedStyle(up).overflowX !== 'visible') contained = true;
          up = up.parentElement;
        }
        if (contained) continue;
        listed.add(el);
        out.push(describe(el, `right=${Math.round(r.right)}`));
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`document ${document.documentElement.scrollWidth} px wide`);
    return out;
  });
}

/** The whole page, however long: Taro scrolls inside the page, so the window is made as tall as it. */
async function shootWhole(page: Page, file: string): Promise<void> {
  const height = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none');
    return Math.max(740, ...shown.map((p) => p.scrollHeight + 44));
  });
  await page.setViewportSize({ width: 360, height: Math.min(height, 3200) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file });
  await page.setViewportSize({ width: 360, height: 740 });
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the web app in seven languages', () => {
  it('opens in Romanian for a ro-RO browser, fetching only the Romanian messages', async () => {
    const { context, page } = await phone('ro-RO');
    const chunks: string[] = [];
    const apiLangs = new Set<string>();
    page.on('request', (r) => {
      const name = /\/lang-([\w-]+)\.[0-9a-f]+\.js$/.exec(r.url());
      if (name) chunks.push(name[1]);
      if (r.url().startsWith(apiUrl)) apiLangs.add(new URL(r.url()).searchParams.get('lang') ?? '');
    });
    await page.goto(at('home/index'));
    await expect.poll(() => tid(page, 'tile-directory').textContent()).toContain(HOME.ro);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    expect(await tid(page, 'lang-picker').textContent()).toContain('Română');
    expect([...new Set(chunks)]).toEqual(['ro']);
    // index.html asked for that chunk before the app's scripts ran (miniprogram/config/h5-first-screen.ts).
    expect(await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')).map((l) => l.href).filter((h) => h.includes('/lang-')).map((h) => /lang-([\w-]+)\./.exec(h)?.[1]))).toEqual(['ro']);
    expect([...apiLangs].filter(Boolean)).toEqual(['ro']);
    // A language the app lacks falls through to the next the browser lists.
    const other = await phone('de-DE');
    await other.page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'bg-BG', 'en'] }));
    await other.page.goto(at('home/index'));
    await expect.poll(() => tid(other.page, 'tile-directory').textContent()).toContain(HOME.bg);
    await other.context.close();
    await context.close();
  });

  it('switches language from the picker on every page, and the choice survives a reload', async () => {
    const { context, page } = await phone('zh-CN');
    const pages: [string, () => Promise<unknown>][] = [
      ['home/index', () => tid(page, 'tile-directory').waitFor()],
      ['directory/index?city=paris', () => tid(page, 'service').first().waitFor()],
      ['articles/index', () => tid(page, 'article').first().waitFor()],
      ['article/index?slug=pep', () => tid(page, 'article-title').waitFor()],
      ['check/index', () => tid(page, 'check-submit').waitFor()],
      ['report/index', () => tid(page, 'report-next').waitFor()],
      ['emergency/index', () => tid(page, 'call-112').waitFor()],
      ['about/index', () => tid(page, 'about-exit').waitFor()],
    ];
    const order = LANGS.filter((l) => l !== 'zh-Hans');
    let i = 0;
    for (const [route, ready] of pages) {
      const lang = order[i++ % order.length];
      await page.goto(at(route));
      await ready();
      const before = await tid(page, 'page-title').textContent();
      await choose(page, lang);
      await expect.poll(() => tid(page, 'page-title').textContent()).not.toBe(before);
      expect(await tid(page, 'lang-picker').textContent()).toContain({ fr: 'Français', en: 'English', es: 'Español', pt: 'Português', ro: 'Română', bg: 'Български' }[lang as Exclude<Lang, 'zh-Hans'>]);
      await page.reload();
      await ready();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator(`link[rel="preload"][href*="/lang-${lang}."]`).count(), 'the saved choice is preloaded').toBe(1);
      expect(await tid(page, 'page-title').textContent()).not.toBe(before);
    }
    await page.goto(at('emergency/index'));
    await tid(page, 'call-112').waitFor();
    await choose(page, 'bg');
    await expect.poll(() => tid(page, 'page-title').textContent()).toBe('Спешни случаи');
    await context.close();
  });

  it('shows translated articles in her language, and says so when an article is shown in another', async () => {
    const { context, page } = await phone('es-ES');
    await page.goto(at('article/index?slug=pep'));
    await expect.poll(() => tid(page, 'article-title').textContent()).toContain('PEP');
    expect(await tid(page, 'article-fallback').count()).toBe(0);
    expect(await page.locator('.taro_page >> visible=true').first().textContent()).toContain('48 horas');
    await page.goto(at('article/index?slug=hepatitis-b'));
    await tid(page, 'article-title').waitFor();
    await expect.poll(() => tid(page, 'article-fallback').textContent()).toContain('Todavía no está traducido al español');
    expect(await tid(page, 'article-fallback').textContent()).toContain('francés');
    await context.close();
  });

  it('fits a 360 px screen in every language: nothing wider than the phone on six pages', async () => {
    const { context, page } = await phone('zh-CN');
    const wide: string[] = [];
    const shots: [string, string, () => Promise<unknown>][] = [
      ['home', 'home/index', () => tid(page, 'tile-directory').waitFor()],
      ['directory', 'directory/index?city=paris', () => tid(page, 'service').first().waitFor()],
      ['article', 'article/index?slug=after-assault', () => tid(page, 'article-title').waitFor()],
      ['check', 'check/index', () => tid(page, 'check-submit').waitFor()],
      ['report', 'report/index', () => tid(page, 'report-next').waitFor()],
      ['emergency', 'emergency/index', () => tid(page, 'call-112').waitFor()],
    ];
    await page.goto(at('home/index'));
    await tid(page, 'tile-directory').waitFor();
    for (const lang of LANGS) {
      if ((await page.evaluate(() => document.documentElement.lang)) !== lang) await choose(page, lang);
      for (const [name, route, ready] of shots) {
        await page.goto(at(route));
        await ready();
        await page.waitForTimeout(600);
        wide.push(...(await overflow(page)).map((o) => `${lang} ${name}: ${o}`));
        if (SHOTS) await shootWhole(page, `${SHOTS}/${lang}-${name}.png`);
      }
      if (SHOTS) {
        await tid(page, 'lang-picker').click();
        await page.screenshot({ path: `${SHOTS}/${lang}-picker.png` });
        await tid(page, 'lang-picker').click();
      }
    }
    expect(wide).toEqual([]);

    // A word longer than any real one still stays inside its tile and its button.
    await page.goto(at('home/index'));
    await tid(page, 'tile-directory').waitFor();
    await page.evaluate(() => {
      const long = 'Neîncrederea'.repeat(4);
      for (const id of ['tile-directory', 'tile-check', 'page-title']) {
        const el = document.querySelector(`[data-testid="${id}"] taro-text-core, [data-testid="${id}"]`);
        if (el) el.textContent = long;
      }
    });
    expect(await overflow(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
