import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../auth/sessions';
import reportPurge from '../commands/reportPurge';
import { Mediator } from '../entities';
import { engine } from '../../test/db';
import { postJson, request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { reportedSet } from './reportedSet';

/** Asks until `ok` holds: another process learns of a change a moment after the commit. */
async function eventually<T>(ask: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Both servers must key identifiers alike; rate limits are not what is tested here. */
const ENV = { ALERTS_SECRET: 'reported-set-test-secret-0123456789abcdef', ALERTS_CHECKS_PER_HOUR: '1000' };

describe(`the reported set held in memory on ${engine}`, () => {
  let s: TestServer;
  let auth: Record<string, string>;
  let now = new Date('2026-11-23T12:00:00Z');
  let n = 0;
  const report = (value: string) => postJson(`${s.url}/api/reports`, { kind: 'email', value, category: 'harassment', device: `device-${++n}-000000000000` });
  const checkOn = async (server: TestServer, value: string) => {
    const r = await postJson(`${server.url}/api/check`, { kind: 'email', value, device: `checker-${++n}-0000000000` });
    if (r.status !== 200) throw new Error(`check: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  const decide = async (value: string, decision: string) => {
    const listed = await request(`${s.url}/api/admin/reports?status=pending`, { headers: auth });
    const [first] = listed.body.data.filter((r: { masked: string }) => r.masked.startsWith(value[0]));
    return request(`${s.url}/api/admin/reports/${first.id}/${decision}`, { method: 'POST', headers: auth });
  };

  beforeAll(async () => {
    s = await startTestServer({ env: ENV, now: () => now });
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'lin', role: 'mediator', passwordHash: 'unused-here' }));
    const session = await createSession(m, mediator.id, now);
    auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
  });
  afterAll(() => s.close());

  it('answers from memory after a moderator approves, then after a purge, without a restart', async () => {
    expect((await checkOn(s, 'alpha@client.fr')).count).toBe(0);
    expect((await report('alpha@client.fr')).status).toBe(201);
    expect((await decide('alpha@client.fr', 'approve')).status).toBe(200);
    expect(await checkOn(s, 'ALPHA@client.fr')).toMatchObject({ reported: true, count: 1 });
    now = new Date('2029-01-01T00:00:00Z');
    await s.deps.db.dataSource.transaction((m) => reportPurge({ m, now, retentionMonths: s.config.ALERTS_RETENTION_MONTHS }));
    expect((await checkOn(s, 'alpha@client.fr')).count).toBe(0);
    now = new Date('2026-11-23T12:00:00Z');
  });

  it('keeps keyed hashes of identifiers only: device and source hashes become meaningless stand-ins', async () => {
    expect((await report('beta@client.fr')).status).toBe(201);
    const set = await reportedSet(s.deps.db, s.deps.logger).current();
    const held = JSON.stringify([...(set as unknown as { byHash: Map<string, unknown> }).byHash]);
    const stored: Array<{ identifier_hash: string; device_hash: string }> = await s.deps.db.dataSource.query(`SELECT identifier_hash, device_hash FROM reports`);
    expect(stored.length).toBeGreaterThan(0);
    for (const r of stored) {
      expect(held).toContain(r.identifier_hash);
      expect(held).not.toContain(r.device_hash);
    }
    expect(held).not.toMatch(/beta|client\.fr|device-/);
  });

  it.runIf(engine === 'postgres')('tells a second server on the same database when a report is approved', async () => {
    const other = await startTestServer({ env: { ...ENV, DATABASE_URL: s.config.DATABASE_URL! }, now: () => now });
    try {
      expect((await report('gamma@client.fr')).status).toBe(201);
      expect((await checkOn(other, 'gamma@client.fr')).count).toBe(0);
      expect((await decide('gamma@client.fr', 'approve')).status).toBe(200);
      expect(await eventually(() => checkOn(other, 'gamma@client.fr'), (d) => d.count === 1)).toMatchObject({ reported: true, count: 1 });
    } finally {
      await other.close();
    }
  });
});
