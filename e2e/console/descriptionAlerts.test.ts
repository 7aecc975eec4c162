import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator } from '../../server/test/admin';
import { startTestServer, type TestServer } from '../../server/test/server';
import { axeViolations } from '../support/axe';
import { launch, phone, shoot as shootPhone } from '../support/browser';
import { buildDir, ensureBuilt } from '../support/build';
import { serveStatic } from '../support/static';
import { SHOTS, signIn } from './support';

/**
 * Alerts by description from end to end, in Chromium: a worker reports one without any number in the
 * H5 build of the mini-program, a mediator edits and approves it in the console, and it shows on the
 * "最近的提醒" page of its city, level in words and icon, in Chinese and in French.
 */

describe('alerts by description: mini-program → console → mini-program', () => {
  let server: TestServer;
  let web: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let worker: BrowserContext;
  let app: Page;
  const errors: string[] = [];
  const visible = (page: Page, text: string) => page.getByText(text, { exact: true }).locator('visible=true').first().isVisible();
  const tid = (page: Page, id: string) => page.locator(`[data-testid="${id}"] >> visible=true`);
  const at = (route: string) => `${web.url}/?api=${encodeURIComponent(server.url)}#/pages/${route}`;
  /** The phone's screen and the whole page (support/browser.ts), in test-output/e2e/. */
  const shoot = (page: Page, name: string) => shootPhone(page, name);

  beforeAll(async () => {
    ensureBuilt('h5');
    web = await serveStatic(buildDir('h5'));
    server = await startTestServer({ env: { CORS_WRITE_ORIGINS: web.url } });
    await addMediator(server, 'lin', 'mediator');
    browser = await launch();
    worker = await phone(browser);
    app = await worker.newPage();
    app.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await web?.close();
  });

  it('a worker without any number sends a description from the report page', async () => {
    await app.goto(at('report/index'));
    await tid(app, 'report-no-number').waitFor();
    expect(await tid(app, 'report-no-number').textContent()).toContain('没有号码 / 不知道号码');
    // The identifier flow is still the first step's own.
    expect(await tid(app, 'report-next').isVisible()).toBe(true);
    await tid(app, 'report-no-number').click();
    await tid(app, 'describe-form').waitFor();
    await tid(app, 'describe-city-paris').waitFor();
    await shoot(app, 'describe-form-zh');
    expect(await axeViolations(app)).toEqual([]);

    // Nothing chosen: told what is missing, in her words, nothing sent.
    await tid(app, 'describe-send').click();
    expect(await tid(app, 'describe-no-city').textContent()).toBe('请选一个城市');
    await tid(app, 'describe-city-paris').click();
    await tid(app, 'describe-send').click();
    expect(await tid(app, 'describe-no-category').isVisible()).toBe(true);
    await tid(app, 'describe-category-robbery').click();
    await tid(app, 'describe-category-non-payment').click();
    await app.locator('input[data-testid="describe-area"], [data-testid="describe-area"] input').locator('visible=true').fill('美丽城地铁站附近');
    await app.locator('textarea[data-testid="describe-text"], [data-testid="describe-text"] textarea').locator('visible=true').fill('四十岁左右，光头，开白色的车，电话 06 12 34 56 78。先说给很多钱，后来抢了手机。不肯用安全套。');
    await tid(app, 'describe-send').click();
    await tid(app, 'describe-sent').waitFor();
    expect(await tid(app, 'describe-sent').textContent()).toContain('收到了');
  });

  it('a mediator edits and approves it in the console; the number never reached it', async () => {
    const desk = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
    const page = await desk.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/console/#/description-alerts`);
    await signIn(page, 'lin');
    await page.click('text=样子提醒');
    const row = page.locator('[data-testid=description-row]');
    await expect.poll(() => row.count()).toBe(1);
    const text = row.locator('[data-testid=description-text]');
    expect(await text.inputValue()).toBe('四十岁左右，光头，开白色的车，电话 +33 6 •• •• •• 78。先说给很多钱，后来抢了手机。不肯用安全套。');
    // The screener's word, with the programme's own: the text goes to WeChat.
    await expect.poll(() => row.locator('[data-testid=description-words]').textContent()).toContain('安全套 → 工具');
    expect(await row.locator('[data-testid=description-categories]').textContent()).toBe('抢走财物、不付钱');
    expect(await page.content()).not.toContain('12 34 56');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'description-alerts-pending.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // No level chosen: asked for one.
    await row.locator('[data-testid=description-approve]').click();
    expect(await row.locator('[data-testid=description-message]').textContent()).toBe('请先选择程度。');
    await row.locator('[data-testid=description-level]').selectOption('danger');
    await row.locator('[data-testid=description-approve]').click();
    // Refused while the blocked word is there; the number is still masked.
    await expect.poll(() => row.locator('[data-testid=description-message]').textContent()).toBe('还有要改的词，不能显示：请按上面的提示替换，再确认。');
    expect(await page.textContent('[data-testid=descriptions-message]')).toBe('');
    await text.fill('四十岁左右，光头，开白色的车。先说给很多钱，后来抢了手机。');
    await row.locator('[data-testid=description-approve]').click();
    await expect.poll(() => page.textContent('[data-testid=descriptions-message]')).toBe('已确认，小程序里已经显示。');
    expect(await row.count()).toBe(0);
    await page.selectOption('[data-testid=description-status]', 'approved');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-testid=description-text]').inputValue()).toBe('四十岁左右，光头，开白色的车。先说给很多钱，后来抢了手机。');
    await desk.close();
  });

  it('shows on the city’s 最近的提醒 page, level in words and icon, linked from Home and the check page', async () => {
    await tid(app, 'describe-see-alerts').click();
    await tid(app, 'alert').first().waitFor();
    expect(await tid(app, 'alert').count()).toBe(1);
    expect(await tid(app, 'alert-level').textContent()).toBe('🛑 危险');
    expect(await tid(app, 'alert-text').textContent()).toBe('四十岁左右，光头，开白色的车。先说给很多钱，后来抢了手机。');
    const card = await tid(app, 'alert').textContent();
    expect(card).toContain('抢东西');
    expect(card).toContain('地点：美丽城地铁站附近');
    await shoot(app, 'alerts-zh');
    expect(await axeViolations(app)).toEqual([]);

    // Another city: none yet, said in words.
    expect(await tid(app, 'alerts-city-lyon').count()).toBe(0);
    await tid(app, 'alerts-change-city').click();
    await tid(app, 'alerts-city-lyon').click();
    await tid(app, 'alerts-none').waitFor();
    expect(await tid(app, 'alert').count()).toBe(0);

    await app.goto(at('home/index'));
    await tid(app, 'tile-alerts').click();
    await tid(app, 'alerts-report').waitFor();
    await app.goto(at('check/index'));
    await tid(app, 'check-alerts').click();
    await tid(app, 'alerts-report').waitFor();
  });

  it('in French', async () => {
    const fr = await phone(browser);
    await fr.addInitScript(() => localStorage.setItem('lotus:lang', JSON.stringify({ data: 'fr' })));
    const page = await fr.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at('alerts/index?city=paris'));
    await tid(page, 'alert').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await tid(page, 'alert-level').textContent()).toBe('🛑 Danger');
    expect(await tid(page, 'alert').textContent()).toContain('Lieu : 美丽城地铁站附近');
    await shoot(page, 'alerts-fr');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(at('report/index?mode=describe'));
    await tid(page, 'describe-form').waitFor();
    await tid(page, 'describe-city-paris').waitFor();
    expect(await visible(page, 'Alerte par description')).toBe(true);
    await shoot(page, 'describe-form-fr');
    expect(await axeViolations(page)).toEqual([]);
    await fr.close();
    expect(errors).toEqual([]);
  });
});
