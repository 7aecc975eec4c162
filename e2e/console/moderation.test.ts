import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD } from '../../server/test/admin';
import { postJson } from '../../server/test/http';
import { startTestServer, type TestServer } from '../../server/test/server';

const SHOTS = path.resolve(__dirname, '../../test-output/console');

describe('moderating reports in the console, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const clock = new Date('2026-11-23T09:00:00Z');
  const check = async () => (await postJson(`${server.url}/api/check`, { kind: 'phone', value: '06 12 34 56 78' })).body.data;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ now: () => clock });
    await addMediator(server, 'lin', 'mediator');
    const report = (value: string, device: string, details?: string) =>
      postJson(`${server.url}/api/reports`, { kind: 'phone', value, category: 'non-payment', level: 'risky', city: 'paris', month: '2026-11', device, details });
    expect((await report('06 12 34 56 78', 'device-one-000000000000', '他没付钱就走了，号码 06 12 34 56 78')).status).toBe(201);
    expect((await report('+33 6 12 34 56 78', 'device-two-000000000000')).status).toBe(201);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })).newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists pending reports masked, and a decision changes what a check answers', async () => {
    await page.goto(`${server.url}/console/#/reports`);
    await page.fill('#login-username', 'lin');
    await page.fill('#login-password', PASSWORD);
    await page.click('form.login button[type=submit]');
    await page.click('text=提醒审核');
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(2);
    expect(await page.locator('[data-testid=masked]').allTextContents()).toEqual(['+33 6 •• •• •• 78', '+33 6 •• •• •• 78']);
    const html = await page.content();
    expect(html).not.toContain('12 34 56');
    expect(html).toContain('他没付钱就走了，号码 +33 6 •• •• •• 78');
    await page.screenshot({ path: path.join(SHOTS, 'reports-pending.png'), fullPage: true });

    expect(await check()).toMatchObject({ count: 0, unconfirmed: 2 });
    await page.locator('[data-testid=report-row]').first().locator('[data-testid=report-approve]').click();
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(1);
    expect(await check()).toMatchObject({ count: 1, unconfirmed: 1, level: 'risky' });
    await page.locator('[data-testid=report-duplicate]').click();
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(0);
    expect(await check()).toMatchObject({ count: 1, unconfirmed: 0 });

    await page.selectOption('[data-testid=report-status]', 'approved');
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'reports-approved.png'), fullPage: true });
  });
});
