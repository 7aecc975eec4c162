import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../../../../scripts/fake-wechat';
import { addSignedIn, request, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import type { TestServer } from '../../../../test/server';
import { startTestServerWithWechat } from '../../../../test/wechat';
import { ERROR_CODES } from '../../../contract/errors';

describe(`admin updates on ${engine}`, () => {
  let wx: FakeWechat;
  let server: TestServer;
  let bea: AdminClient;
  let close: () => Promise<void>;
  // 23:30 in Paris on 23 November: the programme's "today" is still the 23rd.
  const now = new Date('2026-11-23T22:30:00Z');
  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat({ now: () => now }));
    bea = await addSignedIn(server, 'bea', 'mediator');
  });
  afterAll(() => close());

  const visible = async () => ((await request(`${server.url}/api/updates?lang=zh-Hans`, 'GET')).json.data as Array<{ key: string }>).map((u) => u.key);

  it('shows a new update in the mini-program at once, and hides it when expired', async () => {
    const res = await bea.call('POST', '/api/admin/updates', { key: 'thursday-off', lang: 'zh-Hans', title: '周四停一次', body: '本周四巴士不出车。' });
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({ key: 'thursday-off', publishedOn: '2026-11-23', expiresOn: null, state: 'live', source: 'console', wechat: { status: null, url: null, error: null } });
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
    expect([order.status, order.json.error]).toEqual([400, { code: 'dates_out_of_order', field: 'expiresOn', message: 'expiresOn: must be on or after publishedOn' }]);
    const format = await bea.call('POST', '/api/admin/updates', { ...base, publishedOn: '23/11/2026' });
    expect([format.status, format.json.error]).toEqual([400, { code: 'invalid_date', field: 'publishedOn', message: `publishedOn: ${ERROR_CODES.invalid_date}` }]);
    const impossible = await bea.call('POST', '/api/admin/updates', { ...base, expiresOn: '2026-02-30' });
    expect([impossible.status, impossible.json.error.code, impossible.json.error.field]).toEqual([400, 'invalid_date', 'expiresOn']);
    const typo = await bea.call('POST', '/api/admin/updates', { ...base, publishedOn: '2062-11-23' });
    expect([typo.status, typo.json.error]).toEqual([400, { code: 'date_too_far', field: 'publishedOn', message: 'publishedOn: must be within a year of today (2026-11-23)' }]);
    const long = await bea.call('POST', '/api/admin/updates', { ...base, expiresOn: '2028-01-01' });
    expect([long.status, long.json.error.code, long.json.error.field]).toEqual([400, 'date_too_far', 'expiresOn']);
    const past = await bea.call('POST', '/api/admin/updates', { ...base, publishedOn: '2026-11-01', expiresOn: '2026-11-20' });
    expect([past.status, past.json.error]).toEqual([400, { code: 'already_expired', field: 'expiresOn', message: 'expiresOn: 2026-11-20 is already past, so the update would never show' }]);
    expect((await bea.call('POST', '/api/admin/updates', base)).status).toBe(201);
    const twice = await bea.call('POST', '/api/admin/updates', base);
    expect([twice.status, twice.json.error]).toEqual([409, { code: 'key_taken', field: 'key', message: 'An update "dates" in fr already exists' }]);
  });

  it('publishes an update to the account as a short article', async () => {
    const u = (await bea.call('POST', '/api/admin/updates', { key: 'flu-shots', lang: 'zh-Hans', title: '流感疫苗', body: '本月起可以在巴士上预约流感疫苗。' })).json.data;
    const res = await bea.call('POST', `/api/admin/updates/${u.id}/publish`, {});
    expect([res.status, res.json.data.status]).toEqual([200, 'published']);
    const row = (await bea.call('GET', `/api/admin/updates/${u.id}`)).json.data;
    expect(row).toMatchObject({ wechat: { status: 'published', url: res.json.data.url, error: null } });
    const draft = wx.calls.filter((c) => c.path === '/cgi-bin/draft/add').at(-1)?.body as { articles: Array<{ title: string; digest: string }> };
    expect(draft.articles[0]).toMatchObject({ title: '流感疫苗', digest: '本月起可以在巴士上预约流感疫苗。' });
  });

  it('takes a city of the directory or none, never free text', async () => {
    const base = { key: 'city-check', lang: 'zh-Hans', title: '巴黎', body: '周四见。' };
    for (const city of ['巴黎', 'Paris', 'pariss']) {
      const res = await bea.call('POST', '/api/admin/updates', { ...base, city });
      expect([city, res.status, res.json.error.code, res.json.error.field]).toEqual([city, 400, city === 'pariss' ? 'city_not_found' : 'invalid_format', 'city']);
    }
    const paris = await bea.call('POST', '/api/admin/updates', { ...base, city: 'paris' });
    expect([paris.status, paris.json.data.city]).toEqual([201, 'paris']);
    const all = await bea.call('POST', '/api/admin/updates', { ...base, key: 'all-cities', city: null });
    expect([all.status, all.json.data.city]).toEqual([201, null]);
  });

  it('asks before publishing an expired update to the account', async () => {
    const u = (await bea.call('POST', '/api/admin/updates', { key: 'old-one', lang: 'zh-Hans', title: '旧通知', body: '已经过去的活动。' })).json.data;
    await bea.call('POST', `/api/admin/updates/${u.id}/expire`);
    const refused = await bea.call('POST', `/api/admin/updates/${u.id}/publish`, {});
    expect([refused.status, refused.json.error]).toEqual([409, { code: 'update_expired', message: 'This update stopped showing after 2026-11-22: send expired: true to publish it anyway' }]);
    expect(wx.calls.filter((c) => c.path === '/cgi-bin/draft/add' && JSON.stringify(c.body).includes('旧通知'))).toHaveLength(0);
    const sent = await bea.call('POST', `/api/admin/updates/${u.id}/publish`, { expired: true });
    expect([sent.status, sent.json.data.status]).toEqual([200, 'published']);
    // Editing its title keeps the end date it was given: only a newly chosen past date is refused.
    const edited = await bea.call('PUT', `/api/admin/updates/${u.id}`, { key: 'old-one', lang: 'zh-Hans', title: '旧通知（已结束）', body: '已经过去的活动。', publishedOn: '2026-11-23', expiresOn: '2026-11-22' });
    expect([edited.status, edited.json.data?.state]).toEqual([200, 'expired']);
    const moved = await bea.call('PUT', `/api/admin/updates/${u.id}`, { key: 'old-one', lang: 'zh-Hans', title: '旧通知', body: '已经过去的活动。', publishedOn: '2026-11-23', expiresOn: '2026-11-21' });
    expect([moved.status, moved.json.error.code]).toEqual([400, 'dates_out_of_order']);
  });
});
