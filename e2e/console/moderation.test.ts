import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator } from '../../server/test/admin';
import { postJson } from '../../server/test/http';
import { startTestServer, type TestServer } from '../../server/test/server';
import { axeViolations } from '../support/axe';
import { openConsole, SHOTS, signIn } from './support';


describe('moderating reports in the console, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const clock = new Date('2026-11-23T09:00:00Z');
  const check = async () => (await postJson(`${server.url}/api/check`, { kind: 'phone', value: '06 12 34 56 78' })).body.data;

  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    await addMediator(server, 'lin', 'mediator');
    const report = (value: string, device: string, details?: string) =>
      postJson(`${server.url}/api/reports`, { kind: 'phone', value, categories: ['harassment', 'non-payment'], level: 'risky', city: 'paris', month: '2026-11', device, details });
    expect((await report('06 12 34 56 78', 'device-one-000000000000', '他没付钱就走了，号码 06 12 34 56 78')).status).toBe(201);
    expect((await report('+33 6 12 34 56 78', 'device-two-000000000000')).status).toBe(201);
    ({ browser, page } = await openConsole(1400));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists pending reports masked, and a decision changes what a check answers', async () => {
    await page.goto(`${server.url}/console/#/reports`);
    await signIn(page, 'lin');
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
    expect(await first.locator('[data-testid=answers]').textContent()).toContain('确认后：1 条确认的提醒，显示“不付钱、骚扰”和“有风险”');
    expect(await page.locator('[data-testid=categories]').allTextContents()).toEqual(['不付钱、骚扰', '不付钱、骚扰']);
    expect(await first.locator('[data-testid=report-approve]').getAttribute('aria-label')).toBe('确认这条提醒：电话 +33 6 •• •• •• 78（不付钱、骚扰）');
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
    await expect.poll(check, { timeout: 15_000, interval: 2000 }).toMatchObject({ count: 1, level: 'risky', categories: ['non-payment', 'harassment'] });
    await page.locator('[data-testid=report-duplicate]:visible').click();
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => server.deps.db.dataSource.query(`SELECT status FROM reports ORDER BY status`), { timeout: 15_000, interval: 500 }).toEqual([{ status: 'approved' }, { status: 'duplicate' }]);
    expect(await check()).toMatchObject({ count: 1, unconfirmed: 0 });
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('[data-testid=report-status]', 'approved');
    await expect.poll(() => page.locator('[data-testid=report-row]').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'reports-approved.png'), fullPage: true });
    await page.click('button.lang >> text=Français');
    await expect.poll(() => page.textContent('[data-testid=moderation-rule]')).toContain('6 à 12 heures');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SHOTS, 'reports-approved-fr-phone.png'), fullPage: true });
  });
});
