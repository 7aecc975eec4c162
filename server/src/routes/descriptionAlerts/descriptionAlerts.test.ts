import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../auth/sessions';
import { Mediator } from '../../entities';
import { engine } from '../../../test/db';
import { postJson, request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const IP = '198.51.100.23';
const DEVICE = 'install-Dk4Wq9Lm2Pz7Rt';

describe(`alerts by description on ${engine}`, () => {
  let s: TestServer;
  let auth: Record<string, string>;
  let mediatorId: string;
  let now = new Date('2026-11-23T12:00:00Z');
  const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postJson(`${s.url}/api/description-alerts`, { city: 'paris', categories: ['robbery'], device: DEVICE, text: '高个子，五十岁左右，开灰色的车', ...body }, { 'X-Forwarded-For': IP, ...headers });
  const publicList = (city = 'paris', headers: Record<string, string> = {}) => request(`${s.url}/api/description-alerts?city=${city}`, { headers });
  const admin = (method: string, path: string, body?: unknown, headers = auth) =>
    request(`${s.url}/api/admin/description-alerts${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const pending = async () => (await admin('GET', '?status=pending')).body.data as Array<{ id: string; text: string; area: string | null; screenHits: number | null }>;

  /** A session as of `now`: the tests move the clock by days and years. */
  const signIn = async () => {
    const session = await createSession(s.deps.db.dataSource.manager, mediatorId, now);
    auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
  };

  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1' }, now: () => now });
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'mei', role: 'mediator', passwordHash: 'unused-here' }));
    mediatorId = mediator.id;
    await signIn();
  });
  afterAll(() => s.close());

  it('takes an alert without any identifier, scrubbed, screened, pending and not public', async () => {
    const created = await send({
      area: 'Belleville 地铁站, 他的车 AB-123-CD',
      month: '2026-10',
      categories: ['violence', 'robbery', 'violence'],
      text: '很高，光头，开灰色的车 ab 123 cd。加我微信 wxbad_guy88 或者打 06 12 34 56 78。不肯用安全套',
    });
    expect([created.status, created.body]).toEqual([201, { data: { status: 'pending' } }]);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const [row] = await pending();
    expect(row).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      city: 'paris',
      area: 'Belleville 地铁站, 他的车 AB-•••-CD',
      month: '2026-10',
      categories: ['violence', 'robbery'],
      text: '很高，光头，开灰色的车 AB-•••-CD。加我微信 wx•••••••• 或者打 +33 6 •• •• •• 78。不肯用安全套',
      screenHits: 1,
      level: null,
      status: 'pending',
      createdAt: '2026-11-23T12:00:00.000Z',
      decidedAt: null,
    });
    const list = await publicList();
    expect([list.status, list.body]).toEqual([200, { data: [] }]);
  });

  it('stores nothing about the sender: no install id, no address, not even hashed', async () => {
    const columns: Array<{ column_name: string }> = await s.deps.db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'description_alerts' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'city', 'area', 'month', 'categories', 'text', 'screen_hits', 'level', 'status', 'created_at', 'decided_at']);
    const rows: Array<{ row: string }> = await s.deps.db.dataSource.query(`SELECT t::text AS row FROM description_alerts t`);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toMatch(/Dk4Wq9|198\.51/);
    expect(s.logs.join('')).not.toMatch(/光头|Belleville|Dk4Wq9|198\.51/);
  });

  it('refuses what it cannot take, with a code the app translates', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ categories: [] }, 400, 'no_category', 'categories'],
      [{ text: '   ' }, 400, 'required', 'text'],
      [{ text: '长'.repeat(501) }, 400, 'too_long', 'text'],
      [{ city: 'atlantis' }, 400, 'city_not_found', 'city'],
      [{ month: '2026-12' }, 400, 'month_in_future', 'month'],
      [{ month: '2024-01' }, 400, 'month_too_old', 'month'],
      [{ device: 'x' }, 400, 'invalid_device', 'device'],
    ];
    for (const [body, status, code, field] of cases) {
      const r = await send(body);
      expect([r.status, r.body.error.code, r.body.error.field], JSON.stringify(body)).toEqual([status, code, field]);
    }
    expect(await pending()).toHaveLength(1);
  });

  it('a moderator edits and approves it: the original text is gone, the alert shows with its level', async () => {
    const [row] = await pending();
    const noCsrf = await admin('POST', `/${row.id}/approve`, { text: 'x', level: 'danger' }, { Cookie: auth.Cookie });
    expect([noCsrf.status, noCsrf.body.error.code]).toEqual([403, 'csrf']);
    const noLevel = await admin('POST', `/${row.id}/approve`, { text: '很高，光头' });
    expect([noLevel.status, noLevel.body.error.code, noLevel.body.error.field]).toEqual([400, 'invalid_choice', 'level']);
    const blocked = await admin('POST', `/${row.id}/approve`, { text: row.text, level: 'danger' });
    expect([blocked.status, blocked.body.error.code, blocked.body.error.field]).toEqual([409, 'blocked', 'text']);
    expect(blocked.body.error.message).toContain('安全套');
    expect(await publicList().then((r) => r.body.data)).toEqual([]);

    now = new Date('2026-11-23T13:00:00Z');
    // She may paste a number back in by mistake: it is scrubbed again.
    const approved = await admin('POST', `/${row.id}/approve`, { text: '很高，光头，开灰色的车。不肯用工具。电话 0612345678', area: 'Belleville', level: 'danger' });
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ id: row.id, status: 'approved', level: 'danger', area: 'Belleville', text: '很高，光头，开灰色的车。不肯用工具。电话 +33 6 •• •• •• 78', decidedAt: '2026-11-23T13:00:00.000Z' });
    const dump: Array<{ row: string }> = await s.deps.db.dataSource.query(`SELECT t::text AS row FROM description_alerts t`);
    expect(dump[0].row).not.toMatch(/wx•|安全套|地铁站/);

    const list = await publicList();
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(list.body.data).toEqual([
      { id: row.id, city: 'paris', area: 'Belleville', month: '2026-10', categories: ['violence', 'robbery'], level: 'danger', text: '很高，光头，开灰色的车。不肯用工具。电话 +33 6 •• •• •• 78', approvedAt: '2026-11-23T13:00:00.000Z' },
    ]);
    expect((await publicList('lyon')).body.data).toEqual([]);
    expect((await publicList('Paris!')).status).toBe(400);

    const etag = list.headers.get('etag')!;
    expect((await publicList('paris', { 'If-None-Match': etag })).status).toBe(304);
    // An edit changes the answer at once: the old ETag no longer matches.
    const edited = await admin('POST', `/${row.id}/approve`, { text: '很高，光头，开灰色的车', level: 'caution' });
    expect([edited.status, edited.body.data.area]).toEqual([200, 'Belleville']);
    const after = await publicList('paris', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.body.data[0]).toMatchObject({ text: '很高，光头，开灰色的车', level: 'caution' });

    const audit: Array<{ action: string; target_type: string; target_id: string; mediator_id: string; detail: Record<string, unknown> }> = await s.deps.db.dataSource.query(
      `SELECT action, target_type, target_id, mediator_id, detail FROM audit_entries WHERE action LIKE 'description.%' ORDER BY at, action`,
    );
    expect(audit.map((a) => [a.action, a.target_type, a.target_id, a.mediator_id])).toEqual([
      ['description.approve', 'description_alert', row.id, mediatorId],
      ['description.edit', 'description_alert', row.id, mediatorId],
    ]);
    expect(audit[1].detail).toMatchObject({ fromLevel: 'danger', level: 'caution', edited: true, city: 'paris', categories: 'violence,robbery' });
    expect(JSON.stringify(audit)).not.toMatch(/光头|Belleville/);

    // Paris's subscribers are told once, at the approval (subscriptions/announce.ts), not again at the edit.
    const announced: Array<{ alert: string; city: string }> = await s.deps.db.dataSource.query(`SELECT alert, city FROM city_alert_announcements`);
    expect(announced).toEqual([{ alert: `description:${row.id}`, city: 'paris' }]);
  });

  it('newest first; a rejected alert is deleted, pending or shown', async () => {
    now = new Date('2026-11-24T09:00:00Z');
    await signIn();
    expect((await send({ text: '戴眼镜，说话很客气，最后不付钱', categories: ['non-payment'] })).status).toBe(201);
    expect((await send({ text: '这条要拒绝' })).status).toBe(201);
    const [newer, toReject] = await pending();
    expect(toReject.text).toBe('这条要拒绝');
    expect((await admin('POST', `/${newer.id}/approve`, { text: newer.text, level: 'information' })).status).toBe(200);
    expect((await publicList()).body.data.map((a: { level: string }) => a.level)).toEqual(['information', 'caution']);

    const rejected = await admin('POST', `/${toReject.id}/reject`);
    expect(rejected.status).toBe(204);
    expect((await admin('POST', `/${toReject.id}/reject`)).status).toBe(404);
    expect((await admin('POST', `/${toReject.id}/approve`, { text: 'x', level: 'danger' })).body.error.message).toBe(
      'No description alert has this id: it may have been rejected or have expired',
    );
    expect((await admin('POST', '/not-a-uuid/reject')).status).toBe(404);
    expect(await pending()).toEqual([]);
    const [{ n }] = await s.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM description_alerts WHERE text LIKE '%拒绝%'`);
    expect(n).toBe(0);

    const before = (await publicList()).body.data;
    expect((await admin('POST', `/${newer.id}/reject`)).status).toBe(204);
    expect((await publicList()).body.data).toEqual(before.slice(1));
    const audit: Array<{ action: string; detail: Record<string, unknown> }> = await s.deps.db.dataSource.query(`SELECT action, detail FROM audit_entries WHERE action = 'description.reject'`);
    expect(audit.map((a) => a.detail.from).sort()).toEqual(['approved', 'pending']);
  });

  it('expires like reports: gone from the list after the retention period, then purged', async () => {
    expect((await publicList()).body.data).toHaveLength(1);
    const retention = s.config.ALERTS_RETENTION_MONTHS;
    now = new Date(Date.UTC(2026 + Math.floor(retention / 12), 10 + (retention % 12), 23, 11, 59));
    expect((await publicList()).body.data).toHaveLength(1);
    now = new Date(Date.UTC(2026 + Math.floor(retention / 12), 10 + (retention % 12), 23, 12, 1));
    expect((await publicList()).body.data).toEqual([]);
    await signIn();
    expect((await admin('GET', '?status=approved')).body.data).toEqual([]);
    const { default: descriptionAlertPurge } = await import('../../commands/descriptionAlertPurge');
    expect(await descriptionAlertPurge({ m: s.deps.db.dataSource.manager, now, retentionMonths: retention })).toBe(1);
    const [{ n }] = await s.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM description_alerts`);
    expect(n).toBe(0);
  });

  it('shares the reports’ rate limit per install id', async () => {
    now = new Date('2030-01-01T10:00:00Z');
    const limit = s.config.ALERTS_REPORTS_PER_HOUR;
    const { body: issued } = await postJson(`${s.url}/api/device`, {}, { 'X-Forwarded-For': '192.0.2.9' });
    const device = issued.data.device as string;
    const headers = { 'X-Forwarded-For': '192.0.2.9' };
    expect((await postJson(`${s.url}/api/reports`, { kind: 'phone', value: '06 11 22 33 44', category: 'other', device }, headers)).status).toBe(201);
    for (let i = 1; i < limit; i += 1) expect((await send({ device, text: `第${i}条` }, headers)).status).toBe(201);
    const refused = await send({ device, text: '太多了' }, headers);
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    // The refused alert left nothing.
    const [{ n }] = await s.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM description_alerts WHERE text = '太多了'`);
    expect(n).toBe(0);
  });

  it('is closed to anyone not signed in', async () => {
    const r = await request(`${s.url}/api/admin/description-alerts`);
    expect([r.status, r.body.error.code]).toEqual([401, 'unauthorized']);
  });
});
