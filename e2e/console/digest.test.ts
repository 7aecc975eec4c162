import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../scripts/fake-wechat';
import { addMediator } from '../../server/test/admin';
import type { TestServer } from '../../server/test/server';
import { startTestServerWithWechat } from '../../server/test/wechat';
import { seedDescription, seedReport } from '../../server/src/digest/testSeed';
import { axeViolations } from '../support/axe';
import { openConsole, SHOTS, signIn } from './support';

/**
 * The weekly digest and the bus sheet in the console, in Chromium, against the fake WeChat: a mediator
 * drafts last week's digest, edits it, approves it, publishes it (draft/add + freepublish), notifies
 * followers once (message/mass/sendall, one a month here), and downloads the A4 sheet.
 */
describe('console: weekly digest and alerts sheet', () => {
  let server: TestServer;
  let wx: FakeWechat;
  let close: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const now = new Date('2026-11-30T09:00:00Z');
  const tid = (id: string) => page.locator(`[data-testid="${id}"]`);
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `digest-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat({ now: () => now, env: { H5_URL: 'https://lotus.example.org/h5/', WECHAT_MASS_PER_MONTH: '1' } }));
    await addMediator(server, 'lin', 'mediator');
    await server.deps.db.dataSource.transaction(async (m) => {
      await seedReport(m, { value: '06 12 34 56 78', categories: ['violence', 'robbery'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-24T10:00:00Z') });
      await seedReport(m, { kind: 'wechat', value: 'liming_88', categories: ['non-payment'], level: 'risky', city: 'paris', decidedAt: new Date('2026-11-27T10:00:00Z') });
      await seedDescription(m, { city: 'paris', area: '美丽城', categories: ['violence'], level: 'danger', text: '四十岁左右，光头，开白色的车。先说给很多钱，后来抢了手机。', decidedAt: new Date('2026-11-26T10:00:00Z') });
    });
    ({ browser, context, page } = await openConsole(1200));
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('drafts last week’s digests and shows how many mass messages are left this month', async () => {
    await page.goto(`${server.url}/console/#/digests`);
    await signIn(page, 'lin');
    await tid('draft-now').click();
    await tid('digest-row').first().waitFor();
    expect(await tid('draft-message').textContent()).toBe('已整理 1 份周报（2026-11-23 那一周）。');
    expect(await tid('mass-quota').textContent()).toBe('本月（2026-11）还可以群发通知关注者 1 次（微信每月最多 1 次）。');
    expect(await tid('digest-row').textContent()).toContain('巴黎本周提醒 11.23–11.29');
    expect(await axeViolations(page)).toEqual([]);
    await shot('01-list-zh');
  });

  it('edits, approves and publishes it through the account’s publish path, with no number sent', async () => {
    await tid('digest-row').first().click();
    await page.locator('#digest-markdown').waitFor();
    expect(await tid('digest-about').textContent()).toBe('巴黎 · 2026-11-23 · 号码提醒 2 条 · 描述提醒 1 条');
    const text = await page.locator('#digest-markdown').inputValue();
    expect(text).toContain('四十岁左右，光头，开白色的车。');
    expect(text).toContain('- 动手伤人 Coups：1');
    await page.locator('#digest-markdown').fill(`${text}\n\n周四巴士照常出车。`);
    await tid('save').click();
    await expect.poll(() => tid('digest-message').textContent()).toBe('已保存。修改后需要重新确认。');
    await tid('approve').click();
    await expect.poll(() => tid('digest-state').textContent()).toMatch(/^已确认/);
    await expect.poll(() => tid('preview').innerHTML()).toContain('周四巴士照常出车。');
    expect(await tid('preview').innerHTML()).toMatch(/<h3[^>]*>⚠ 危险 Danger · 美丽城 · 2026年11月<\/h3>/);
    expect(await axeViolations(page)).toEqual([]);
    await shot('02-editor-zh');
    await tid('publish').click();
    await page.locator('[data-testid=published-url]').waitFor();
    const draft = wx.calls.find((c) => c.path === '/cgi-bin/draft/add')!.body as { articles: Array<{ title: string; content: string }> };
    expect(draft.articles[0].title).toBe('巴黎本周提醒 11.23–11.29');
    expect(draft.articles[0].content).toContain('周四巴士照常出车。');
    const sent = JSON.stringify(wx.calls);
    for (const secret of ['12 34', '0612345678', 'liming']) expect(sent).not.toContain(secret);
  });

  it('notifies followers once after asking, then says none is left this month', async () => {
    expect(await tid('notify-state').textContent()).toBe('本月（2026-11）还可以群发通知关注者 1 次（微信每月最多 1 次）。');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await tid('notify').click();
    await expect.poll(() => tid('notify-state').textContent()).toMatch(/^已于 .+ 通知关注者。$/);
    expect(asked).toEqual(['确定要通知所有关注者吗？本月还剩 1 次。']);
    expect(await tid('notify').isHidden()).toBe(true);
    const mass = wx.calls.filter((c) => c.path === '/cgi-bin/message/mass/sendall');
    expect(mass).toHaveLength(1);
    expect((mass[0].body as { text: { content: string } }).text.content).toMatch(/^生活小贴士：巴黎本周提醒 11\.23–11\.29\n<a href="https:\/\/mp\.weixin\.qq\.com\/s\//);
    await shot('03-published-notified-zh');
    await page.goto(`${server.url}/console/#/digests`);
    await tid('mass-quota').waitFor();
    expect(await tid('mass-quota').textContent()).toBe('本月（2026-11）还可以群发通知关注者 0 次（微信每月最多 1 次）。');
  });

  it('downloads the A4 sheet for the bus from the console, with only the numbers’ last digits', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), tid('sheet-download').click()]);
    expect(download.suggestedFilename()).toBe('lotus-paris.pdf');
    const file = path.join(SHOTS, 'digest-sheet-paris.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8');
    expect(text).toContain('…78');
    expect(text).toContain('…88');
    for (const whole of ['06 12 34 56 78', '0612345678', 'liming']) expect(text).not.toContain(whole);
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('speaks French, and a phone-width window still shows everything', async () => {
    await page.click('button.lang >> text=Français');
    await page.waitForSelector('text=Récapitulatif hebdomadaire des alertes');
    expect(await tid('mass-quota').textContent()).toBe('Ce mois-ci (2026-11), encore 0 envoi(s) groupé(s) possible(s) aux abonnés (WeChat : 1 par mois au plus).');
    await shot('04-list-fr');
    await tid('digest-row').first().click();
    await page.locator('#digest-markdown').waitFor();
    expect(await tid('notify-state').textContent()).toMatch(/^Abonnés prévenus le /);
    await shot('05-editor-fr');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('06-editor-fr-390');
    await page.goto(`${server.url}/console/#/digests`);
    await tid('sheet').waitFor();
    await shot('07-list-fr-390');
    await context.close();
  });
});
