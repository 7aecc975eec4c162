import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../scripts/fake-wechat';
import { addMediator, PASSWORD, request } from '../../server/test/admin';
import type { TestServer } from '../../server/test/server';
import { startTestServerWithWechat } from '../../server/test/wechat';
import { dismissNextDialog, openConsole, SHOTS, signIn } from './support';

describe('mediator console in Chromium', () => {
  let wx: FakeWechat;
  let close: (() => Promise<void>) | undefined;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let clock = new Date('2026-11-23T09:00:00Z');

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const body = () => page.locator('#body');

  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat({ now: () => clock }));
    await addMediator(server, 'amy', 'admin');
    ({ browser, page } = await openConsole(1400));
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  const login = (password = PASSWORD) => signIn(page, 'amy', password);

  it('serves the console with a strict Content-Security-Policy', async () => {
    const res = await request(`${server.url}/console/`, 'GET');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.text).not.toMatch(/<script>|\son\w+="/);
  });

  it('refuses a wrong password in plain words', async () => {
    await page.goto(`${server.url}/console/`);
    await login('not my password');
    await expect.poll(() => page.textContent('[data-testid=login-error]')).toBe('用户名或密码错误。');
    await shot('01-login-wrong-password');
  });

  it('signs in and lists the articles', async () => {
    await login();
    await page.waitForSelector('[data-testid=article-row]');
    expect(await page.textContent('[data-testid=who]')).toBe('amy');
    await shot('02-articles');
  });

  it('highlights a flagged word, replaces it in one click, and shows the WeChat preview', async () => {
    await page.click('text=＋ 写新文章');
    await page.fill('#title', '巴士上的免费工具');
    await page.fill('#slug', 'free-tools');
    await page.fill('#summary', '每周四在巴士上可以领取。');
    await body().fill('## 可以领到什么\n\n巴士上有免费的安全套和检测。\n\n- 不用登记\n- 不用说名字\n');
    const mark = page.locator('.hl-backdrop mark.hit.block');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('安全套');
    await expect.poll(() => page.locator('[data-testid=preview] li').count()).toBe(2);
    await shot('03-editor-flagged');

    await page.click('[data-testid=hit] >> text=替换为「工具」');
    await page.click('[data-testid=confirm-replace]');
    await expect.poll(() => body().inputValue()).toContain('免费的工具和检测');
    await expect.poll(() => mark.count()).toBe(0);
    await expect.poll(() => page.textContent('[data-testid=hits]')).toContain('没有发现需要修改的词语');
    await expect.poll(() => page.textContent('[data-testid=preview]')).toContain('免费的工具和检测');
  });

  it('saves the draft and publishes it against the fake WeChat', async () => {
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=editor-status]')).toBe('已检查');
    expect(await page.textContent('.publish .notice')).toContain('发布不会通知关注者');
    await page.click('[data-testid=publish]');
    const link = page.locator('[data-testid=published-url]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    // The screener's verdict and WeChat's answer are two badges: publishing changes only the second.
    expect(await page.textContent('[data-testid=editor-status]')).toBe('已检查');
    expect(await page.textContent('.page-head [data-testid=wechat-state]')).toBe('已发表');
    await shot('04-published');
    const pub = await request(`${server.url}/api/articles/free-tools?lang=zh-Hans`, 'GET');
    expect([pub.status, pub.json.data.title]).toEqual([200, '巴士上的免费工具']);
  });

  it('shows a refusal from WeChat (quota) in words', async () => {
    await body().fill(`${await body().inputValue()}\n周四见。\n`);
    wx.failNext('/cgi-bin/freepublish/submit', 45009);
    await page.click('[data-testid=publish]');
    await expect.poll(() => page.textContent('[data-testid=publish-result]')).toBe('发布失败：公众号今天的发布次数已用完。请明天再试。');
    expect(await page.textContent('[data-testid=editor-status]')).toBe('已检查');
    expect(await page.textContent('.page-head [data-testid=wechat-state]')).toBe('发布失败');
    await shot('05-quota');
  });

  it('refuses to publish blocked words until a reason is written, then publishes (override)', async () => {
    await page.goto(`${server.url}/console/#/articles/new`);
    await page.fill('#title', '关于安全套');
    await page.fill('#slug', 'override-case');
    await page.fill('#summary', '法律原文引用。');
    await body().fill('法律原文：“安全套不能作为证据。”\n');
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(1);
    await page.click('[data-testid=publish]');
    const box = page.locator('[data-testid=override]');
    await box.waitFor();
    await page.click('text=写明理由后仍然发布');
    expect(await box.textContent()).toContain('请写至少 5 个字的理由');
    await page.fill('#override-reason', '引用法律原文，不能改字。');
    await shot('06-override');
    await page.click('text=写明理由后仍然发布');
    await page.locator('[data-testid=published-url]').waitFor();
    const audit = await server.deps.db.dataSource.query(`SELECT action, detail FROM audit_entries WHERE action = 'article.override'`);
    expect(audit).toEqual([{ action: 'article.override', detail: { reason: '引用法律原文，不能改字。', blockedHits: 2, categories: 'sexual-health' } }]);

    // "Replace all" fixes every occurrence, in the title and in the text.
    await page.click('[data-testid=replace-all]');
    await page.click('[data-testid=confirm-replace]');
    await expect.poll(() => page.inputValue('#title')).toBe('关于工具');
    expect(await body().inputValue()).toBe('法律原文：“工具不能作为证据。”\n');
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(0);
  });

  it('asks to sign in again when the session has expired, keeping what was typed', async () => {
    await body().fill('写到一半的文字。\n');
    clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000);
    await page.click('[data-testid=save]');
    const overlay = page.locator('[data-testid=login-overlay]');
    await overlay.waitFor();
    expect(await overlay.textContent()).toContain('登录已过期，请重新登录');
    await shot('07-session-expired');
    await signIn(overlay, 'amy');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
    expect(await body().inputValue()).toBe('写到一半的文字。\n');
    // Saving a published article keeps it in the mini-program.
    expect(await server.deps.db.dataSource.query(`SELECT listed FROM articles WHERE slug = 'override-case'`)).toEqual([{ listed: true }]);
  });

  it('speaks French on request, keeping unsaved text, and asks before leaving it', async () => {
    await body().fill('还没保存的一句话。\n');
    await page.click('button.lang >> text=Français');
    await page.waitForSelector('text=Publier sur le compte officiel');
    expect(await body().inputValue()).toBe('还没保存的一句话。\n');

    const asked = dismissNextDialog(page);
    await page.click('.nav >> text=Annonces');
    await expect.poll(() => asked).toEqual(['Ce que vous avez écrit n’est pas enregistré. Quitter quand même ?']);
    expect(await body().inputValue()).toBe('还没保存的一句话。\n');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('Enregistré.');
    const nav = await page.locator('.nav a').allTextContents();
    expect(nav).toEqual(expect.arrayContaining(['Articles', 'Annonces', 'Journal']));
    await shot('08-editor-fr');
    await page.click('.nav >> text=Annonces');
    await page.click('text=＋ Nouvelle annonce');
    await page.fill('#title', 'Permanence de jeudi annulée');
    await page.fill('#key', 'jeudi-annule');
    await page.selectOption('#lang', 'fr');
    await page.fill('#body', 'Le bus ne passe pas ce jeudi.');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('.page-head .badge')).toBe('Affichée');
    const updates = await request(`${server.url}/api/updates?lang=fr`, 'GET');
    expect(updates.json.data.map((u: { key: string }) => u.key)).toContain('jeudi-annule');
    await shot('09-update-fr');
    await page.click('text=← Retour à la liste');
    await page.waitForSelector('[data-testid=update-row]');
    await shot('09b-updates-fr');
    await page.click('.nav >> text=Journal');
    await page.waitForSelector('[data-testid=audit-row]');
    await shot('10-audit-fr');
  });
});
