import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../../../../scripts/fake-wechat';
import { addSignedIn, request, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';
import { startTestServerWithWechat } from '../../../../test/wechat';
import { ERROR_CODES } from '../../../contract/errors';

const FLAGGED = { slug: 'tools-guide', lang: 'zh-Hans', category: 'health', title: '免费领取工具', summary: '在巴士上可以拿到。', body: '# 工具\n\n巴士上有免费的安全套，也可以问我们。\n' };

describe(`admin articles on ${engine}`, () => {
  let wx: FakeWechat;
  let server: TestServer;
  let amy: AdminClient;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat());
    amy = await addSignedIn(server, 'amy', 'admin');
  });
  afterAll(() => close());

  async function create(fields: Partial<typeof FLAGGED> = {}) {
    const res = await amy.call('POST', '/api/admin/articles', { ...FLAGGED, ...fields });
    expect(res.status).toBe(201);
    return res.json.data as { id: string; status: string; listed: boolean };
  }

  it('lists the articles imported from content/ beside the console’s: live, screened in CI, never a draft', async () => {
    const res = await amy.call('GET', '/api/admin/articles');
    expect(res.status).toBe(200);
    expect(res.json.data.length).toBeGreaterThan(0);
    expect(res.json.data[0]).toMatchObject({ source: 'content', screening: 'clear', listed: true, wechat: { status: null } });
    expect(res.json.data[0]).not.toHaveProperty('status');
  });

  it('screens text: the hit, its place, its suggestion', async () => {
    const res = await amy.call('POST', '/api/admin/screen', { text: FLAGGED.body });
    expect(res.status).toBe(200);
    const at = FLAGGED.body.indexOf('安全套');
    expect(res.json.data).toEqual([expect.objectContaining({ start: at, end: at + 3, text: '安全套', word: '安全套', level: 'block', suggest: ['工具'] })]);
  });

  it('previews with the server’s renderer (raw HTML escaped)', async () => {
    const res = await amy.call('POST', '/api/admin/preview', { markdown: '## 你好\n\n<script>x</script>' });
    expect(res.status).toBe(200);
    expect(res.json.data.html).toMatch(/^<h2 style="[^"]+">你好<\/h2>/);
    expect(res.json.data.html).toContain('&lt;script&gt;');
  });

  it('previews exactly what WeChat receives: outside links as numbered notes, descriptions as captions', async () => {
    const res = await amy.call('POST', '/api/admin/articles/preview', { markdown: '看[医保网站](https://www.ameli.fr/)。\n\n![巴士停在美丽城](/api/images/x.png)' });
    expect(res.status).toBe(200);
    expect(res.json.data.html).not.toContain('href="https://www.ameli.fr/');
    expect(res.json.data.html).toMatch(/医保网站<\/span> \[1\]/);
    expect(res.json.data.html).toContain('[1] https://www.ameli.fr/</p>');
    expect(res.json.data.html).toMatch(/<img src="\/api\/images\/x.png" alt="巴士停在美丽城"[^>]*><span style="[^"]+">巴士停在美丽城<\/span>/);
  });

  it('saves a draft: blocked words make its screening blocked, none make it clear; bad input is named', async () => {
    const draft = await create();
    expect(draft).toMatchObject({ screening: 'blocked', listed: false });
    const clean = await amy.call('PUT', `/api/admin/articles/${draft.id}`, { ...FLAGGED, body: FLAGGED.body.replace('安全套', '工具') });
    expect([clean.status, clean.json.data.screening]).toEqual([200, 'clear']);

    const bad = await amy.call('POST', '/api/admin/articles', { ...FLAGGED, slug: 'Bad Slug', title: '' });
    expect([bad.status, bad.json.error]).toEqual([400, { code: 'invalid_format', field: 'slug', message: 'slug must be lowercase letters, digits and dashes (60 at most); title is required' }]);
    const twice = await amy.call('POST', '/api/admin/articles', FLAGGED);
    expect([twice.status, twice.json.error]).toEqual([409, { code: 'slug_taken', field: 'slug', message: 'An article "tools-guide" in zh-Hans already exists' }]);
    const missing = await amy.call('GET', '/api/admin/articles/00000000-0000-4000-8000-000000000000');
    expect([missing.status, missing.json.error]).toEqual([404, { code: 'article_not_found', message: 'There is no such article' }]);
    const notId = await amy.call('GET', '/api/admin/articles/nope');
    expect([notId.status, notId.json.error.message]).toEqual([400, 'id must be an id from the list']);
  });

  it('refuses to publish while blocked words remain, then publishes with a written reason (audited)', async () => {
    const a = await create({ slug: 'override-me' });
    const refused = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
    expect([refused.status, refused.json]).toEqual([409, { error: { code: 'blocked', message: 'Publishing is refused: 1 blocked word(s) remain. Replace them, or publish anyway with a written reason.' } }]);
    const short = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, { override: 'ok' });
    expect([short.status, short.json.error.message]).toEqual([400, 'override: write a reason of at least 5 characters']);

    const res = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, { override: 'Quoting the law word for word' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { status: 'published', url: expect.stringMatching(/^https?:\/\//) } });
    const row = (await amy.call('GET', `/api/admin/articles/${a.id}`)).json.data;
    // Published with a reason: WeChat's state changes, the screener's verdict on the text does not.
    expect(row).toMatchObject({ screening: 'blocked', listed: true, wechat: { status: 'published', url: res.json.data.url, error: null } });

    // The mini-program sees it at once.
    const pub = await request(`${server.url}/api/articles/override-me?lang=zh-Hans`, 'GET');
    expect([pub.status, pub.json.data.title]).toEqual([200, FLAGGED.title]);

    const audit = (await amy.call('GET', '/api/admin/audit')).json.data as Array<{ action: string; targetId: string; detail: Record<string, unknown> }>;
    const mine = audit.filter((e) => e.targetId === a.id).map((e) => [e.action, e.detail]);
    // The override and the publication are written at the same instant: their order is not asserted.
    expect(mine).toHaveLength(3);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['article.publish', { outcome: 'published', code: null }],
        ['article.override', { reason: 'Quoting the law word for word', blockedHits: 1, categories: 'sexual-health' }],
        ['article.save', { created: true, screening: 'blocked', blockedHits: 1 }],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('巴士上有免费');
  });

  it('publishes to WeChat only what the screener can read: a Spanish article stays on the web app', async () => {
    const list = await amy.call('GET', '/api/admin/articles?lang=es');
    const es = (list.json.data as Array<{ id: string; lang: string }>).find((x) => x.lang === 'es');
    expect(es).toBeDefined();
    const res = await amy.call('POST', `/api/admin/articles/${es!.id}/publish`, {});
    expect([res.status, res.json.error.code]).toEqual([409, 'lang_not_for_wechat']);
    expect((await amy.call('GET', `/api/admin/articles/${es!.id}`)).json.data).toMatchObject({ lang: 'es', wechat: { status: null } });
  });

  it('reports a refusal from WeChat (daily quota) in words, and marks the article failed', async () => {
    const a = await create({ slug: 'quota', body: '工具在巴士上。' });
    wx.failNext('/cgi-bin/freepublish/submit', 45009);
    const res = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
    expect([res.status, res.json]).toEqual([200, { data: { status: 'failed', code: 'quota', error: "WeChat's daily quota for this action is used up. Try again tomorrow." } }]);
    // The code is kept, not WeChat's English: the console words it after a reload too.
    expect((await amy.call('GET', `/api/admin/articles/${a.id}`)).json.data).toMatchObject({ screening: 'clear', wechat: { status: 'failed', error: 'quota' } });
    const again = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
    expect(again.json.data.status).toBe('published');
    expect((await amy.call('GET', `/api/admin/articles/${a.id}`)).json.data).toMatchObject({ screening: 'clear', wechat: { status: 'published', error: null } });
  });

  it('leaves an unverified account’s article in the draft box, then marks it published by hand', async () => {
    const a = await create({ slug: 'draft-box', body: '工具在巴士上。' });
    wx.setAccountUnverified(true);
    try {
      const res = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
      expect([res.status, res.json.data.status]).toEqual([200, 'draft']);
      expect(res.json.data.message).toMatch(/mp\.weixin\.qq\.com/);
    } finally {
      wx.setAccountUnverified(false);
    }
    // After a reload the draft box is still what the row says, in the list too.
    expect((await amy.call('GET', `/api/admin/articles/${a.id}`)).json.data).toMatchObject({ screening: 'clear', wechat: { status: 'draft', url: null, error: null } });
    const listed = (await amy.call('GET', '/api/admin/articles')).json.data.find((x: { id: string }) => x.id === a.id);
    expect(listed.wechat.status).toBe('draft');
    for (const url of ['not a url', 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit', 'https://example.org/s/abc']) {
      const bad = await amy.call('POST', `/api/admin/articles/${a.id}/mark-published`, { url });
      expect([url, bad.status, bad.json.error]).toEqual([url, 400, { code: 'not_wechat_link', field: 'url', message: ERROR_CODES.not_wechat_link }]);
    }
    expect((await amy.call('GET', `/api/admin/articles/${a.id}`)).json.data.wechat.status).toBe('draft');
    const marked = await amy.call('POST', `/api/admin/articles/${a.id}/mark-published`, { url: 'https://mp.weixin.qq.com/s/abc' });
    expect(marked.json.data).toMatchObject({ screening: 'clear', listed: true, wechat: { status: 'published', url: 'https://mp.weixin.qq.com/s/abc' } });
  });

  it('archives instead of deleting: out of the mini-program, audited, and back on request', async () => {
    const a = await create({ slug: 'old-news', body: '工具在巴士上。' });
    await amy.call('PUT', `/api/admin/articles/${a.id}`, { ...FLAGGED, slug: 'old-news', body: '工具在巴士上。', listed: true });
    expect((await request(`${server.url}/api/articles/old-news?lang=zh-Hans`, 'GET')).status).toBe(200);
    const archived = await amy.call('POST', `/api/admin/articles/${a.id}/archive`);
    expect(archived.json.data).toMatchObject({ archived: true, listed: false });
    expect((await request(`${server.url}/api/articles/old-news?lang=zh-Hans`, 'GET')).status).toBe(404);
    const back = await amy.call('POST', `/api/admin/articles/${a.id}/unarchive`);
    expect(back.json.data).toMatchObject({ archived: false, listed: false });
    const audit = (await amy.call('GET', '/api/admin/audit')).json.data as Array<{ action: string; targetId: string; targetTitle: string }>;
    expect(audit.filter((e) => e.targetId === a.id).map((e) => [e.action, e.targetTitle]).slice(0, 2)).toEqual([
      ['article.unarchive', FLAGGED.title],
      ['article.archive', FLAGGED.title],
    ]);
  });

  it('exports an article as a content/ Markdown file', async () => {
    const a = await create({ slug: 'export-me', body: '工具在巴士上。' });
    const res = await amy.call('GET', `/api/admin/articles/${a.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="export-me.zh-Hans.md"');
    expect(res.text).toMatch(/^---\nslug: export-me\nlang: zh-Hans\ncategory: health\ntitle: 免费领取工具\nsummary: 在巴士上可以拿到。\nupdated: ['"]?\d{4}-\d{2}-\d{2}['"]?\n---\n\n工具在巴士上。\n$/);
  });
});

describe(`admin publishing without WeChat on ${engine}`, () => {
  it('answers 409 with what to set', async () => {
    const server = await startTestServer();
    try {
      const amy = await addSignedIn(server, 'amy');
      const a = (await amy.call('POST', '/api/admin/articles', { ...FLAGGED, body: '工具' })).json.data;
      const res = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
      expect([res.status, res.json]).toEqual([409, { error: { code: 'wechat_not_configured', message: 'WeChat is not configured: set WECHAT_APPID, WECHAT_SECRET' } }]);
    } finally {
      await server.close();
    }
  });
});
