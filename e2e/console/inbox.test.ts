import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechat, VOICE_SECONDS, type FakeWechat } from '../../scripts/fake-wechat';
import { wechatSignature } from '../../server/src/routes/wechat/signature';
import { addMediator } from '../../server/test/admin';
import { startTestServer, type TestServer } from '../../server/test/server';
import { axeViolations } from '../support/axe';
import { openConsole, SHOTS, signIn } from './support';

const TOKEN = 'lotus-webhook-token';
const OPENID = 'oQ7x-E2E-OPENID-secret';
/** Real time: the console counts the reply window against the browser's clock. */
const clock = () => new Date();
let nonces = 0;
let msgIds = 1;

/** A message as WeChat posts it to the webhook, signed with the account's token. */
async function incoming(server: TestServer, fields: Record<string, string>): Promise<void> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = `e2e${++nonces}`;
  const query = new URLSearchParams({ signature: wechatSignature(TOKEN, timestamp, nonce), timestamp, nonce });
  const body = `<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[${OPENID}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgId>${++msgIds}</MsgId>${Object.entries(
    fields,
  )
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;
  const res = await fetch(`${server.url}/wechat?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body });
  expect(res.status).toBe(200);
}

describe('the inbox in the console, in Chromium at phone size', () => {
  let server: TestServer;
  let wx: FakeWechat;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    wx = await startFakeWechat();
    server = await startTestServer({
      env: { WECHAT_TOKEN: TOKEN, WECHAT_APPID: wx.appid, WECHAT_SECRET: wx.secret, WECHAT_API_BASE: wx.url, PROGRAMME_HOURS: 'mon-sun 00:00-24:00' },
      now: clock,
    });
    await addMediator(server, 'lin', 'mediator');
    await addMediator(server, 'amy', 'admin');
    await incoming(server, { MsgType: 'text', Content: '你好，我想问问检测的事' });
    await incoming(server, { MsgType: 'voice', MediaId: wx.addMedia('voice'), Format: 'amr' });
    await incoming(server, { MsgType: 'image', MediaId: wx.addMedia('image', await QRCode.toBuffer('a picture she sent', { type: 'png', width: 200 }), 'image/png'), PicUrl: 'http://mmbiz.qpic.cn/x' });
    await incoming(server, { MsgType: 'text', Content: '有人打我，我受伤了' });
    wx.userWrote(OPENID);
    ({ browser, page } = await openConsole(380));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await wx?.close();
  });

  it('shows her text, voice and image, flags the crisis, and sends a screened reply (zh-Hans)', async () => {
    await page.goto(`${server.url}/console/#/inbox`);
    await signIn(page, 'lin');
    await expect.poll(() => page.locator('[data-testid=conversation]').count(), { timeout: 30_000 }).toBe(1);
    const row = page.locator('[data-testid=conversation]').first();
    expect(await row.locator('[data-testid=crisis]').textContent()).toBe('⚠ 危险信号');
    expect(await row.locator('[data-testid=unread]').textContent()).toBe('4 条未读');
    expect(await row.textContent()).toMatch(/姐妹 [0-9A-F]{4}/);
    expect(await page.content()).not.toContain(OPENID);
    await page.screenshot({ path: path.join(SHOTS, 'inbox-list.zh-Hans.png'), fullPage: true });

    await row.locator('a').click();
    await expect.poll(() => page.locator('[data-testid=message]').count()).toBe(4);
    expect(await page.locator('[data-testid=message]').first().textContent()).toContain('你好，我想问问检测的事');
    expect(await page.locator('[data-testid=voice]').getAttribute('src')).toMatch(/^\/api\/admin\/inbox\/.+\/media\/.+/);
    // WeChat's AMR-NB, served as WAV: Chromium reads it and knows how long it is (the fake's tone: 1.5 s).
    const played = await page.locator('[data-testid=voice]').evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<{ duration: number; error: number | null }>((resolve) => {
          audio.addEventListener('loadedmetadata', () => resolve({ duration: audio.duration, error: audio.error?.code ?? null }), { once: true });
          audio.addEventListener('error', () => resolve({ duration: Number.NaN, error: audio.error?.code ?? -1 }), { once: true });
          audio.load();
        }),
    );
    expect(played.error).toBeNull();
    expect(Math.abs(played.duration - VOICE_SECONDS)).toBeLessThan(0.1);
    expect(await page.locator('[data-testid=voice]').evaluate((audio: HTMLAudioElement) => audio.play().then(() => (audio.pause(), 'played'), (e: Error) => e.name))).toBe('played');
    await expect.poll(() => page.locator('[data-testid=image]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(200);
    expect(await page.textContent('[data-testid=window]')).toMatch(/还可以回复：(47|48) 小时/);

    await page.fill('#inbox-reply', '记得带安全套');
    await page.click('button:has-text("发送")');
    await expect.poll(() => page.textContent('[data-testid=reply-status]')).toContain('没有发送：「安全套」在微信上会被拦截。 可以改成：工具');
    await page.screenshot({ path: path.join(SHOTS, 'inbox-blocked.zh-Hans.png'), fullPage: true });
    await page.click('button:has-text("改成「工具」")');
    expect(await page.inputValue('#inbox-reply')).toBe('记得带工具');
    await page.fill('#inbox-reply', '别怕，我们明天上午给你打电话。');
    await page.click('button:has-text("发送")');
    await expect.poll(() => page.textContent('[data-testid=reply-status]')).toBe('已发送。');
    expect(wx.calls.filter((c) => c.path === '/cgi-bin/message/custom/send').at(-1)?.body).toEqual({ touser: OPENID, msgtype: 'text', text: { content: '别怕，我们明天上午给你打电话。' } });
    await page.setInputFiles('#inbox-image', { name: 'map.png', mimeType: 'image/png', buffer: await QRCode.toBuffer('a map to the clinic', { type: 'png', width: 160 }) });
    await expect.poll(() => page.locator('[data-testid=message].out [data-testid=image]').count()).toBe(1);
    expect((wx.calls.at(-1)?.body as { msgtype: string }).msgtype).toBe('image');
    await page.screenshot({ path: path.join(SHOTS, 'inbox-conversation.zh-Hans.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('explains 45015 in plain words, in French', async () => {
    await page.click('button.lang >> text=Français');
    wx.failNext('/cgi-bin/message/custom/send', 45015);
    await page.fill('#inbox-reply', 'Vous allez bien ?');
    await page.click('button:has-text("Envoyer")');
    await expect.poll(() => page.textContent('[data-testid=reply-status]')).toContain('son dernier message date de plus de 48 heures');
    await page.screenshot({ path: path.join(SHOTS, 'inbox-conversation.fr.png'), fullPage: true });
    await page.click('text=← Tous les messages');
    await expect.poll(() => page.locator('[data-testid=conversation]').count()).toBe(1);
    expect(await page.locator('[data-testid=conversation]').first().textContent()).toMatch(/Sœur [0-9A-F]{4}/);
    await page.screenshot({ path: path.join(SHOTS, 'inbox-list.fr.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the replies in the journal as sentences, never their words', async () => {
    await page.click('text=Se déconnecter');
    await signIn(page, 'amy');
    await page.goto(`${server.url}/console/#/audit`);
    await expect.poll(() => page.locator('[data-testid=audit-row]').count()).toBeGreaterThan(2);
    const journal = await page.locator('table.list').textContent();
    expect(journal).toContain('lin a répondu à un message du compte.');
    expect(journal).toContain('La réponse de lin à un message du compte n’est pas partie.');
    for (const words of ['别怕', '安全套', 'Vous allez bien', OPENID]) expect(journal).not.toContain(words);
  });

  it('says in plain words that a speex voice can only be heard in WeChat (fr, zh-Hans)', async () => {
    await incoming(server, { MsgType: 'voice', MediaId: wx.addMedia('voice', Buffer.from('Speex   not-decodable'), 'audio/speex'), Format: 'speex' });
    await page.goto(`${server.url}/console/#/inbox`);
    await page.locator('[data-testid=conversation] a').first().click();
    const notice = page.locator('[data-testid=voice-wechat-only]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('il ne s’écoute que dans WeChat');
    expect(await page.locator('[data-testid=voice]').count()).toBe(1); // the AMR one still plays
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'inbox-speex.fr.png') });
    await page.click('button.lang >> text=中文');
    await expect.poll(() => notice.textContent()).toContain('只能在微信里听');
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'inbox-speex.zh-Hans.png') });
  });
});
