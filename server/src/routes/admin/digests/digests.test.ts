import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../../../../scripts/fake-wechat';
import { addSignedIn, request, signIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { SHIPPED_CONTENT, type TestServer } from '../../../../test/server';
import { startTestServerWithWechat } from '../../../../test/wechat';
import { seedReport } from '../../../digest/testSeed';
import { AuditEntry } from '../../../entities';
import { getScreener } from '../../../screen';

describe(`admin digests on ${engine}`, () => {
  let wx: FakeWechat;
  let server: TestServer;
  let bea: AdminClient;
  let close: () => Promise<void>;
  // Monday 30 November 2026 in Paris: drafting takes the week of 23–29 November.
  let now = new Date('2026-11-30T08:00:00Z');
  const draftParis = async () => (await bea.call('POST', '/api/admin/digests/draft', { city: 'paris' })).json.data.drafted[0] as { id: string };
  const massCalls = () => wx.calls.filter((c) => c.path === '/cgi-bin/message/mass/sendall');

  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat({ now: () => now, env: { WECHAT_MASS_PER_MONTH: '2' } }));
    bea = await addSignedIn(server, 'bea', 'mediator');
    await server.deps.db.dataSource.transaction(async (m) => {
      await seedReport(m, { value: '06 12 34 56 78', categories: ['violence'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-24T10:00:00Z') });
      await seedReport(m, { kind: 'wechat', value: 'liming_88', categories: ['non-payment', 'harassment'], level: 'risky', city: 'paris', decidedAt: new Date('2026-11-27T10:00:00Z') });
      await seedReport(m, { kind: 'plate', value: 'GH-456-JK', categories: ['robbery'], level: 'risky', city: 'lyon', decidedAt: new Date('2026-11-26T10:00:00Z') });
    });
  }, 120_000);
  afterAll(() => close());

  it('drafts, edits, approves and publishes a digest through draft/add and freepublish, with no identifier sent', async () => {
    const run = await bea.call('POST', '/api/admin/digests/draft', {});
    expect(run.status).toBe(200);
    expect(run.json.data.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(run.json.data.drafted.map((d: { city: string }) => d.city)).toEqual(['lyon', 'paris']);
    const list = await bea.call('GET', '/api/admin/digests');
    expect(list.json.meta.quota).toEqual({ month: '2026-11', used: 0, limit: 2 });
    const id = run.json.data.drafted[1].id;

    const shown = (await bea.call('GET', `/api/admin/digests/${id}`)).json.data;
    expect(shown).toMatchObject({ city: 'paris', weekStart: '2026-11-23', status: 'draft', screenHits: 0, counts: { reports: { total: 2, byLevel: { dangerous: 1, risky: 1 } } } });

    const early = await bea.call('POST', `/api/admin/digests/${id}/publish`, {});
    expect([early.status, early.json.error.code]).toEqual([409, 'digest_not_approved']);

    const edited = await bea.call('PUT', `/api/admin/digests/${id}`, { title: shown.title, markdown: `${shown.markdown}\n\n周四巴士照常出车。` });
    expect([edited.status, edited.json.data.status]).toEqual([200, 'draft']);
    const approved = await bea.call('POST', `/api/admin/digests/${id}/approve`);
    expect([approved.status, approved.json.data.status]).toEqual([200, 'approved']);

    const published = await bea.call('POST', `/api/admin/digests/${id}/publish`, {});
    expect([published.status, published.json.data.status]).toEqual([200, 'published']);
    const draft = wx.calls.filter((c) => c.path === '/cgi-bin/draft/add').at(-1)!.body as { articles: Array<{ title: string; content: string }> };
    expect(draft.articles[0].title).toBe('巴黎本周提醒 11.23–11.29');
    expect(draft.articles[0].content).toContain('周四巴士照常出车。');
    const sent = JSON.stringify(wx.calls);
    for (const secret of ['12 34 56 78', '0612345678', '33612345678', 'liming', 'GH-456', '456']) expect(sent).not.toContain(secret);
    expect(wx.calls.some((c) => c.path === '/cgi-bin/freepublish/submit')).toBe(true);
    expect(massCalls()).toHaveLength(0);

    const row = (await bea.call('GET', `/api/admin/digests/${id}`)).json.data;
    expect(row.wechat).toMatchObject({ status: 'published', url: published.json.data.url, error: null });
    const locked = await bea.call('PUT', `/api/admin/digests/${id}`, { title: 'x', markdown: 'y' });
    expect([locked.status, locked.json.error.code]).toEqual([409, 'conflict']);
    const actions = (await server.deps.db.dataSource.getRepository(AuditEntry).find({ where: { targetId: id }, order: { at: 'ASC', id: 'ASC' } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['digest.edit', 'digest.approve', 'digest.publish']));
  });

  it('notifies followers once per digest, counted per month, refused past the limit with mass_quota_exhausted', async () => {
    const ids: string[] = [];
    for (const day of ['2026-11-25', '2026-11-18', '2026-11-11']) {
      await server.deps.db.dataSource.transaction((m) => seedReport(m, { categories: ['other'], level: 'annoying', city: 'paris', decidedAt: new Date(`${day}T12:00:00Z`) }));
    }
    for (const day of ['2026-11-18', '2026-11-11']) ids.push((await bea.call('POST', '/api/admin/digests/draft', { city: 'paris', day })).json.data.drafted[0].id);
    const paris = (await bea.call('GET', '/api/admin/digests')).json.data.find((d: { city: string; weekStart: string }) => d.city === 'paris' && d.weekStart === '2026-11-23');
    ids.unshift(paris.id);
    for (const id of ids.slice(1)) {
      const unpublished = await bea.call('POST', `/api/admin/digests/${id}/notify`);
      expect([unpublished.status, unpublished.json.error.code]).toEqual([409, 'digest_not_published']);
      await bea.call('POST', `/api/admin/digests/${id}/approve`);
      expect((await bea.call('POST', `/api/admin/digests/${id}/publish`, {})).json.data.status).toBe('published');
    }

    const first = await bea.call('POST', `/api/admin/digests/${ids[0]}/notify`);
    expect([first.status, first.json.meta.quota]).toEqual([200, { month: '2026-11', used: 1, limit: 2 }]);
    expect(first.json.data.massSentAt).toBe(now.toISOString());
    const body = massCalls()[0].body as { filter: unknown; msgtype: string; text: { content: string }; clientmsgid: string };
    expect(body).toMatchObject({ filter: { is_to_all: true }, msgtype: 'text', clientmsgid: `digest-${ids[0]}` });
    expect(body.text.content).toMatch(/^生活小贴士：巴黎本周提醒 11\.23–11\.29\n<a href="https:\/\/mp\.weixin\.qq\.com\/s\/[^"]+">/);

    expect(getScreener(path.join(SHIPPED_CONTENT, 'words.yaml')).screen(body.text.content)).toEqual([]);

    const again = await bea.call('POST', `/api/admin/digests/${ids[0]}/notify`);
    expect([again.status, again.json.error.code]).toEqual([409, 'mass_already_sent']);

    // WeChat refuses one for its own reason: the month's count is given back.
    wx.failNext('/cgi-bin/message/mass/sendall', -1);
    const busy = await bea.call('POST', `/api/admin/digests/${ids[1]}/notify`);
    expect([busy.status, busy.json.error.code]).toEqual([502, 'wechat']);
    expect((await bea.call('GET', '/api/admin/digests')).json.meta.quota.used).toBe(1);

    expect((await bea.call('POST', `/api/admin/digests/${ids[1]}/notify`)).status).toBe(200);
    const third = await bea.call('POST', `/api/admin/digests/${ids[2]}/notify`);
    expect([third.status, third.json.error]).toEqual([
      409,
      { code: 'mass_quota_exhausted', message: 'The account has sent its 2 mass message(s) allowed for 2026-11 (WECHAT_MASS_PER_MONTH): followers can be notified again next month' },
    ]);
    expect(massCalls().filter((c) => JSON.stringify(c.body).includes(ids[2]))).toHaveLength(0);

    // A new month in Paris (midnight on 1 December, 23:00 UTC): the count starts again.
    now = new Date('2026-11-30T23:30:00Z');
    bea = await signIn(server, 'bea');
    const december = await bea.call('POST', `/api/admin/digests/${ids[2]}/notify`);
    expect([december.status, december.json.meta.quota]).toEqual([200, { month: '2026-12', used: 1, limit: 2 }]);
  });

  it('believes WeChat when it says the quota is used (45028), and two mediators cannot both take the last send', async () => {
    now = new Date('2027-01-15T10:00:00Z');
    bea = await signIn(server, 'bea');
    await server.deps.db.dataSource.transaction((m) => seedReport(m, { categories: ['other'], level: 'risky', city: 'paris', decidedAt: new Date('2027-01-06T12:00:00Z') }));
    await server.deps.db.dataSource.transaction((m) => seedReport(m, { categories: ['other'], level: 'risky', city: 'lyon', decidedAt: new Date('2027-01-06T12:00:00Z') }));
    const drafted = (await bea.call('POST', '/api/admin/digests/draft', { day: '2027-01-06' })).json.data.drafted as Array<{ id: string }>;
    expect(drafted).toHaveLength(2);
    for (const d of drafted) {
      await bea.call('POST', `/api/admin/digests/${d.id}/approve`);
      await bea.call('POST', `/api/admin/digests/${d.id}/publish`, {});
    }
    wx.setMassQuota(0);
    const refused = await bea.call('POST', `/api/admin/digests/${drafted[0].id}/notify`);
    expect([refused.status, refused.json.error.code]).toEqual([409, 'mass_quota_exhausted']);
    expect((await bea.call('GET', '/api/admin/digests')).json.meta.quota).toEqual({ month: '2027-01', used: 2, limit: 2 });

    now = new Date('2027-02-15T10:00:00Z');
    bea = await signIn(server, 'bea');
    wx.setMassQuota(10);
    // One send of February already made: the two mediators race for the last one.
    await server.deps.db.dataSource.query(`INSERT INTO "mass_send_months" ("month", "count") VALUES ('2027-02', 1)`);
    const before = massCalls().length;
    const [a, b] = await Promise.all(drafted.map((d) => bea.call('POST', `/api/admin/digests/${d.id}/notify`)));
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.json.error.code).toBe('mass_quota_exhausted');
    expect(massCalls().length - before).toBe(1);
    const cam = await addSignedIn(server, 'cam', 'mediator');
    expect((await cam.call('GET', '/api/admin/digests')).json.meta.quota).toEqual({ month: '2027-02', used: 2, limit: 2 });
  });

  it('leaves the digest in the draft box when the account may not publish (48001), until its link is pasted', async () => {
    now = new Date('2027-03-15T10:00:00Z');
    bea = await signIn(server, 'bea');
    await server.deps.db.dataSource.transaction((m) => seedReport(m, { categories: ['other'], level: 'risky', city: 'paris', decidedAt: new Date('2027-03-03T12:00:00Z') }));
    const { id } = (await bea.call('POST', '/api/admin/digests/draft', { city: 'paris', day: '2027-03-03' })).json.data.drafted[0];
    await bea.call('POST', `/api/admin/digests/${id}/approve`);
    wx.setAccountUnverified(true);
    const draft = await bea.call('POST', `/api/admin/digests/${id}/publish`, {});
    wx.setAccountUnverified(false);
    expect([draft.status, draft.json.data.status]).toEqual([200, 'draft']);
    const refused = await bea.call('POST', `/api/admin/digests/${id}/notify`);
    expect(refused.json.error.code).toBe('digest_not_published');
    const bad = await bea.call('POST', `/api/admin/digests/${id}/mark-published`, { url: 'https://example.org/s/x' });
    expect([bad.status, bad.json.error.field]).toEqual([400, 'url']);
    const marked = await bea.call('POST', `/api/admin/digests/${id}/mark-published`, { url: 'https://mp.weixin.qq.com/s/AbCdEf' });
    expect(marked.json.data.wechat).toEqual({ status: 'published', url: 'https://mp.weixin.qq.com/s/AbCdEf', error: null });
  });

  it('is for signed-in mediators only', async () => {
    expect((await request(`${server.url}/api/admin/digests`, 'GET')).status).toBe(401);
    const bad = await bea.call('GET', '/api/admin/digests/not-an-id');
    expect([bad.status, bad.json.error.code]).toEqual([400, 'invalid_format']);
    const missing = await bea.call('POST', '/api/admin/digests/00000000-0000-4000-8000-000000000000/approve');
    expect([missing.status, missing.json.error.code]).toEqual([404, 'digest_not_found']);
  });
});
