import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../scripts/fake-wechat';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { loadConfig } from '../config';
import type { AppDeps } from '../context';
import { encodePng } from './cover';
import { DRAFT_MESSAGE, publishToWechat } from './publish';

const FAST = { pollIntervalMs: 5, pollAttempts: 5 };
const ARTICLE = {
  title: '免费检测日',
  summary: '本周四在巴黎，免费、保密。',
  markdown: '## 时间\n\n周四 **14:00**，详见 [网站](https://example.org/test)。\n\n![巴士](images/bus.png)\n\n<script>alert(1)</script>',
  author: 'Lotus Bus',
};

describe(`publishToWechat (${engine})`, () => {
  let db: TestDb;
  let wx: FakeWechat;
  let contentDir: string;
  let deps: AppDeps;
  const paths = () => wx.calls.map((c) => c.path);

  beforeAll(async () => {
    db = await createTestDb();
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-wx-content-'));
    fs.mkdirSync(path.join(contentDir, 'images'));
    fs.writeFileSync(path.join(contentDir, 'images/bus.png'), encodePng(8, 8, () => [10, 120, 200]));
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(contentDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    wx = await startFakeWechat();
    const config = loadConfig({ NODE_ENV: 'test', CONTENT_DIR: contentDir, WECHAT_APPID: wx.appid, WECHAT_SECRET: wx.secret, WECHAT_API_BASE: wx.url });
    deps = { config, db, logger: pino({ level: 'silent' }), now: () => new Date() };
  });
  afterEach(() => wx.close());

  it('publishes: body image uploaded, cover, draft, submit, then the URL from freepublish/get', async () => {
    wx.setPublishDelay(2);
    const outcome = await publishToWechat(deps, ARTICLE, FAST);
    expect(outcome).toMatchObject({ status: 'published', url: expect.stringMatching(/^https:\/\/mp\.weixin\.qq\.com\/s\/\S+$/), mediaId: expect.any(String) });
    expect(paths()).toEqual([
      '/cgi-bin/media/uploadimg',
      '/cgi-bin/material/add_material',
      '/cgi-bin/draft/add',
      '/cgi-bin/freepublish/submit',
      '/cgi-bin/freepublish/get',
      '/cgi-bin/freepublish/get',
      '/cgi-bin/freepublish/get',
    ]);
    const draft = (wx.calls[2].body as { articles: Array<Record<string, string>> }).articles[0];
    expect(draft).toMatchObject({ title: '免费检测日', digest: '本周四在巴黎，免费、保密。', author: 'Lotus Bus' });
    expect(draft.content).toMatch(/<img src="http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\/[^"]+" alt="巴士" style="/);
    expect(draft.content).toContain('<h2 style="');
    expect(draft.content).toContain('[1] https://example.org/test');
    expect(draft.content).not.toContain('<script');
    expect(draft.content).not.toContain('images/bus.png');
    expect(wx.tokenRequests()).toBe(1);
  });

  it('stops at the draft box when the account may not publish (48001), with the mediator’s next step', async () => {
    wx.setAccountUnverified(true);
    const outcome = await publishToWechat(deps, ARTICLE, FAST);
    expect(outcome).toEqual({ status: 'draft', mediaId: expect.any(String), message: DRAFT_MESSAGE });
    expect(DRAFT_MESSAGE).toContain('press Publish at mp.weixin.qq.com');
    expect(paths().slice(-2)).toEqual(['/cgi-bin/draft/add', '/cgi-bin/freepublish/submit']);
  });

  it('updates the earlier draft instead of adding a second one, and adds one when it was deleted', async () => {
    wx.setAccountUnverified(true);
    const first = await publishToWechat(deps, ARTICLE, FAST);
    if (first.status !== 'draft') throw new Error('expected a draft');
    const again = await publishToWechat(deps, { ...ARTICLE, mediaId: first.mediaId }, FAST);
    expect(again).toMatchObject({ status: 'draft', mediaId: first.mediaId });
    expect(paths().filter((p) => p.startsWith('/cgi-bin/draft/'))).toEqual(['/cgi-bin/draft/add', '/cgi-bin/draft/update']);
    const gone = await publishToWechat(deps, { ...ARTICLE, mediaId: 'deleted-at-mp' }, FAST);
    expect(gone.status).toBe('draft');
    expect(gone.status === 'draft' && gone.mediaId).not.toBe('deleted-at-mp');
  });

  it('refuses a title over 32 characters and an over-long body before calling WeChat', async () => {
    expect(await publishToWechat(deps, { ...ARTICLE, title: '长'.repeat(33) }, FAST)).toEqual({
      status: 'failed',
      code: 'title_too_long',
      message: 'The title has 33 characters; WeChat takes at most 32. Shorten it.',
    });
    const long = await publishToWechat(deps, { ...ARTICLE, markdown: '段落。\n\n'.repeat(400) }, FAST);
    expect(long).toMatchObject({ status: 'failed', code: 'content_too_long' });
    expect(long.status === 'failed' && long.message).toMatch(/^Formatted for WeChat the article takes \d+ characters; WeChat takes fewer than 20000\. Shorten it or split it into two articles\.$/);
    expect(paths()).not.toContain('/cgi-bin/draft/add');
  });

  it('reports quota, whitelist and image problems as failed outcomes with their message', async () => {
    wx.failNext('/cgi-bin/draft/add', 45009);
    expect(await publishToWechat(deps, ARTICLE, FAST)).toEqual({
      status: 'failed',
      code: 'quota',
      message: "WeChat's daily quota for this action is used up. Try again tomorrow.",
    });
    wx.setIpWhitelisted(false);
    expect(await publishToWechat(deps, ARTICLE, FAST)).toMatchObject({ status: 'failed', code: 'ip_not_whitelisted' });
    wx.setIpWhitelisted(true);
    expect(await publishToWechat(deps, { ...ARTICLE, markdown: '![x](../secret.png)' }, FAST)).toEqual({
      status: 'failed',
      code: 'invalid_image',
      message: 'The image "../secret.png" cannot go to WeChat: it is outside the content folder.',
    });
  });

  it('reports a refused publication and one WeChat has not finished', async () => {
    wx.setPublishResult(4);
    expect(await publishToWechat(deps, ARTICLE, FAST)).toEqual({
      status: 'failed',
      code: 'publish_failed',
      message: "WeChat did not publish the article: it did not pass WeChat's review.",
    });
    wx.setPublishResult(0);
    wx.setPublishDelay(10);
    expect(await publishToWechat(deps, ARTICLE, FAST)).toEqual({
      status: 'failed',
      code: 'publish_pending',
      message: 'WeChat is still publishing the article. Check mp.weixin.qq.com in a few minutes, then mark it published with its URL.',
    });
  });

  it('says what is missing when WeChat is not configured, before anything else', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    await expect(publishToWechat({ ...deps, config }, { ...ARTICLE, title: '' })).rejects.toMatchObject({
      status: 409,
      code: 'wechat_not_configured',
      message: 'WeChat is not configured: set WECHAT_APPID, WECHAT_SECRET',
    });
  });
});
