import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD } from '../../server/test/admin';
import { postJson } from '../../server/test/http';
import { startTestServer, type TestServer } from '../../server/test/server';

const AXE = readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical WCAG A/AA violations, run through the DevTools protocol (the console's CSP allows no inline script). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const run = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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

    // Sent from ids the server did not issue and only minutes ago: pending reports show nothing yet (SECURITY.md).
    expect(await check()).toMatchObject({ count: 0, unconfirmed: 0 });
    expect(await page.textContent('[data-testid=moderation-rule]')).toContain('6 到 12 小时');
    const rows = page.locator('[data-testid=report-row]:visible');
    const first = rows.first();
    expect(await first.locator('[data-testid=answers]').textContent()).toContain('确认后：1 条确认的提醒，显示“不付钱”和“有风险”');
    expect(await first.locator('[data-testid=report-approve]').getAttribute('aria-label')).toBe('确认这条提醒：电话 +33 6 •• •• •• 78（不付钱）');
    expect(await first.textContent()).toContain('巴黎');
    // A decision waits a few seconds behind "undo": undone, nothing reaches the server.
    await first.locator('[data-testid=report-reject]').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.textContent('[data-testid=toast]')).toContain('已拒绝：电话 +33 6 •• •• •• 78。');
    await page.screenshot({ path: path.join(SHOTS, 'reports-undo.png'), fullPage: true });
    await page.click('[data-testid=undo]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.textContent('[data-testid=moderation-message]')).toBe('已撤销，这条提醒还在列表里。');

    await rows.first().locator('[data-testid=report-approve]').click();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(check, { timeout: 15_000, interval: 2000 }).toMatchObject({ count: 1, level: 'risky' });
    await page.locator('[data-testid=report-duplicate]:visible').click();
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => server.deps.db.dataSource.query(`SELECT status FROM reports ORDER BY status`), { timeout: 15_000, interval: 500 }).toEqual([{ status: 'approved' }, { status: 'duplicate' }]);
    expect(await check()).toMatchObject({ count: 1, unconfirmed: 0 });
    expect(await axe(page)).toEqual([]);

    await page.selectOption('[data-testid=report-status]', 'approved');
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'reports-approved.png'), fullPage: true });
    await page.click('button.lang >> text=Français');
    await expect.poll(() => page.textContent('[data-testid=moderation-rule]')).toContain('6 à 12 heures');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SHOTS, 'reports-approved-fr-phone.png'), fullPage: true });
  });
});
