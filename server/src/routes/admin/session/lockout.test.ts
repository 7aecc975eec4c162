import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD, request, signIn } from '../../../../test/admin';
import reportPurge from '../../../commands/reportPurge';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

/** Points 1, 5 and 6 of issue #12: the login throttle cannot be raced, dodged behind a proxy, or used to find or lock out an account. */
describe(`login lockout on ${engine}`, () => {
  let s: TestServer;
  let clock = new Date('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1' }, now: () => clock });
    await addMediator(s, 'amy', 'admin');
    await addMediator(s, 'lou');
    await addMediator(s, 'zoe');
  });
  afterAll(() => s.close());
  const login = (username: string, password: string, ip: string, spoof = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) =>
    request(`${s.url}/api/admin/login`, 'POST', { username, password }, { 'X-Forwarded-For': `${spoof}, ${ip}` });

  it('evaluates at most 10 passwords of 60 sent at once, even with the right one among them and spoofed addresses', async () => {
    const guesses = Array.from({ length: 60 }, (_, i) => (i === 45 ? PASSWORD : `wrong-${i}-password`));
    const answers = await Promise.all(guesses.map((g) => login('lou', g, '198.51.100.5')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((x) => x === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(50);
    expect(statuses[45]).toBe(429);
    expect(statuses.filter((x) => x === 200)).toEqual([]);
  });

  it('answers a locked name and an unknown name alike, and the owner elsewhere is not locked out', async () => {
    for (let i = 0; i < 10; i++) await login('nobody', `wrong-${i}-password`, '198.51.100.5');
    const unknown = await login('nobody', 'wrong-x-password', '198.51.100.5');
    const locked = await login('lou', 'wrong-x-password', '198.51.100.5');
    expect(unknown.status).toBe(429);
    expect([locked.status, locked.json]).toEqual([unknown.status, unknown.json]);
    expect(unknown.json.error.code).toBe('rate_limited');
    expect((await login('lou', PASSWORD, '203.0.113.8')).status).toBe(200);
  });

  it('backs off: each lockout in a row lasts twice as long, and attempts while locked do not extend it', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++) expect((await login('zoe', `wrong-${i}-password`, ip)).status).toBe(401);
    const first = await login('zoe', 'wrong-password', ip);
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '300']);
    clock = new Date(clock.getTime() + 4 * 60_000);
    for (let i = 0; i < 20; i++) expect((await login('zoe', PASSWORD, ip)).status).toBe(429);
    clock = new Date(clock.getTime() + 61_000);
    for (let i = 0; i < 10; i++) expect((await login('zoe', `wrong-${i}-password`, ip)).status).toBe(401);
    const second = await login('zoe', 'wrong-password', ip);
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, '600']);
    clock = new Date(clock.getTime() + 601_000);
    expect((await login('zoe', PASSWORD, ip)).status).toBe(200);
  });

  it('lets an admin unlock a name at once (POST /api/admin/unlock), audited', async () => {
    const ip = '192.0.2.90';
    for (let i = 0; i < 11; i++) await login('lou', `wrong-${i}-password`, ip);
    expect((await login('lou', PASSWORD, ip)).status).toBe(429);
    const lou = await signIn(s, 'lou').catch(() => null);
    if (lou) expect((await lou.call('POST', '/api/admin/unlock', { username: 'lou' })).status).toBe(403);
    const amy = await signIn(s, 'amy');
    const r = await amy.call('POST', '/api/admin/unlock', { username: 'lou' });
    expect([r.status, r.json.data.username]).toEqual([200, 'lou']);
    expect(r.json.data.unlocked).toBeGreaterThanOrEqual(1);
    expect((await login('lou', PASSWORD, ip)).status).toBe(200);
    const [audit] = await s.deps.db.dataSource.query(`SELECT action, detail FROM audit_entries WHERE action = 'login.unlock'`);
    expect(audit.detail).toMatchObject({ username: 'lou' });
  });

  it('forgets login counts a day old at the purge', async () => {
    const m = s.deps.db.dataSource.manager;
    await login('forgotten', 'wrong-password', '192.0.2.123');
    const count = async () => (await m.query(`SELECT count(*)::int AS n FROM login_attempts`))[0].n as number;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await reportPurge({ m, now: new Date(clock.getTime() + 3_600_000), retentionMonths: 24 });
    expect(await count()).toBe(before);
    await reportPurge({ m, now: new Date(clock.getTime() + 2 * 86_400_000), retentionMonths: 24 });
    expect(await count()).toBe(0);
  });

  it('keys the per-address throttle on what the trusted proxy saw, not on the client’s X-Forwarded-For', async () => {
    const ip = '198.51.100.99';
    for (let i = 0; i < 60; i++) expect((await login(`guess${i}`, 'some password', ip)).status).toBe(401);
    expect((await login('amy', PASSWORD, ip)).status).toBe(429);
  });
});

describe(`rate limits behind a proxy, and after a crash, on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_CHECKS_PER_HOUR: '30' }, now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(() => s.close());

  it('counts checks by the address the proxy appended: a spoofed leftmost X-Forwarded-For changes nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await fetch(`${s.url}/api/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${i}.${i}.${i}, 203.0.113.200` },
        body: JSON.stringify({ kind: 'email', value: 'a@b.fr' }),
      });
      statuses.push(r.status);
    }
    expect(statuses.filter((x) => x === 200)).toHaveLength(30);
    expect(statuses.filter((x) => x === 429)).toHaveLength(70);
  });

  it('keeps the counts in a logged table, so a crash does not reset them', async () => {
    const [{ relpersistence }] = await s.deps.db.dataSource.query(`SELECT relpersistence FROM pg_class WHERE relname = 'rate_limits'`);
    expect(relpersistence).toBe('p');
  });
});
