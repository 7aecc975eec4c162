import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../../auth/sessions';
import { Mediator } from '../../../entities';
import { engine } from '../../../../test/db';
import { postJson, request } from '../../../../test/http';
import { startTestServer, type TestServer } from '../../../../test/server';

describe(`moderation API /api/admin/reports on ${engine}`, () => {
  let s: TestServer;
  let auth: Record<string, string>;
  let mediatorId: string;
  const now = new Date('2026-11-23T12:00:00Z');
  let n = 0;
  const report = (body: Record<string, unknown>) =>
    postJson(`${s.url}/api/reports`, { category: 'harassment', device: `device-${++n}-000000000000`, ...body });
  const check = async (value: string) => (await postJson(`${s.url}/api/check`, { kind: 'email', value })).body.data;
  const admin = (method: string, path: string, headers = auth) => request(`${s.url}/api/admin/reports${path}`, { method, headers });

  beforeAll(async () => {
    s = await startTestServer({ now: () => now });
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'lin', role: 'mediator', passwordHash: 'unused-here' }));
    mediatorId = mediator.id;
    const session = await createSession(m, mediator.id, now);
    auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
    await report({ kind: 'email', value: 'first@client.fr', level: 'dangerous', city: 'paris', month: '2026-10', details: 'écrit depuis first@client.fr' });
    await report({ kind: 'email', value: 'FIRST@client.fr' });
    await report({ kind: 'phone', value: '06 12 34 56 78', details: '他不肯用安全套' });
  });
  afterAll(() => s.close());

  it('is closed without a session', async () => {
    const r = await request(`${s.url}/api/admin/reports`);
    expect([r.status, r.body]).toEqual([401, { error: { code: 'unauthorized', message: 'Please log in first' } }]);
  });

  it('lists pending reports oldest first, with the identifier masked and duplicates counted', async () => {
    const r = await admin('GET', '?status=pending');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.data).toHaveLength(3);
    expect(r.body.data[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'email',
      masked: 'f•••@c•••.fr',
      categories: ['harassment'],
      level: 'dangerous',
      city: 'paris',
      month: '2026-10',
      details: 'écrit depuis f•••@c•••.fr',
      screenHits: 0,
      status: 'pending',
      createdAt: '2026-11-23T12:00:00.000Z',
      decidedAt: null,
      sameIdentifier: { approved: 0, pending: 1 },
      flagged: false,
    });
    // Details are screened with the team's word list (content/words.yaml): no details, no screening.
    expect(r.body.data.map((x: { masked: string; screenHits: number | null }) => [x.masked, x.screenHits])).toEqual([
      ['f•••@c•••.fr', 0],
      ['f•••@c•••.fr', null],
      ['+33 6 •• •• •• 78', 1],
    ]);
    const bad = await admin('GET', '?status=lost');
    expect([bad.status, bad.body.error.message]).toEqual([400, 'status must be one of pending, approved, rejected, duplicate']);
  });

  it('approves, rejects and marks duplicates; every decision is audited without the identifier', async () => {
    const [first, second, third] = (await admin('GET', '')).body.data as Array<{ id: string }>;
    const noCsrf = await admin('POST', `/${first.id}/approve`, { Cookie: auth.Cookie });
    expect([noCsrf.status, noCsrf.body.error.message]).toEqual([403, 'Missing or wrong X-CSRF-Token: reload the page and try again']);
    // Pending reports from install ids the app made itself never count before a moderator decides.
    expect(await check('first@client.fr')).toMatchObject({ reported: false, count: 0, unconfirmed: 0 });

    const approved = await admin('POST', `/${first.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ id: first.id, status: 'approved', decidedAt: '2026-11-23T12:00:00.000Z', sameIdentifier: { approved: 0, pending: 1 } });
    expect(await check('first@client.fr')).toMatchObject({ reported: true, count: 1, unconfirmed: 0, level: 'dangerous', lastReported: '2026-10' });

    const dup = await admin('POST', `/${second.id}/duplicate`);
    expect([dup.status, dup.body.data.status]).toEqual([200, 'duplicate']);
    expect(await check('first@client.fr')).toMatchObject({ count: 1, unconfirmed: 0 });

    const again = await admin('POST', `/${first.id}/approve`);
    expect([again.status, again.body]).toEqual([409, { error: { code: 'conflict', message: 'This report is already approved' } }]);
    expect((await admin('POST', `/${first.id}/reject`)).body.data.status).toBe('rejected');
    expect(await check('first@client.fr')).toMatchObject({ reported: false, count: 0 });
    expect((await admin('POST', `/${third.id}/reject`)).status).toBe(200);

    const missing = await admin('POST', '/00000000-0000-0000-0000-000000000000/approve');
    expect([missing.status, missing.body.error.message]).toEqual([404, 'No report has this id: it may have been withdrawn or have expired']);
    expect((await admin('POST', '/not-a-uuid/approve')).status).toBe(404);
    expect((await admin('POST', `/${first.id}/publish`)).status).toBe(404);
    expect((await admin('GET', '?status=pending')).body.data).toEqual([]);
    expect((await admin('GET', '?status=rejected')).body.data).toHaveLength(2);

    const audit: Array<{ action: string; target_id: string; mediator_id: string; detail: unknown }> = await s.deps.db.dataSource.query(
      `SELECT action, target_id, mediator_id, detail FROM audit_entries WHERE action LIKE 'moderation.%' ORDER BY at, action`,
    );
    expect(audit.map((a) => [a.action, a.target_id, a.mediator_id])).toEqual(
      expect.arrayContaining([
        ['moderation.approve', first.id, mediatorId],
        ['moderation.duplicate', second.id, mediatorId],
        ['moderation.reject', first.id, mediatorId],
        ['moderation.reject', third.id, mediatorId],
      ]),
    );
    expect(audit).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toMatch(/client|•|612345678/);
  });
});
