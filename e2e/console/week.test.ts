import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../scripts/fake-wechat';
import { addMediator } from '../../server/test/admin';
import type { TestServer } from '../../server/test/server';
import { startTestServerWithWechat } from '../../server/test/wechat';
import { axeViolations } from '../support/axe';
import { dismissNextDialog, openConsole, SHOTS, signIn } from './support';

/**
 * A mediator's week in the console, in Chromium at a phone's width and on a laptop: messages in her
 * language next to the field, the draft-box path, updates, flyers, accounts, the audit trail, the
 * sign-in box as a modal. Screenshots in zh-Hans and fr land in test-output/console/week-*.png.
 */
describe('a week in the mediator console', () => {
  let wx: FakeWechat;
  let close: (() => Promise<void>) | undefined;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clock = new Date('2026-11-23T09:00:00Z');
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `week-${name}.png`), fullPage: true });
  const phone = async <T>(fn: () => Promise<T>) => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      return await fn();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  };
  const french = async () => {
    await page.click('button.lang >> text=Français');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
  };
  const chinese = async () => {
    await page.click('button.lang >> text=中文');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  };
  const go = async (route: string) => {
    await page.goto(`${server.url}/console/#/${route}`);
    await page.waitForSelector('main.page h1, main.page .error');
  };

  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat({ now: () => clock }));
    await addMediator(server, 'amy', 'admin');
    await addMediator(server, 'mei', 'mediator');
    ({ browser, context, page } = await openConsole(1280));
    await page.goto(`${server.url}/console/`);
    await signIn(page, 'amy');
    await page.waitForSelector('[data-testid=article-row]');
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('makes the slug for her and says what is wrong next to the field, in Chinese', async () => {
    await go('articles/new');
    await page.fill('#title', '关于 PEP 的补充说明');
    expect(await page.inputValue('#slug')).toBe('pep');
    await page.locator('#body').fill('阻断药要在 48 小时内开始。\n');
    await page.click('[data-testid=save]');
    const summaryError = page.locator('[data-field=summary] [data-testid=field-error]');
    await expect.poll(() => summaryError.textContent()).toBe('摘要（一两句话）：请填写。');
    expect(await page.getAttribute('#summary', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
    await page.fill('#summary', '什么时候去医院。');
    await page.click('[data-testid=save]');
    const slugError = page.locator('[data-field=slug] [data-testid=field-error]');
    await expect.poll(() => slugError.textContent()).toBe('已经有一篇同样网址名、同样语言的文章。请改一下网址名。');
    expect(await page.locator('[data-field=summary] [data-testid=field-error]').count()).toBe(0);
    await phone(() => shot('01-field-error-zh'));
    await french();
    await page.click('[data-testid=save]');
    await expect.poll(() => slugError.textContent()).toBe('Un article de même langue porte déjà ce nom d’adresse : changez-le.');
    await phone(() => shot('01-field-error-fr'));
    await chinese();
    await page.fill('#slug', 'pep-more');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
    expect(await page.locator('[data-testid=field-error]').count()).toBe(0);
  });

  it('keeps the draft-box state, and the link box until a real article link is saved', async () => {
    wx.setAccountUnverified(true);
    try {
      await page.click('[data-testid=publish]');
      await page.locator('[data-testid=draft-box]').waitFor();
    } finally {
      wx.setAccountUnverified(false);
    }
    const result = page.locator('[data-testid=publish-result]');
    expect(await result.textContent()).not.toMatch(/draft box|press|Publish/);
    await page.fill('#published-url-input', 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit');
    await page.click('[data-testid=mark-published]');
    await expect.poll(() => page.textContent('[data-field=url] [data-testid=field-error]')).toContain('这不是公众号文章的链接');
    expect(await page.locator('#published-url-input').count()).toBe(1);
    await phone(() => shot('02-draft-box-zh'));
    await page.reload();
    await page.locator('[data-testid=draft-box]').waitFor();
    await french();
    await page.locator('[data-testid=draft-box]').waitFor();
    await phone(() => shot('02-draft-box-fr'));
    await page.click('.nav >> text=Articles');
    const row = page.locator('[data-testid=article-row]', { hasText: '关于 PEP 的补充说明' });
    expect(await row.locator('[data-testid=wechat-state]').textContent()).toBe('Dans les brouillons du compte, à publier');
    await chinese();
    expect(await row.locator('[data-testid=wechat-state]').textContent()).toBe('在公众号草稿箱，等待发表');
    await row.locator('a').click();
    await page.fill('#published-url-input', 'https://mp.weixin.qq.com/s/Abc123');
    await page.click('[data-testid=mark-published]');
    await page.locator('[data-testid=published-url]').waitFor();
  });

  it('finds, filters and archives articles', async () => {
    await go('articles');
    await page.fill('#article-search', 'PEP 的补充');
    await expect.poll(() => page.locator('[data-testid=article-row]').count()).toBe(1);
    await page.fill('#article-search', '');
    await page.selectOption('#filter-lang', 'fr');
    await expect.poll(async () => (await page.locator('[data-testid=article-row] td:nth-child(2)').allTextContents()).every((l) => l === '法语')).toBe(true);
    await page.selectOption('#filter-lang', '');
    await page.locator('[data-testid=article-row]', { hasText: '关于 PEP 的补充说明' }).locator('a').click();
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid=archive]');
    await page.locator('[data-testid=archived-notice]:visible').waitFor();
    await page.click('.back');
    expect(await page.locator('[data-testid=article-row]', { hasText: '关于 PEP 的补充说明' }).count()).toBe(0);
    await page.selectOption('#filter-state', 'archived');
    await expect.poll(() => page.locator('[data-testid=article-row]', { hasText: '关于 PEP 的补充说明' }).count()).toBe(1);
    await phone(() => shot('03-articles-archived-zh'));
  });

  it('takes a picture from her computer, checks it, and previews it at a phone’s width as WeChat will show it', async () => {
    await go('articles/new');
    await page.fill('#title', '巴士的新位置');
    await page.fill('#summary', '看图就知道。');
    await page.locator('#body').fill('这周巴士停在[美丽城地铁站](https://www.ratp.fr/)旁边。\n');
    await page.setInputFiles('#image-file', { name: 'bus.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
    await expect.poll(() => page.textContent('[data-field=image] [data-testid=field-error]')).toBe('只能上传 JPG 或 PNG 图片。');
    const png = readFileSync(path.resolve(__dirname, '../../miniprogram/src/assets/share.png'));
    await page.setInputFiles('#image-file', { name: 'bus.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.textContent('[data-testid=image-message]')).toMatch(/^图片已插入/);
    expect(await page.inputValue('#body')).toMatch(/!\[图片说明\]\(\/api\/admin\/images\/[0-9a-f-]{36}\)/);
    await page.keyboard.type('巴士停在地铁站出口');
    await expect.poll(() => page.locator('[data-testid=preview] img').count()).toBe(1);
    await expect.poll(() => page.textContent('[data-testid=preview]')).toContain('巴士停在地铁站出口');
    expect(await page.textContent('[data-testid=preview]')).toContain('[1] https://www.ratp.fr/');
    expect(await page.locator('[data-testid=preview] img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect((await page.locator('[data-testid=preview-frame]').boundingBox())!.width).toBeLessThanOrEqual(390);
    await shot('03b-image-preview-zh');
    await french();
    await page.click('[data-width=wide]');
    expect((await page.locator('[data-testid=preview-frame]').boundingBox())!.width).toBeGreaterThan(390);
    await page.click('[data-width=phone]');
    await shot('03b-image-preview-fr');
    await chinese();
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
  });

  it('keeps unsaved text on the server every few seconds, so a closed tab loses nothing', async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.url}/console/#/articles/new`);
    await tab.fill('#title', '自动保存的文章');
    await tab.locator('#body').fill('写了一半的文字，标签页就被关掉了。\n');
    await expect.poll(() => tab.textContent('[data-testid=autosave-status]'), { timeout: 15_000 }).toMatch(/^已自动保存/);
    const kept = await server.deps.db.dataSource.query(`SELECT key, fields->>'title' AS title FROM console_drafts`);
    expect(kept).toEqual([{ key: 'article:new', title: '自动保存的文章' }]);
    await tab.close();
    await go('articles/new');
    const banner = page.locator('[data-testid=autosave-banner]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/自动保存、还没有保存的内容/);
    await phone(() => shot('03c-autosave-zh'));
    await page.click('[data-testid=autosave-restore]');
    expect(await page.inputValue('#title')).toBe('自动保存的文章');
    expect(await page.inputValue('#body')).toBe('写了一半的文字，标签页就被关掉了。\n');
    await page.fill('#summary', '找回来了。');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
    await expect.poll(() => server.deps.db.dataSource.query(`SELECT key FROM console_drafts`)).toEqual([]);
  });

  it('picks an update’s city from the directory and refuses a date that would never show', async () => {
    await go('updates/new');
    const cities = await page.locator('#city option').allTextContents();
    expect(cities[0]).toBe('全部城市');
    expect(cities).toContain('巴黎');
    expect(cities.join()).not.toMatch(/paris/);
    await page.selectOption('#city', { label: '巴黎' });
    await page.fill('#title', '周四巴士停一次');
    await page.fill('#body', '本周四巴士不出车，下周见。');
    await page.fill('#from', '2026-11-01');
    await page.fill('#until', '2026-11-20');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-field=expiresOn] [data-testid=field-error]')).toBe('最后显示日期已经过去了，这条通知不会显示。请选择今天或以后的日期。');
    await phone(() => shot('04-update-date-zh'));
    await page.fill('#from', '2026-11-23');
    await page.fill('#until', '2026-11-26');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
    await page.click('[data-testid=expire]');
    await expect.poll(() => page.textContent('[data-testid=update-state]')).toBe('已过期');
    const asked = dismissNextDialog(page);
    const before = wx.calls.length;
    await page.click('[data-testid=publish]');
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^这条通知已经过期（最后显示日期 2026-11-22）/);
    expect(wx.calls.slice(before).filter((c) => c.path === '/cgi-bin/draft/add')).toHaveLength(0);
    await page.click('.back');
    const row = page.locator('[data-testid=update-row]', { hasText: '周四巴士停一次' });
    expect(await row.locator('td:nth-child(3)').textContent()).toBe('巴黎');
    await french();
    expect(await row.locator('td:nth-child(3)').textContent()).toBe('Paris');
    await phone(() => shot('04-updates-fr'));
    await chinese();
  });

  it('counts a replacement in an update as an unsaved change', async () => {
    await go('updates/new');
    await page.fill('#title', '巴士上的新消息');
    await page.fill('#body', '巴士上有免费的安全套。');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
    await page.click('[data-testid=hit] >> text=替换为「工具」');
    await page.click('[data-testid=confirm-replace]');
    await expect.poll(() => page.inputValue('#body')).toBe('巴士上有免费的工具。');
    const asked = dismissNextDialog(page);
    await page.click('.nav >> text=通知');
    await expect.poll(() => asked).toEqual(['您写的内容还没有保存。确定要离开吗？']);
    expect(await page.inputValue('#body')).toBe('巴士上有免费的工具。');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).toBe('已保存。');
  });

  it('refuses flyers whose code opens this machine, says what it opens, and reads the printed code', async () => {
    await go('flyers');
    expect(await page.textContent('[data-testid=code-opens]')).toContain('http://127.0.0.1:10086/');
    expect(await page.textContent('thead')).not.toContain('f=');
    await page.selectOption('#flyer-kind', 'p');
    const pages = await page.locator('#flyer-target option').allTextContents();
    expect(pages).toEqual(['小程序首页', '服务目录', '文章列表', '查询号码', '发提醒', '紧急求助', '关于我们']);
    await page.selectOption('#flyer-kind', 'c');
    await expect.poll(() => page.locator('#flyer-target option').allTextContents()).toContain('巴黎');
    await page.selectOption('#flyer-target', { label: '巴黎' });
    await page.fill('#flyer-label', '美丽城巴士，2026年11月');
    await page.fill('#flyer-code', 'bt2611');
    await page.click('form.card button[type=submit]');
    const row = page.locator('[data-testid=flyer-row]', { hasText: '美丽城巴士' });
    await row.waitFor();
    expect(await row.textContent()).toContain('城市服务目录 · 巴黎');
    expect(await row.locator('a').allTextContents()).toEqual(['测试样张 PDF']);
    await row.locator('button', { hasText: '检查二维码' }).click();
    await expect.poll(() => row.locator('[data-testid=decoded]').textContent(), { timeout: 20_000 }).toBe(
      '已读取打印用的二维码：扫码会打开 http://127.0.0.1:10086/?scene=c%3Dparis%26f%3Dbt2611（城市服务目录 · 巴黎）',
    );
    await phone(() => shot('05-flyers-zh'));
    await page.fill('#flyer-label', 'Tournée');
    await page.fill('#flyer-code', 'bt2611');
    await page.click('form.card button[type=submit]');
    await expect.poll(() => page.textContent('[data-field=code] [data-testid=field-error]')).toBe('这个传单代号已经用过了，请换一个，或者留空自动生成。');
    await french();
    await page.locator('[data-testid=flyer-row]').first().waitFor();
    expect(await page.textContent('[data-testid=code-opens]')).toContain('qu’aucun téléphone ne peut joindre');
    await phone(() => shot('05-flyers-fr'));
    await chinese();
  });

  it('lets an admin manage accounts, never removing the last admin', async () => {
    await go('accounts');
    await page.fill('#account-username', 'lin');
    await page.click('.create-account button[type=submit]');
    const password = await page.locator('[data-testid=password]').textContent();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const amy = page.locator('[data-testid=account-row]', { hasText: 'amy' });
    await amy.locator('[data-testid=change-role]').click();
    await expect.poll(() => page.textContent('[data-testid=accounts-message]')).toBe('这是最后一个管理员账号，不能停用或改为调解员。请先把另一个账号设为管理员。');
    const lin = page.locator('[data-testid=account-row]', { hasText: 'lin' });
    page.once('dialog', (d) => void d.accept());
    await lin.locator('[data-testid=disable]').click();
    await expect.poll(() => lin.locator('.badge').textContent()).toBe('已停用');
    await page.locator('[data-testid=account-row]', { hasText: 'mei' }).locator('[data-testid=unlock]').click();
    await expect.poll(() => page.textContent('[data-testid=accounts-message]')).toBe('已解锁 mei：现在可以重新登录。');
    await phone(() => shot('06-accounts-zh'));
    await french();
    await page.locator('[data-testid=account-row]').first().waitFor();
    expect(await lin.locator('[data-testid=enable]').textContent()).toBe('Réactiver lin');
    await phone(() => shot('06-accounts-fr'));
    await chinese();
  });

  it('writes the audit trail as sentences naming what was touched', async () => {
    await go('audit');
    const lines = await page.locator('[data-testid=audit-row] td:nth-child(2)').allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        'amy 新建了文章《关于 PEP 的补充说明》。',
        'amy 把文章《关于 PEP 的补充说明》放进了公众号草稿箱，等待发表。',
        'amy 保存了文章《关于 PEP 的补充说明》在公众号上的链接。',
        'amy 归档了文章《关于 PEP 的补充说明》。',
        'amy 撤下了通知《周四巴士停一次》。',
        'amy 新建了传单“美丽城巴士，2026年11月”。',
        'amy 新建了账号 lin（调解员）。',
        'amy 停用了账号 lin。',
        'amy 解锁了账号 mei。',
      ]),
    );
    expect(lines.join('\n')).not.toMatch(/article\.|update\.|scene\.|mediator\.|[0-9a-f]{8}-/);
    await phone(() => shot('07-audit-zh'));
    await french();
    await page.locator('[data-testid=audit-row]').first().waitFor();
    expect(await page.locator('[data-testid=audit-row] td:nth-child(2)').allTextContents()).toContain('amy a archivé l’article « 关于 PEP 的补充说明 ».');
    await phone(() => shot('07-audit-fr'));
    await chinese();
  });

  it('opens the sign-in box as a modal: Tab stays inside, Escape closes it, the text stays', async () => {
    await go('updates/new');
    await page.fill('#title', '写到一半');
    clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000);
    // The next call to the server (the screening of what she types) meets the expired session.
    await page.locator('#title').press('End');
    await page.keyboard.type('。');
    const dialog = page.locator('[data-testid=login-overlay] [role=dialog]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.evaluate(() => document.getElementById('app')?.inert)).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid=login-overlay]')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=login-overlay]').count()).toBe(0);
    expect(await page.evaluate(() => document.getElementById('app')?.inert)).toBe(false);
    expect(await page.inputValue('#title')).toBe('写到一半。');
    await page.click('[data-testid=save]');
    await dialog.waitFor();
    await signIn(dialog, 'amy');
    // Signed in again, the save goes on: the empty text is named next to its field.
    await expect.poll(() => page.textContent('[data-field=body] [data-testid=field-error]')).toBe('内容：请填写。');
    expect(await page.inputValue('#title')).toBe('写到一半。');
  });

  it('tells a mediator an admin page needs permission, moves focus on a page change, and has a skip link', async () => {
    const other = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await other.goto(`${server.url}/console/#/audit`);
    await signIn(other, 'mei');
    await expect.poll(() => other.textContent('main.page')).toBe('您没有权限打开这个页面：它只对管理员开放。');
    expect(await other.locator('.nav a').allTextContents()).not.toContain('账号');
    await other.click('.nav >> text=通知');
    await other.waitForSelector('[data-testid=update-row]');
    expect(await other.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await other.keyboard.press('Shift+Tab');
    await other.evaluate(() => (document.querySelector('.skip') as HTMLElement).focus());
    await other.screenshot({ path: path.join(SHOTS, 'week-08-skip-link-zh.png') });
    await other.keyboard.press('Enter');
    expect(await other.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await other.context().close();
  });

  it('shows no English sentence or developer word on the pages she uses in Chinese', async () => {
    // Names and formats she meets in any language; everything else in Latin letters would be English.
    const allowed = /^(Lotus|Markdown|WeChat|AppID|AppSecret|Fran|ais|https?|mp|weixin|qq|com|JPG|PNG|PDF|SVG|TEST|PEP|amy|mei|lin)$/;
    for (const route of ['articles', 'articles/new', 'updates', 'updates/new', 'flyers', 'reports', 'accounts', 'audit']) {
      await go(route);
      await page.waitForLoadState('networkidle');
      const text = await page.evaluate(() => {
        // What she typed or the server lists (titles, addresses, codes, names) is hers, not the console's.
        document
          .querySelectorAll<HTMLElement>('input, textarea, select, code, .who, [data-testid=article-row] td:first-child, [data-testid=update-row] td:first-child, [data-testid=flyer-row] strong, [data-testid=account-row] strong, [data-testid=decoded], .wx-content, .wx-title')
          .forEach((n) => (n.style.display = 'none'));
        return document.body.innerText;
      });
      const english = [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.test(w)))];
      expect([route, english]).toEqual([route, []]);
    }
  });

  it('has no serious accessibility violation on the pages she uses', async () => {
    for (const route of ['articles', 'articles/new', 'updates', 'updates/new', 'flyers', 'accounts', 'audit']) {
      await go(route);
      await page.waitForLoadState('networkidle');
      expect([route, await axeViolations(page)]).toEqual([route, []]);
    }
  });
});
