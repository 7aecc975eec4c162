import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD } from '../../../test/admin';
import { engine } from '../../../test/db';
import type { TestServer } from '../../../test/server';
import { startTestServerWithWechat } from '../../../test/wechat';
import { seedDescription, seedReport } from '../../digest/testSeed';
import { adminRouters } from '.';

/** Routes that answer a file or nothing (204): no JSON, no envelope. */
const NOT_JSON = [
  'POST /api/admin/logout',
  'POST /api/admin/description-alerts/:id/reject',
  'GET /api/admin/articles/:id/export',
  'GET /api/admin/sheet',
  'GET /api/admin/images/:id',
  'DELETE /api/admin/drafts/:key',
  'GET /api/admin/scenes/:code/qr.png',
  'GET /api/admin/scenes/:code/flyer.pdf',
  'GET /api/admin/scenes/:code/flyer.svg',
  'GET /api/admin/inbox/:id/media/:messageId',
];
/**
 * Their success needs a conversation opened through the WeChat webhook: inbox/inbox.test.ts calls them
 * through test/admin.ts, which holds each answer to the same rule.
 */
const IN_INBOX_TEST = ['GET /api/admin/inbox/:id', 'POST /api/admin/inbox/:id/reply', 'POST /api/admin/inbox/:id/reply-image', 'PUT /api/admin/inbox/:id'];

/**
 * The console API answers success one way (server/README.md, "Answers"): `{ data }`, and `meta` beside
 * it for facts about the answer, nothing else. This walks every JSON route the admin routers declare
 * (a new route fails the test until it is walked here or listed above), calling fetch directly so the
 * shape is read as the console reads it.
 */
describe(`every admin answer is { data, meta? } on ${engine}`, () => {
  let server: TestServer;
  let close: () => Promise<void>;
  let cookie = '';
  let csrf = '';
  const shapes: Array<{ route: string; path: string; status: number; keys: string[] }> = [];
  const call = async (route: string, path: string, body?: unknown) => {
    const method = route.split(' ')[0];
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = (text ? JSON.parse(text) : {}) as Record<string, any>;
    shapes.push({ route, path, status: res.status, keys: Object.keys(json).sort() });
    return json;
  };

  beforeAll(async () => {
    ({ server, close } = await startTestServerWithWechat({ now: () => new Date('2026-11-30T08:00:00Z') }));
    await addMediator(server, 'amy', 'admin');
  }, 120_000);
  afterAll(() => close());

  it('answers each JSON route with data (and meta) only', async () => {
    const { report, description } = await server.deps.db.dataSource.transaction(async (m) => ({
      report: await seedReport(m, { categories: ['violence'], level: 'dangerous', city: 'paris', status: 'pending', decidedAt: null }),
      description: await seedDescription(m, { city: 'paris', categories: ['violence'], level: null, text: '高个子，开白色的车。', status: 'pending', decidedAt: null }),
      _decided: await seedReport(m, { value: '06 12 34 56 78', categories: ['violence'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-24T10:00:00Z') }),
    }));

    const login = await fetch(`${server.url}/api/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'amy', password: PASSWORD }) });
    const session = (await login.json()) as Record<string, any>;
    shapes.push({ route: 'POST /api/admin/login', path: '/api/admin/login', status: login.status, keys: Object.keys(session).sort() });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    csrf = session.data?.csrfToken ?? session.csrfToken;

    await call('GET /api/admin/me', '/api/admin/me');
    await call('POST /api/admin/unlock', '/api/admin/unlock', { username: 'nobody' });

    const lou = (await call('POST /api/admin/accounts', '/api/admin/accounts', { username: 'lou' })).data;
    await call('GET /api/admin/accounts', '/api/admin/accounts');
    await call('POST /api/admin/accounts/:id/password', `/api/admin/accounts/${lou.id}/password`);
    await call('POST /api/admin/accounts/:id/role', `/api/admin/accounts/${lou.id}/role`, { role: 'admin' });
    await call('POST /api/admin/accounts/:id/disable', `/api/admin/accounts/${lou.id}/disable`);
    await call('POST /api/admin/accounts/:id/enable', `/api/admin/accounts/${lou.id}/enable`);

    await call('GET /api/admin/reports', '/api/admin/reports');
    await call('POST /api/admin/reports/:id/:decision', `/api/admin/reports/${report.id}/approve`);
    await call('GET /api/admin/description-alerts', '/api/admin/description-alerts');
    await call('POST /api/admin/description-alerts/:id/approve', `/api/admin/description-alerts/${description.id}/approve`, { text: '高个子，开白色的车。', level: 'caution' });
    const other = await server.deps.db.dataSource.transaction((m) => seedDescription(m, { city: 'paris', categories: ['violence'], level: null, text: '戴帽子。', status: 'pending', decidedAt: null }));
    await call('POST /api/admin/description-alerts/:id/reject', `/api/admin/description-alerts/${other.id}/reject`);

    await call('POST /api/admin/screen', '/api/admin/screen', { text: '巴士上有免费的安全套' });
    await call('POST /api/admin/preview', '/api/admin/preview', { markdown: '# 你好' });
    await call('POST /api/admin/articles/preview', '/api/admin/articles/preview', { markdown: '# 你好' });
    const articleFields = { slug: 'envelope', lang: 'zh-Hans', category: 'news', title: '巴士的新位置', summary: '看这里。', body: '巴士本周在美丽城，警察也在。\n' };
    const article = (await call('POST /api/admin/articles', '/api/admin/articles', articleFields)).data;
    await call('GET /api/admin/articles', '/api/admin/articles');
    await call('GET /api/admin/articles/:id', `/api/admin/articles/${article.id}`);
    await call('PUT /api/admin/articles/:id', `/api/admin/articles/${article.id}`, articleFields);
    const target = { type: 'article', id: article.id };
    await call('POST /api/admin/screen/accept', '/api/admin/screen/accept', { target, word: '警察', reason: '讲权利的文章必须提到警察' });
    await call('POST /api/admin/screen/withdraw', '/api/admin/screen/withdraw', { target, word: '警察' });
    await call('POST /api/admin/articles/:id/publish', `/api/admin/articles/${article.id}/publish`, {});
    await call('POST /api/admin/articles/:id/mark-published', `/api/admin/articles/${article.id}/mark-published`, { url: 'https://mp.weixin.qq.com/s/abc' });
    await call('POST /api/admin/articles/:id/archive', `/api/admin/articles/${article.id}/archive`);
    await call('POST /api/admin/articles/:id/unarchive', `/api/admin/articles/${article.id}/unarchive`);

    const updateFields = { key: 'envelope', lang: 'zh-Hans', title: '周四停一次', body: '本周四巴士不出车。' };
    const update = (await call('POST /api/admin/updates', '/api/admin/updates', updateFields)).data;
    await call('GET /api/admin/updates', '/api/admin/updates');
    await call('GET /api/admin/updates/:id', `/api/admin/updates/${update.id}`);
    await call('PUT /api/admin/updates/:id', `/api/admin/updates/${update.id}`, updateFields);
    await call('POST /api/admin/updates/:id/publish', `/api/admin/updates/${update.id}/publish`, {});
    await call('POST /api/admin/updates/:id/mark-published', `/api/admin/updates/${update.id}/mark-published`, { url: 'https://mp.weixin.qq.com/s/def' });
    await call('POST /api/admin/updates/:id/expire', `/api/admin/updates/${update.id}/expire`);

    const digest = (await call('POST /api/admin/digests/draft', '/api/admin/digests/draft', { city: 'paris' })).data.drafted[0];
    await call('GET /api/admin/digests', '/api/admin/digests');
    const shown = (await call('GET /api/admin/digests/:id', `/api/admin/digests/${digest.id}`)).data;
    await call('PUT /api/admin/digests/:id', `/api/admin/digests/${digest.id}`, { title: shown.title, markdown: shown.markdown });
    await call('POST /api/admin/digests/:id/approve', `/api/admin/digests/${digest.id}/approve`);
    await call('POST /api/admin/digests/:id/publish', `/api/admin/digests/${digest.id}/publish`, {});
    await call('POST /api/admin/digests/:id/mark-published', `/api/admin/digests/${digest.id}/mark-published`, { url: 'https://mp.weixin.qq.com/s/ghi' });
    await call('POST /api/admin/digests/:id/notify', `/api/admin/digests/${digest.id}/notify`);

    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
    const image = await fetch(`${server.url}/api/admin/images`, { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'image/png' }, body: new Uint8Array(png) });
    shapes.push({ route: 'POST /api/admin/images', path: '/api/admin/images', status: image.status, keys: Object.keys((await image.json()) as object).sort() });

    await call('PUT /api/admin/drafts/:key', '/api/admin/drafts/article:new', { fields: { title: '写到一半', body: '第一句。', listed: false } });
    await call('GET /api/admin/drafts/:key', '/api/admin/drafts/article:new');
    const service = (await call('GET /api/admin/services', '/api/admin/services')).data[0];
    await call('POST /api/admin/services/:id/verify', `/api/admin/services/${service.id}/verify`);
    await call('POST /api/admin/scenes', '/api/admin/scenes', { scene: 'c=paris', label: 'Belleville, jeudi soir' });
    await call('GET /api/admin/scenes', '/api/admin/scenes');
    await call('GET /api/admin/inbox', '/api/admin/inbox');
    await call('GET /api/admin/audit', '/api/admin/audit');

    const declared = new Set<string>();
    for (const router of adminRouters()) for (const layer of router.stack) for (const method of layer.methods) if (method !== 'HEAD') declared.add(`${method} ${layer.path}`);
    const walked = new Set(shapes.map((s) => s.route));
    expect([...declared].filter((r) => !walked.has(r) && !NOT_JSON.includes(r) && !IN_INBOX_TEST.includes(r))).toEqual([]);
    expect(shapes.filter((s) => s.status < 200 || s.status > 299).map((s) => `${s.route}: ${s.status}`)).toEqual([]);
    expect(shapes.filter((s) => !NOT_JSON.includes(s.route) && (!s.keys.includes('data') || s.keys.some((k) => k !== 'data' && k !== 'meta')))).toEqual([]);
  }, 180_000);
});
