import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD } from '../../server/test/admin';
import { startTestServer, type TestServer } from '../../server/test/server';

const SHOTS = path.resolve(__dirname, '../../test-output/console');

/** Screening in the editor (issue #19): only real hits are replaced, after a before/after the mediator confirms. */
describe('screening in the console editor, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const body = () => page.locator('#body');
  /** The text and the hits panel under it, at phone width. */
  const shot = (name: string) => page.locator('.write').screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const row = (text: string) => page.locator('[data-testid=hit]', { has: page.locator(`button.word:text-is("${text}")`) });

  async function open(locale: string) {
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    page = await context.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${server.url}/console/`);
    await page.fill('#login-username', 'amy');
    await page.fill('#login-password', PASSWORD);
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('[data-testid=article-row]');
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    await addMediator(server, 'amy', 'admin');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await open('zh-CN');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says why a word read across punctuation is flagged, and offers no replacement for it', async () => {
    await page.goto(`${server.url}/console/#/articles/new`);
    await page.fill('#title', '检测结果');
    await page.fill('#slug', 'results');
    await page.fill('#summary', '结果怎么看。');
    await body().fill('结果是阴性，交给医生看。\n\n巴士上有免费的安全套。\n\n遇到警察时，你有权利。\n');
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(3);
    const ambiguous = row('性，交');
    expect(await ambiguous.locator('[data-testid=hit-why]').textContent()).toBe('可能被读成「性交」：这里是「阴性」「交给」，中间隔着标点「，」，不是这个词，不用替换。');
    expect(await ambiguous.locator('[data-testid=replace]').count()).toBe(0);
    expect(await page.locator('.hl-backdrop mark.hit.ambiguous').textContent()).toBe('性，交');
    await shot('20-screening-why-zh');
  });

  it('shows each replacement as a before/after, keeps it only once confirmed and screened again', async () => {
    await row('安全套').locator('[data-testid=replace]', { hasText: '工具' }).click();
    const diff = page.locator('[data-testid=diff]');
    await diff.waitFor();
    expect(await diff.locator('del').textContent()).toBe('安全套');
    expect(await diff.locator('ins').textContent()).toBe('工具');
    expect(await body().inputValue()).toContain('安全套');
    await shot('21-screening-confirm-zh');

    await page.click('[data-testid=confirm-replace]');
    await expect.poll(() => body().inputValue()).toBe('结果是阴性，交给医生看。\n\n巴士上有免费的工具。\n\n遇到警察时，你有权利。\n');
    await expect.poll(() => page.textContent('[data-testid=hits-status]')).toBe('已替换 1 处。');
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(2);
    // Focus stays where she was working, not at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('hits-status');
  });

  it('says why a word written with signs inside it is still the word', async () => {
    await body().fill(`${await body().inputValue()}来吧安，全，套。\n`);
    await expect.poll(() => row('安，全，套').locator('[data-testid=hit-why]').textContent()).toBe('「安，全，套」中间夹着符号，读起来还是「安全套」：审查也会这样读。');
    await body().fill((await body().inputValue()).replace('来吧安，全，套。\n', ''));
  });

  it('cancelling a replacement changes nothing', async () => {
    await body().fill(`${await body().inputValue()}还有安全套。\n`);
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(3);
    await row('安全套').locator('[data-testid=replace]').first().click();
    await page.click('[data-testid=replace-confirm] >> text=取消');
    expect(await page.locator('[data-testid=replace-confirm]').count()).toBe(0);
    expect(await body().inputValue()).toContain('还有安全套。');
  });

  it('accepts a warning for this article with a reason, once saved; it stays visible and can be withdrawn', async () => {
    await row('警察').locator('[data-testid=accept]').click();
    expect(await row('警察').locator('.accept-box').textContent()).toBe('先保存，才能确认保留这个词。');
    await page.click('[data-testid=save]');
    await expect.poll(() => page.textContent('[data-testid=save-message]')).not.toBe('');
    await row('警察').locator('[data-testid=accept]').click();
    await row('警察').locator('[data-testid=confirm-accept]').click();
    expect(await row('警察').locator('.accept-box .error').textContent()).toBe('请写至少 5 个字的理由。');
    await row('警察').locator('.accept-box input').fill('讲权利的文章必须提到警察');
    await row('警察').locator('[data-testid=confirm-accept]').click();
    await expect.poll(() => page.locator('[data-testid=hit-accepted]').textContent()).toBe('已确认保留：讲权利的文章必须提到警察（amy）');
    expect(await page.locator('.hl-backdrop mark.hit.accepted').textContent()).toBe('警察');
    const rows = await server.deps.db.dataSource.query(`SELECT username, detail FROM audit_entries WHERE action = 'screen.accept'`);
    expect(rows).toEqual([{ username: 'amy', detail: { word: '警察', reason: '讲权利的文章必须提到警察' } }]);
    await shot('22-screening-accepted-zh');

    await row('警察').locator('text=撤销确认').click();
    await expect.poll(() => page.locator('[data-testid=hit-accepted]').count()).toBe(0);

    // The audit trail says it in her language, with the article's title.
    const audit = await context.newPage();
    await audit.goto(`${server.url}/console/#/audit`);
    await expect.poll(() => audit.locator('[data-testid=audit-row]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('amy 确认在《检测结果》里保留「警察」，理由：“讲权利的文章必须提到警察”'), expect.stringContaining('amy 撤销了在《检测结果》里保留「警察」的确认。')]),
    );
    await audit.close();
  });

  it('speaks French to a French-speaking mediator', async () => {
    await context.close();
    await open('fr-FR');
    await page.goto(`${server.url}/console/#/articles/new`);
    await body().fill('Résultat négatif. 结果是阳性，交流一下。\n\nUn préservatif gratuit.\n');
    await expect.poll(() => page.locator('[data-testid=hit]').count()).toBe(2);
    expect(await row('性，交').locator('[data-testid=hit-why]').textContent()).toBe(
      'Peut se lire « 性交 » : ici ce sont les mots « 阳性 » et « 交流 », séparés par « ， », pas ce mot ; rien à remplacer.',
    );
    await row('préservatif').locator('[data-testid=replace]').first().click();
    await page.locator('[data-testid=diff]').waitFor();
    await shot('23-screening-confirm-fr');
    await page.click('[data-testid=confirm-replace]');
    await expect.poll(() => body().inputValue()).toContain('Un matériel de prévention gratuit.');
  });
});
