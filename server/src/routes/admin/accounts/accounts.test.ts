import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSignedIn, request, signIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

describe(`console accounts on ${engine}`, () => {
  let server: TestServer;
  let amy: AdminClient;
  let bea: AdminClient;
  const idOf = async (username: string) => ((await amy.call('GET', '/api/admin/accounts')).json.data as Array<{ id: string; username: string }>).find((a) => a.username === username)!.id;

  beforeAll(async () => {
    server = await startTestServer();
    amy = await addSignedIn(server, 'amy', 'admin');
    bea = await addSignedIn(server, 'bea', 'mediator');
  });
  afterAll(() => server.close());

  it('is for admins only', async () => {
    const res = await bea.call('GET', '/api/admin/accounts');
    expect([res.status, res.json.error.code]).toEqual([403, 'forbidden']);
    expect((await request(`${server.url}/api/admin/accounts`, 'GET')).status).toBe(401);
  });

  it('lists accounts without any password hash', async () => {
    const res = await amy.call('GET', '/api/admin/accounts');
    expect(res.json.data.map((a: { username: string; role: string; disabled: boolean }) => [a.username, a.role, a.disabled])).toEqual([
      ['amy', 'admin', false],
      ['bea', 'mediator', false],
    ]);
    expect(res.text).not.toMatch(/argon|password/i);
  });

  it('creates an account whose generated password is shown once and works', async () => {
    const res = await amy.call('POST', '/api/admin/accounts', { username: 'lou' });
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({ username: 'lou', role: 'mediator', disabled: false });
    expect(res.json.data.password).toMatch(/^[A-Za-z0-9]{20}$/);
    await signIn(server, 'lou', res.json.data.password);
    expect((await amy.call('GET', '/api/admin/accounts')).text).not.toContain(res.json.data.password);
    const twice = await amy.call('POST', '/api/admin/accounts', { username: 'lou' });
    expect([twice.status, twice.json.error]).toEqual([409, { code: 'username_taken', field: 'username', message: 'The account "lou" already exists' }]);
    const bad = await amy.call('POST', '/api/admin/accounts', { username: 'Lou Lou', role: 'boss' });
    expect([bad.status, bad.json.error.code, bad.json.error.field]).toEqual([400, 'invalid_format', 'username']);
  });

  it('resets a password: the old one stops working, open sessions close', async () => {
    const lou = await signIn(server, 'lou', (await amy.call('POST', `/api/admin/accounts/${await idOf('lou')}/password`)).json.data.password);
    const res = await amy.call('POST', `/api/admin/accounts/${await idOf('lou')}/password`);
    expect(res.json.data.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await lou.call('GET', '/api/admin/me')).status).toBe(401);
    await signIn(server, 'lou', res.json.data.password);
  });

  it('disables and enables an account: disabled, it is signed out and cannot sign in', async () => {
    const password = (await amy.call('POST', `/api/admin/accounts/${await idOf('lou')}/password`)).json.data.password;
    const lou = await signIn(server, 'lou', password);
    const off = await amy.call('POST', `/api/admin/accounts/${await idOf('lou')}/disable`);
    expect(off.json.data).toMatchObject({ username: 'lou', disabled: true });
    expect((await lou.call('GET', '/api/admin/me')).status).toBe(401);
    const login = await request(`${server.url}/api/admin/login`, 'POST', { username: 'lou', password });
    expect(login.status).toBe(401);
    await amy.call('POST', `/api/admin/accounts/${await idOf('lou')}/enable`);
    await signIn(server, 'lou', password);
  });

  it('never leaves the console without an active admin', async () => {
    const amyId = await idOf('amy');
    for (const [path, body] of [[`/api/admin/accounts/${amyId}/role`, { role: 'mediator' }], [`/api/admin/accounts/${amyId}/disable`, undefined]] as const) {
      const res = await amy.call('POST', path, body);
      expect([path, res.status, res.json.error.code]).toEqual([path, 409, 'last_admin']);
    }
    await amy.call('POST', `/api/admin/accounts/${await idOf('bea')}/role`, { role: 'admin' });
    const demoted = await amy.call('POST', `/api/admin/accounts/${amyId}/role`, { role: 'mediator' });
    expect(demoted.json.data).toMatchObject({ username: 'amy', role: 'mediator' });
    // A demoted admin's session no longer opens admin routes.
    expect((await amy.call('GET', '/api/admin/accounts')).status).toBe(403);
  });

  it('writes every change to the audit trail, never a password', async () => {
    const audit = (await bea.call('GET', '/api/admin/audit')).json.data as Array<{ action: string; username: string; detail: Record<string, unknown> }>;
    const mine = audit.filter((e) => e.action.startsWith('mediator.')).map((e) => [e.username, e.action, e.detail.username]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['amy', 'mediator.create', 'lou'],
        ['amy', 'mediator.password-reset', 'lou'],
        ['amy', 'mediator.disable', 'lou'],
        ['amy', 'mediator.enable', 'lou'],
        ['amy', 'mediator.role', 'bea'],
        ['amy', 'mediator.role', 'amy'],
      ]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/password"/);
  });
});
