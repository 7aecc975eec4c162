import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TEMPLATE_ID, startFakeWechat, type FakeWechat } from '../../../scripts/fake-wechat';
import { engine } from '../../test/db';
import { clearHits, dataFiles, dumpDatabase } from '../../test/dump';
import { postJson, request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { createSession, SESSION_COOKIE } from '../auth/sessions';
import { Mediator } from '../entities';
import { CITY_ALERT_SEND, SUBSCRIPTIONS_PURGE } from './jobNames';

export const TEST_SUBSCRIPTIONS_SECRET = 'lotus-test-subscriptions-secret-0123456789';

/** Polls until `check` holds; generous, for a loaded machine. */
export async function until(check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function subscribeEnv(wx: FakeWechat): Record<string, string> {
  return { MINIPROGRAM_APPID: wx.appid, MINIPROGRAM_SECRET: wx.secret, WECHAT_API_BASE: wx.url, SUBSCRIBE_TEMPLATE_ID: FAKE_TEMPLATE_ID, SUBSCRIPTIONS_SECRET: TEST_SUBSCRIPTIONS_SECRET, SUBSCRIPTIONS_PER_HOUR: '60', ALERTS_REPORTS_PER_HOUR: '1000' };
}

/** Jobs not finished yet (waiting, running, waiting for a retry), in pg-boss's table. */
async function pendingJobs(s: TestServer): Promise<number> {
  const rows: Array<{ n: number }> = await s.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE state < 'completed' AND name LIKE 'city-alert-%' AND start_after < now() + interval '1 minute'`);
  return rows[0].n;
}

async function subscriptionCount(s: TestServer): Promise<number> {
  const rows: Array<{ n: number }> = await s.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM alert_subscriptions`);
  return rows[0].n;
}

describe(`city alerts by WeChat subscription message on ${engine}`, { timeout: 120_000 }, () => {
  let wx: FakeWechat;
  let s: TestServer;
  let auth: Record<string, string>;
  let clock = new Date();
  let n = 0;
  const openids: string[] = [];

  const report = async (body: Record<string, unknown>) => {
    const value = `client-${++n}-${Date.now()}@example.fr`;
    // A second apart, so the pending list (oldest first) ends with this one.
    clock = new Date(clock.getTime() + 1000);
    const r = await postJson(`${s.url}/api/reports`, { kind: 'email', value, categories: ['violence'], level: 'dangerous', city: 'paris', device: `device-${n}-000000000000`, ...body });
    expect(r.status).toBe(201);
    const list = await request(`${s.url}/api/admin/reports?status=pending`, { headers: auth });
    return (list.body.data as Array<{ id: string }>).at(-1)!.id;
  };
  const approve = (id: string) => request(`${s.url}/api/admin/reports/${id}/approve`, { method: 'POST', headers: auth });
  /** She taps "有新提醒时通知我": WeChat asks, she allows, the app sends a fresh wx.login code. */
  const subscribe = async (cities: string[], { allow = 1 }: { allow?: number } = {}) => {
    const { code, openid } = wx.loginCode();
    openids.push(openid);
    if (allow) wx.acceptSubscription(openid, FAKE_TEMPLATE_ID, allow);
    const r = await postJson(`${s.url}/api/subscriptions`, { code, cities });
    return { r, openid };
  };
  const sentTo = (openid: string) => wx.subscribeMessages.filter((m) => m.touser === openid);
  const sendCalls = (openid: string) => wx.calls.filter((c) => c.path === '/cgi-bin/message/subscribe/send' && (c.body as { touser?: string }).touser === openid);

  beforeAll(async () => {
    wx = await startFakeWechat({ port: 0 });
    s = await startTestServer({ env: subscribeEnv(wx), now: () => clock });
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'lin', role: 'mediator', passwordHash: 'unused-here' }));
    const session = await createSession(m, mediator.id, new Date());
    auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
  });
  afterAll(async () => {
    await s?.close();
    await wx?.close();
  });

  it('tells the mini-program which template to ask for', async () => {
    const r = await request(`${s.url}/api/subscriptions`);
    expect([r.status, r.body]).toEqual([200, { data: { templateId: FAKE_TEMPLATE_ID } }]);
  });

  it('a report approved in the console reaches a subscribed worker within a minute, in neutral words, once', async () => {
    const { r, openid } = await subscribe(['paris', 'lyon']);
    expect(r.status).toBe(201);
    expect(r.body.data).toEqual({ cities: ['lyon', 'paris'], expiresAt: new Date(clock.getTime() + 90 * 86_400_000).toISOString() });
    const elsewhere = await subscribe(['marseille']);
    const id = await report({});
    const approvedAt = Date.now();
    expect((await approve(id)).status).toBe(200);
    await until(() => sentTo(openid).length === 1);
    const tookMs = Date.now() - approvedAt;
    expect(tookMs).toBeLessThan(60_000);
    const [message] = sentTo(openid);
    expect(message).toMatchObject({
      template_id: FAKE_TEMPLATE_ID,
      page: 'pages/alerts/index?city=paris',
      data: { thing1: { value: '生活小贴士：巴黎有新的提醒' }, time2: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/) } },
      lang: 'zh_CN',
    });
    expect(JSON.stringify(message)).not.toMatch(/example\.fr|client-|violence|暴力/);
    // One tap, one message: her subscription is spent; Marseille heard nothing.
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sentTo(elsewhere.openid)).toEqual([]);
    expect(await subscriptionCount(s)).toBe(1);
    const again = await report({});
    await approve(again);
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sentTo(openid)).toHaveLength(1);
    console.log(`delivered ${tookMs} ms after the approval`);
  });

  it('announces an alert once: approved, rejected and approved again sends nothing more; other levels send nothing', async () => {
    const { openid } = await subscribe(['paris'], { allow: 3 });
    const risky = await report({ level: 'risky' });
    await approve(risky);
    const id = await report({});
    await approve(id);
    await until(() => sentTo(openid).length === 1);
    const { openid: second } = await subscribe(['paris'], { allow: 3 });
    await request(`${s.url}/api/admin/reports/${id}/reject`, { method: 'POST', headers: auth });
    await approve(id);
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sentTo(openid)).toHaveLength(1);
    expect(sentTo(second)).toEqual([]);
    await s.deps.db.dataSource.query(`DELETE FROM alert_subscriptions`);
  });

  it('a rolled-back approval sends nothing', async () => {
    const { openid } = await subscribe(['paris']);
    const id = await report({});
    const reportModerate = (await import('../commands/reportModerate')).default;
    const mediator = await s.deps.db.dataSource.manager.findOneByOrFail(Mediator, { username: 'lin' });
    await s.deps.db.dataSource
      .transaction(async (m) => {
        await reportModerate({ m, id, decision: 'approve', actor: mediator, now: new Date() });
        throw new Error('something failed after the decision');
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 3000));
    expect(sentTo(openid)).toEqual([]);
    const rows: unknown[] = await s.deps.db.dataSource.query(`SELECT 1 FROM city_alert_announcements WHERE alert = $1`, [`report:${id}`]);
    expect(rows).toEqual([]);
    await s.deps.db.dataSource.query(`DELETE FROM alert_subscriptions`);
  });

  it('43101 (she refused, or turned messages off) deletes the subscription, without retrying', async () => {
    const { r, openid } = await subscribe(['paris'], { allow: 0 });
    expect(r.status).toBe(201);
    await approve(await report({}));
    await until(async () => (await subscriptionCount(s)) === 0);
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sendCalls(openid)).toHaveLength(1);
    expect(sentTo(openid)).toEqual([]);
  });

  it('47003 and 40037 are logged without identifiers and given up; the subscription waits for the next alert', async () => {
    const { openid } = await subscribe(['paris']);
    wx.failNext('/cgi-bin/message/subscribe/send', 40037);
    await approve(await report({}));
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sendCalls(openid)).toHaveLength(1);
    expect(sentTo(openid)).toEqual([]);
    wx.failNext('/cgi-bin/message/subscribe/send', 47003);
    await approve(await report({}));
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sendCalls(openid)).toHaveLength(2);
    const refused = s.logs.filter((l) => l.includes('city alert refused by WeChat'));
    expect(refused.map((l) => JSON.parse(l).errcode)).toEqual([40037, 47003]);
    expect(await subscriptionCount(s)).toBe(1);
    await approve(await report({}));
    await until(() => sentTo(openid).length === 1);
  });

  it('retries with backoff when WeChat is busy, and waits an hour when its quota is used up', async () => {
    const { openid } = await subscribe(['paris']);
    wx.failNext('/cgi-bin/message/subscribe/send', -1);
    await approve(await report({}));
    await until(() => sentTo(openid).length === 1);
    expect(sendCalls(openid)).toHaveLength(2);

    const later = await subscribe(['paris']);
    wx.failNext('/cgi-bin/message/subscribe/send', 45009);
    await approve(await report({}));
    await until(async () => {
      const rows: Array<{ after: Date }> = await s.deps.db.dataSource.query(`SELECT start_after AS after FROM pgboss.job WHERE name = $1 AND state = 'created' AND data->>'deferrals' = '1'`, [CITY_ALERT_SEND]);
      return rows.length === 1 && new Date(rows[0].after).getTime() > Date.now() + 55 * 60_000;
    });
    expect(sentTo(later.openid)).toEqual([]);
    // An hour later (moved forward here), it goes.
    await s.deps.db.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND state = 'created'`, [CITY_ALERT_SEND]);
    await until(() => sentTo(later.openid).length === 1);
  });

  it('"不再通知" withdraws it with one call; nothing is sent after', async () => {
    const { openid } = await subscribe(['paris']);
    const withdraw = await postJson(`${s.url}/api/subscriptions/withdraw`, { code: wx.loginCode(openid).code });
    expect([withdraw.status, withdraw.body]).toEqual([200, { data: { withdrawn: true } }]);
    const twice = await postJson(`${s.url}/api/subscriptions/withdraw`, { code: wx.loginCode(openid).code });
    expect(twice.body).toEqual({ data: { withdrawn: false } });
    await approve(await report({}));
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sendCalls(openid)).toEqual([]);
  });

  it('refuses a used or unknown login code and an unknown city, with a code the app can say', async () => {
    const { code } = wx.loginCode();
    expect((await postJson(`${s.url}/api/subscriptions`, { code, cities: ['paris'] })).status).toBe(201);
    const used = await postJson(`${s.url}/api/subscriptions`, { code, cities: ['paris'] });
    expect([used.status, used.body.error.code, used.body.error.field]).toEqual([400, 'invalid_format', 'code']);
    const unknown = await postJson(`${s.url}/api/subscriptions`, { code: 'not-a-code', cities: ['paris'] });
    expect(unknown.status).toBe(400);
    const city = await postJson(`${s.url}/api/subscriptions`, { code: wx.loginCode().code, cities: ['atlantis'] });
    expect([city.status, city.body.error.code]).toEqual([404, 'city_not_found']);
    const none = await postJson(`${s.url}/api/subscriptions`, { code: wx.loginCode().code, cities: [] });
    expect([none.status, none.body.error.field]).toEqual([400, 'cities']);
  });

  it('deletes a subscription unused for 90 days, and never sends with one', async () => {
    await s.deps.db.dataSource.query(`DELETE FROM alert_subscriptions`);
    const { openid } = await subscribe(['paris']);
    clock = new Date(clock.getTime() + 89 * 86_400_000);
    const { openid: fresh } = await subscribe(['paris']);
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    const m = s.deps.db.dataSource.manager;
    const session = await createSession(m, (await m.findOneByOrFail(Mediator, { username: 'lin' })).id, clock);
    auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
    await approve(await report({}));
    await until(() => sentTo(fresh).length === 1);
    await until(async () => (await pendingJobs(s)) === 0);
    expect(sendCalls(openid)).toEqual([]);
    const { openid: kept } = await subscribe(['paris']);
    await s.jobs.send(SUBSCRIPTIONS_PURGE, {});
    await until(async () => (await subscriptionCount(s)) === 1);
    const left: Array<{ created_at: Date }> = await s.deps.db.dataSource.query(`SELECT created_at FROM alert_subscriptions`);
    expect(new Date(left[0].created_at).getTime()).toBe(clock.getTime());
    expect(kept).toBeTruthy();
  });

  it('keeps no openid in clear: not in the database, not in its files, not in the logs', async () => {
    expect(openids.length).toBeGreaterThan(5);
    expect(await subscriptionCount(s)).toBeGreaterThan(0);
    const dump = await dumpDatabase(s);
    expect(dump).toContain('alert_subscriptions');
    expect(clearHits(dump, openids)).toEqual([]);
    if (engine === 'pglite') {
      await s.deps.db.dataSource.query('CHECKPOINT');
      const files = dataFiles(path.join(s.config.DATA_DIR, 'pglite'));
      const found = openids.filter((o) => files.some((f) => f.includes(o)));
      expect(found).toEqual([]);
    }
    const logs = s.logs.join('');
    expect(logs).toContain('city alert');
    expect(clearHits(logs, openids)).toEqual([]);
  });

  it('limits how often one address subscribes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await postJson(`${s.url}/api/subscriptions/withdraw`, { code: 'not-a-code' })).status);
    expect(statuses).toContain(429);
  });
});

describe.skipIf(engine !== 'postgres')('city alerts with two server processes on one PostgreSQL', { timeout: 120_000 }, () => {
  let wx: FakeWechat;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    wx = await startFakeWechat({ port: 0 });
    a = await startTestServer({ env: subscribeEnv(wx) });
    b = await startTestServer({ env: { ...subscribeEnv(wx), DATABASE_URL: a.config.DATABASE_URL as string } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await wx?.close();
  });

  it('sends each subscriber one message, never two, whichever process works the jobs', async () => {
    const m = a.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'lin', role: 'mediator', passwordHash: 'unused-here' }));
    const session = await createSession(m, mediator.id, new Date());
    const auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
    const people: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { code, openid } = wx.loginCode();
      // She allowed several messages: WeChat itself would not stop a second send.
      wx.acceptSubscription(openid, FAKE_TEMPLATE_ID, 5);
      const server = i % 2 ? a : b;
      expect((await postJson(`${server.url}/api/subscriptions`, { code, cities: ['paris'] })).status).toBe(201);
      people.push(openid);
    }
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      await postJson(`${a.url}/api/reports`, { kind: 'email', value: `two-${i}@example.fr`, categories: ['violence'], level: 'dangerous', city: 'paris', device: `device-two-${i}-000000000000` });
    }
    const list = await request(`${a.url}/api/admin/reports?status=pending`, { headers: auth });
    for (const r of list.body.data as Array<{ id: string }>) ids.push(r.id);
    // Three alerts approved at once, through both processes.
    expect(ids).toHaveLength(3);
    const approvedAt = Date.now();
    await Promise.all(ids.map((id, i) => request(`${(i % 2 ? a : b).url}/api/admin/reports/${id}/approve`, { method: 'POST', headers: auth })));
    await until(() => people.every((p) => wx.subscribeMessages.some((x) => x.touser === p)));
    const sentBy = (x: TestServer) => x.logs.filter((l) => l.includes('city alert sent')).length;
    console.log(`40 subscribers reached ${Date.now() - approvedAt} ms after three approvals on two processes (sent by each: ${sentBy(a)}, ${sentBy(b)})`);
    await until(async () => (await pendingJobs(a)) === 0);
    await new Promise((r) => setTimeout(r, 3000));
    expect(people.map((p) => wx.subscribeMessages.filter((x) => x.touser === p).length)).toEqual(people.map(() => 1));
    const rows: Array<{ n: number }> = await a.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM alert_subscriptions`);
    expect(rows[0].n).toBe(0);
  });
});
