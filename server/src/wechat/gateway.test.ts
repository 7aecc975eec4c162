import pino from 'pino';
import QRCode from 'qrcode';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../scripts/fake-wechat';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { loadConfig } from '../config';
import type { AppDeps } from '../context';
import { openDb, type Db } from '../db/dataSource';
import { encodePng } from './cover';
import { WechatError } from './errors';
import { createWechatGateway, type WechatGateway } from './gateway';

const PNG = encodePng(4, 4, () => [200, 100, 150]);

function depsFor(db: Db): AppDeps {
  return { config: loadConfig({ NODE_ENV: 'test' }), db, logger: pino({ level: 'silent' }), now: () => new Date() };
}

async function rejection(promise: Promise<unknown>): Promise<WechatError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WechatError);
  return err as WechatError;
}

describe(`WeChat gateway against the fake server (${engine})`, () => {
  let db: TestDb;
  let wx: FakeWechat;
  let gateway: WechatGateway;
  const gatewayOn = (d: Db) => createWechatGateway(depsFor(d), { appid: wx.appid, secret: wx.secret, apiBase: wx.url });
  const callsTo = (path: string) => wx.calls.filter((c) => c.path === path).length;

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    wx = await startFakeWechat();
    await db.dataSource.query('DELETE FROM wechat_tokens');
    gateway = gatewayOn(db);
  });
  afterEach(() => wx.close());

  it('fetches ONE token for 20 parallel calls, and keeps it in the database for the next process', async () => {
    const urls = await Promise.all(Array.from({ length: 20 }, () => gateway.uploadImage(PNG, 'a.png')));
    expect(urls.every((u) => u.url.startsWith('http://mmbiz.qpic.cn/'))).toBe(true);
    expect(wx.tokenRequests()).toBe(1);
    const rows = await db.dataSource.query('SELECT appid, expires_at FROM wechat_tokens');
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].expires_at).getTime()).toBeGreaterThan(Date.now() + 7000_000);
    await gatewayOn(db).addThumb(PNG, 'cover.png');
    expect(wx.tokenRequests()).toBe(1);
  });

  it('refreshes once across two gateways that share the database (two DataSources on PostgreSQL)', async () => {
    const second: Db = engine === 'postgres' ? await openDb({ databaseUrl: db.env.DATABASE_URL, poolSize: 5 }) : db;
    try {
      const a = gatewayOn(db);
      const b = gatewayOn(second);
      await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).uploadImage(PNG, 'a.png')));
      expect(wx.tokenRequests()).toBe(1);
      expect(callsTo('/cgi-bin/media/uploadimg')).toBe(20);
    } finally {
      if (second !== db) await second.close();
    }
  });

  it('on 40001 forgets the stored token, fetches a new one and retries once', async () => {
    await gateway.uploadImage(PNG, 'a.png');
    wx.expireTokens(40001);
    await expect(gateway.uploadImage(PNG, 'b.png')).resolves.toMatchObject({ url: expect.stringContaining('mmbiz') });
    expect(wx.tokenRequests()).toBe(2);
    expect(callsTo('/cgi-bin/media/uploadimg')).toBe(3);
  });

  it('on 42001 (expired) also refreshes and retries once', async () => {
    await gateway.addDraft([{ title: 't', content: '<p>x</p>', thumb_media_id: (await gateway.addThumb(PNG, 'c.png')).mediaId }]);
    wx.expireTokens(42001);
    await expect(gateway.addThumb(PNG, 'c.png')).resolves.toMatchObject({ mediaId: expect.any(String) });
    expect(wx.tokenRequests()).toBe(2);
    expect(callsTo('/cgi-bin/material/add_material')).toBe(3);
  });

  it('gives up after one retry when WeChat keeps refusing the token', async () => {
    wx.failNext('/cgi-bin/media/uploadimg', 40001);
    wx.failNext('/cgi-bin/media/uploadimg', 40001);
    const err = await rejection(gateway.uploadImage(PNG, 'a.png'));
    expect(err.code).toBe('token_rejected');
    expect(err.message).toBe('WeChat rejected the access token even after renewing it. Is another system using the same AppSecret? Each renewal there cancels ours.');
    expect(callsTo('/cgi-bin/media/uploadimg')).toBe(2);
    expect(wx.tokenRequests()).toBe(2);
  });

  it('turns 45009, 48001 and 40164 into messages a mediator can act on', async () => {
    wx.failNext('/cgi-bin/media/uploadimg', 45009);
    const quota = await rejection(gateway.uploadImage(PNG, 'a.png'));
    expect([quota.code, quota.errcode, quota.message]).toEqual(['quota', 45009, "WeChat's daily quota for this action is used up. Try again tomorrow."]);

    wx.setAccountUnverified(true);
    const thumb = await gateway.addThumb(PNG, 'c.png');
    const { mediaId } = await gateway.addDraft([{ title: 't', content: '<p>x</p>', thumb_media_id: thumb.mediaId }]);
    const unauthorised = await rejection(gateway.submitPublish(mediaId));
    expect(unauthorised.code).toBe('unauthorized_api');
    expect(unauthorised.message).toBe(
      'This WeChat account is not allowed to use this function (WeChat withdraws it from unverified and personal accounts).',
    );

    wx.setIpWhitelisted(false);
    const ip = await rejection(gateway.uploadImage(PNG, 'a.png'));
    expect(ip.code).toBe('ip_not_whitelisted');
    expect(ip.message).toBe(
      "WeChat refused the call: this server's IP address (127.0.0.1) is not on the account's IP whitelist. Add it at mp.weixin.qq.com → 设置与开发 / Settings and development → 基本配置 / Basic configuration → IP whitelist, then try again.",
    );
  });

  it('says so when the token itself cannot be had (wrong secret)', async () => {
    const wrong = createWechatGateway(depsFor(db), { appid: wx.appid, secret: 'not-the-secret', apiBase: wx.url });
    const err = await rejection(wrong.uploadImage(PNG, 'a.png'));
    expect(err.code).toBe('credentials');
    expect(await db.dataSource.query('SELECT access_token FROM wechat_tokens WHERE access_token IS NOT NULL')).toEqual([]);
  });

  it('says WeChat is unreachable rather than failing obscurely', async () => {
    await wx.close();
    const err = await rejection(gateway.uploadImage(PNG, 'a.png'));
    expect(err.code).toBe('unreachable');
    wx = await startFakeWechat();
  });

  it('publishes a draft and reads its URL from freepublish/get', async () => {
    wx.setPublishDelay(1);
    const thumb = await gateway.addThumb(PNG, 'c.png');
    const { mediaId } = await gateway.addDraft([{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb.mediaId }]);
    await gateway.updateDraft(mediaId, 0, { title: '新标题', content: '<p>正文</p>', thumb_media_id: thumb.mediaId });
    const { publishId } = await gateway.submitPublish(mediaId);
    expect(await gateway.getPublishStatus(publishId)).toEqual({ state: 'publishing' });
    expect(await gateway.getPublishStatus(publishId)).toMatchObject({ state: 'published', url: expect.stringMatching(/^https:\/\/mp\.weixin\.qq\.com\/s\//) });
    expect(wx.calls.find((c) => c.path === '/cgi-bin/draft/update')?.body).toMatchObject({ media_id: mediaId, index: 0, articles: { title: '新标题' } });
  });

  it('returns a mini-program code as a real PNG of the scene, and explains a bad scene', async () => {
    const png = await gateway.getUnlimitedQrCode({ scene: 'c=paris&f=bt2611', page: 'pages/home/index', width: 280 });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.equals(await QRCode.toBuffer('c=paris&f=bt2611', { type: 'png', width: 280, margin: 2 }))).toBe(true);
    expect(wx.calls.at(-1)).toEqual({ path: '/wxa/getwxacodeunlimit', body: { scene: 'c=paris&f=bt2611', page: 'pages/home/index', width: 280, check_path: true } });
    const err = await rejection(gateway.getUnlimitedQrCode({ scene: 'x'.repeat(33), page: 'pages/home/index' }));
    expect(err.errcode).toBe(40169);
  });

  it('refuses a file that is not an image with WeChat’s reason', async () => {
    const err = await rejection(gateway.uploadImage(Buffer.from('GIF89a not really'), 'a.gif'));
    expect(err.code).toBe('invalid_image');
  });
});
