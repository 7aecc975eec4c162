import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD } from '../../../test/admin';
import { engine } from '../../../test/db';
import type { TestServer } from '../../../test/server';
import { startTestServerWithWechat } from '../../../test/wechat';
import { seedReport } from '../../digest/testSeed';

/**
 * The console API answers success one way (server/README.md, "Requests"): `{ data }`, and `meta` beside
 * it for facts about the answer, nothing else. This walks a mediator's day through every JSON route that
 * answered otherwise once (sign-in, screening, previews, publishing, lists with their quota or retention)
 * and more, calling fetch directly so the shape is read as the console reads it. The other admin tests
 * hold every answer they get to the same rule through test/admin.ts.
 */
describe(`admin answers are { data, meta? } on ${engine}`, () => {
  let server: TestServer;
  let close: () => Promise<void>;
  let cookie = '';
  let csrf = '';
  const shapes: Array<{ route: string; status: number; keys: string[] }> = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, any>;
    shapes.push({ route: `${method} ${path}`, status: res.status, keys: Object.keys(json).sort() });
    return { res, json };
  };

  beforeAll(async () => {
    ({ server, close } = await startTestServerWithWechat({ now: () => new Date('2026-11-30T08:00:00Z') }));
    await addMediator(server, 'amy', 'admin');
    await server.deps.db.dataSource.transaction((m) => seedReport(m, { value: '06 12 34 56 78', categories: ['violence'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-24T10:00:00Z') }));
  }, 120_000);
  afterAll(() => close());

  it('answers each with data (and meta) only', async () => {
    const login = await fetch(`${server.url}/api/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'amy', password: PASSWORD }) });
    const session = (await login.json()) as Record<string, any>;
    shapes.push({ route: 'POST /api/admin/login', status: login.status, keys: Object.keys(session).sort() });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    csrf = session.data?.csrfToken ?? session.csrfToken;

    await call('GET', '/api/admin/me');
    await call('POST', '/api/admin/unlock', { username: 'nobody' });
    const lou = (await call('POST', '/api/admin/accounts', { username: 'lou' })).json;
    await call('POST', `/api/admin/accounts/${lou.data.id}/password`);
    await call('GET', '/api/admin/accounts');
    await call('POST', '/api/admin/screen', { text: '巴士上有免费的安全套' });
    await call('POST', '/api/admin/preview', { markdown: '# 你好' });
    await call('POST', '/api/admin/articles/preview', { markdown: '# 你好' });
    const article = (await call('POST', '/api/admin/articles', { slug: 'envelope', lang: 'zh-Hans', category: 'news', title: '巴士的新位置', summary: '看这里。', body: '巴士本周在美丽城。\n' })).json;
    await call('POST', `/api/admin/articles/${article.data.id}/publish`, {});
    const update = (await call('POST', '/api/admin/updates', { key: 'envelope', lang: 'zh-Hans', title: '周四停一次', body: '本周四巴士不出车。' })).json;
    await call('POST', `/api/admin/updates/${update.data.id}/publish`, {});
    const digest = (await call('POST', '/api/admin/digests/draft', { city: 'paris' })).json.data.drafted[0];
    await call('GET', '/api/admin/digests');
    await call('GET', `/api/admin/digests/${digest.id}`);
    await call('POST', `/api/admin/digests/${digest.id}/approve`);
    await call('POST', `/api/admin/digests/${digest.id}/publish`, {});
    await call('POST', `/api/admin/digests/${digest.id}/notify`);
    await call('GET', '/api/admin/scenes');
    await call('GET', '/api/admin/inbox');
    await call('GET', '/api/admin/audit');

    expect(shapes.filter((s) => s.status < 200 || s.status > 299)).toEqual([]);
    expect(shapes.filter((s) => !s.keys.includes('data') || s.keys.some((k) => k !== 'data' && k !== 'meta'))).toEqual([]);
  }, 120_000);
});
