import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../../../scripts/fake-wechat';
import { addMediator, request, signIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

describe(`admin updates on ${engine}`, () => {
  let wx: FakeWechat;
  let server: TestServer;
  let bea: AdminClient;
  // 23:30 in Paris on 23 November: the programme's "today" is still the 23rd.
  const now = new Date('2026-11-23T22:30:00Z');
  beforeAll(async () => {
    wx = await startFakeWechat({ port: 0 });
    server = await startTestServer({ now: () => now, env: { WECHAT_API_BASE: wx.url, WECHAT_APPID: wx.appid, WECHAT_SECRET: wx.secret } });
    await addMediator(server, 'bea', 'mediator');
    bea = await signIn(server, 'bea');
  });
  afterAll(async () => {
    await server.close();
    await wx.close();
  });

  const visible = async () => ((await request(`${server.url}/api/updates?lang=zh-Hans`, 'GET')).json.data as Array<{ key: string }>).map((u) => u.key);

  it('shows a new update in the mini-program at once, and hides it when expired', async () => {
    const res = await bea.call('POST', '/api/admin/updates', { key: 'thursday-off', lang: 'zh-Hans', title: '周四停一次', body: '本周四巴士不出车。' });
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({ key: 'thursday-off', publishedOn: '2026-11-23', expiresOn: null, state: 'live', source: 'console', wechatStatus: null });
    expect(await visible()).toContain('thursday-off');

    const expired = await bea.call('POST', `/api/admin/updates/${res.json.data.id}/expire`);
    expect(expired.json.data).toMatchObject({ expiresOn: '2026-11-22', state: 'expired' });
    expect(await visible()).not.toContain('thursday-off');

    const back = await bea.call('PUT', `/api/admin/updates/${res.json.data.id}`, { key: 'thursday-off', lang: 'zh-Hans', title: '周四停一次', body: '本周四巴士不出车。', publishedOn: '2026-11-23', expiresOn: '2026-11-26' });
    expect(back.json.data.state).toBe('live');
    expect(await visible()).toContain('thursday-off');
  });

  it('names bad dates and clashing keys', async () => {
    const base = { key: 'dates', lang: 'fr', title: 'Dates', body: 'Texte.' };
    const order = await bea.call('POST', '/api/admin/updates', { ...base, publishedOn: '2026-11-23', expiresOn: '2026-11-20' });
    expect([order.status, order.json.error.message]).toEqual([400, 'expiresOn: must be on or after publishedOn']);
    const format = await bea.call('POST', '/api/admin/updates', { ...base, publishedOn: '23/11/2026' });
    expect([format.status, format.json.error.message]).toEqual([400, 'publishedOn: must be a date such as 2026-11-23']);
    expect((await bea.call('POST', '/api/admin/updates', base)).status).toBe(201);
    const twice = await bea.call('POST', '/api/admin/updates', base);
    expect([twice.status, twice.json.error.message]).toEqual([409, 'An update "dates" in fr already exists']);
  });

  it('publishes an update to the account as a short article', async () => {
    const u = (await bea.call('POST', '/api/admin/updates', { key: 'flu-shots', lang: 'zh-Hans', title: '流感疫苗', body: '本月起可以在巴士上预约流感疫苗。' })).json.data;
    const res = await bea.call('POST', `/api/admin/updates/${u.id}/publish`, {});
    expect([res.status, res.json.status]).toEqual([200, 'published']);
    const row = (await bea.call('GET', `/api/admin/updates/${u.id}`)).json.data;
    expect(row).toMatchObject({ wechatStatus: 'published', wechatUrl: res.json.url });
    const draft = wx.calls.filter((c) => c.path === '/cgi-bin/draft/add').at(-1)?.body as { articles: Array<{ title: string; digest: string }> };
    expect(draft.articles[0]).toMatchObject({ title: '流感疫苗', digest: '本月起可以在巴士上预约流感疫苗。' });
  });
});
