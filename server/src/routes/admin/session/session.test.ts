import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, PASSWORD, request, signIn } from '../../../../test/admin';
import { engine, freshDataDir, freshPostgresUrl } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

describe(`console sign-in and sessions on ${engine}`, () => {
  let server: TestServer;
  let clock = new Date('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    await addMediator(server, 'amy', 'admin');
    await addMediator(server, 'bea', 'mediator');
    await addMediator(server, 'lou', 'mediator');
  });
  afterAll(() => server.close());

  it('refuses every admin route without a session (401)', async () => {
    for (const [method, path] of [['GET', '/api/admin/articles'], ['POST', '/api/admin/articles'], ['GET', '/api/admin/updates'], ['POST', '/api/admin/screen'], ['GET', '/api/admin/audit'], ['POST', '/api/admin/logout'], ['GET', '/api/admin/me']]) {
      const res = await request(`${server.url}${path}`, method, method === 'POST' ? {} : undefined);
      expect([path, res.status, res.json]).toEqual([path, 401, { error: { code: 'unauthorized', message: 'Please log in first' } }]);
    }
    const forged = await request(`${server.url}/api/admin/articles`, 'GET', undefined, { Cookie: 'lotus_session=forged' });
    expect(forged.status).toBe(401);
  });

  it('answers a wrong password and an unknown name alike', async () => {
    const wrong = await request(`${server.url}/api/admin/login`, 'POST', { username: 'bea', password: 'not the password' });
    const unknown = await request(`${server.url}/api/admin/login`, 'POST', { username: 'nobody', password: 'whatever it is' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: { code: 'wrong_password', message: 'Wrong username or password' } });
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const empty = await request(`${server.url}/api/admin/login`, 'POST', { username: 'bea' });
    expect([empty.status, empty.json.error.message]).toEqual([400, 'password is required']);
  });

  it('sets an HttpOnly, SameSite=Strict cookie and returns the CSRF token', async () => {
    const res = await request(`${server.url}/api/admin/login`, 'POST', { username: 'bea', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { csrfToken: expect.stringMatching(/^[\w-]{32}$/), mediator: { username: 'bea', role: 'mediator' } } });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lotus_session=[\w-]{43}; path=\/api\/admin; expires=.*; samesite=strict; httponly$/);
    expect(cookie).not.toMatch(/secure/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const tls = await startTestServer({ env: { TRUST_PROXY: '1' } });
    try {
      await addMediator(tls, 'amy');
      const res = await request(`${tls.url}/api/admin/login`, 'POST', { username: 'amy', password: PASSWORD }, { 'X-Forwarded-Proto': 'https' });
      expect(res.headers.get('set-cookie')).toMatch(/; secure; httponly$/);
    } finally {
      await tls.close();
    }
  });

  it('refuses a mutating request without the right X-CSRF-Token or from another origin (403)', async () => {
    const c = await signIn(server, 'bea');
    const csrf = { error: { code: 'csrf', message: 'Missing or wrong X-CSRF-Token: reload the page and try again' } };
    const none = await request(`${server.url}/api/admin/screen`, 'POST', { text: 'x' }, { Cookie: c.cookie });
    const wrong = await c.call('POST', '/api/admin/screen', { text: 'x' }, { 'X-CSRF-Token': 'A'.repeat(32) });
    const elsewhere = await c.call('POST', '/api/admin/screen', { text: 'x' }, { Origin: 'https://evil.example' });
    for (const res of [none, wrong, elsewhere]) expect([res.status, res.json]).toEqual([403, csrf]);
    const ok = await c.call('POST', '/api/admin/screen', { text: 'x' }, { Origin: server.url });
    expect(ok.status).toBe(200);
    // Reading needs no token.
    expect((await request(`${server.url}/api/admin/articles`, 'GET', undefined, { Cookie: c.cookie })).status).toBe(200);
  });

  it('refuses a route to a role without the right (403)', async () => {
    const bea = await signIn(server, 'bea');
    const res = await bea.call('GET', '/api/admin/audit');
    expect([res.status, res.json]).toEqual([403, { error: { code: 'forbidden', message: 'You are not allowed to do this' } }]);
    const amy = await signIn(server, 'amy');
    expect((await amy.call('GET', '/api/admin/audit')).status).toBe(200);
  });

  it('expires a session left alone for 2 hours, and none lasts past 12 hours', async () => {
    const c = await signIn(server, 'bea');
    clock = new Date(clock.getTime() + 119 * 60_000);
    expect((await c.call('GET', '/api/admin/me')).status).toBe(200);
    clock = new Date(clock.getTime() + 119 * 60_000);
    expect((await c.call('GET', '/api/admin/me')).status).toBe(200);
    clock = new Date(clock.getTime() + 121 * 60_000);
    const res = await c.call('GET', '/api/admin/articles');
    expect([res.status, res.json]).toEqual([401, { error: { code: 'session_expired', message: 'Your session has expired: please log in again' } }]);

    const busy = await signIn(server, 'bea');
    for (let h = 0; h < 12; h++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      const r = await busy.call('GET', '/api/admin/me');
      expect(r.status).toBe(h < 11 ? 200 : 401);
    }
  });

  it('logs out: the session is gone from the database', async () => {
    const c = await signIn(server, 'bea');
    const out = await c.call('POST', '/api/admin/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^lotus_session=; path=\/api\/admin; expires=Thu, 01 Jan 1970/);
    expect((await c.call('GET', '/api/admin/me')).status).toBe(401);
  });

  it('keeps passwords, cookies and tokens out of the logs', async () => {
    const c = await signIn(server, 'bea');
    const logs = server.logs.join('');
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain(c.cookie.split('=')[1]);
    expect(logs).not.toContain(c.csrfToken);
  });
});

describe(`login attempts per address on ${engine}`, () => {
  it('slows one address trying many names: the 61st attempt in an hour is refused', async () => {
    const server = await startTestServer({ now: () => new Date('2026-11-23T10:30:00Z') });
    try {
      await addMediator(server, 'amy');
      for (let i = 0; i < 60; i++) {
        const res = await request(`${server.url}/api/admin/login`, 'POST', { username: `guess${i}`, password: 'some password' });
        expect(res.status).toBe(401);
      }
      const res = await request(`${server.url}/api/admin/login`, 'POST', { username: 'amy', password: PASSWORD });
      expect([res.status, res.json, res.headers.get('retry-after')]).toEqual([429, { error: { code: 'rate_limited', message: 'Too many requests: try again in 30 minute(s)' } }, '1800']);
    } finally {
      await server.close();
    }
  });
});

describe(`console sessions shared through the database on ${engine}`, () => {
  it('a session opened on one server process is valid on another', async () => {
    const env: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir() };
    const first = await startTestServer({ env });
    await addMediator(first, 'amy');
    const c = await signIn(first, 'amy');
    const cookie = c.cookie;
    await first.close();
    const second = await startTestServer({ env });
    try {
      const res = await request(`${second.url}/api/admin/me`, 'GET', undefined, { Cookie: cookie });
      expect([res.status, res.json.data.mediator]).toEqual([200, { username: 'amy', role: 'mediator' }]);
    } finally {
      await second.close();
    }
  });
});
