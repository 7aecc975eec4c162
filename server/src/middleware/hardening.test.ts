import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, signIn, type AdminClient } from '../../test/admin';
import { engine } from '../../test/db';
import { postJson, request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';

const H5 = 'https://h5.lotus.example';

/** A raw HTTP exchange, for what fetch refuses to send (unknown methods, huge headers). */
function raw(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    let out = '';
    socket.on('data', (d) => (out += d.toString('utf8')));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe(`no input breaks the server, every answer is shaped and carries security headers, on ${engine}`, () => {
  let s: TestServer;
  let admin: AdminClient;
  beforeAll(async () => {
    s = await startTestServer({ env: { H5_URL: `${H5}/`, TRUST_PROXY: '1' }, now: () => new Date('2026-11-23T12:00:00Z') });
    await addMediator(s, 'amy', 'admin');
    admin = await signIn(s, 'amy');
  });
  afterAll(() => s.close());

  it('answers NUL bytes in a search, a login name, report details and admin texts with 2xx or 4xx, never 500', async () => {
    expect((await request(`${s.url}/api/services?city=paris&q=a%00b`)).status).toBeLessThan(500);
    const login = await postJson(`${s.url}/api/admin/login`, { username: 'amy\u0000', password: 'x\u0000y' });
    expect([login.status, login.body.error.code]).toEqual([401, 'wrong_password']);
    const report = await postJson(`${s.url}/api/reports`, { kind: 'email', value: 'nul@client.fr', category: 'other', details: 'il\u0000 a menti', device: 'unsigned-device-000001' });
    expect(report.status).toBe(201);
    const [stored] = await s.deps.db.dataSource.query(`SELECT details FROM reports`);
    expect(stored.details).toBe('il a menti');
    const update = await admin.call('POST', '/api/admin/updates', { key: 'nul-test', lang: 'fr', title: 'Ti\u0000tre', body: 'Corps\u0000' });
    expect(update.status).toBeLessThan(500);
    const article = await admin.call('POST', '/api/admin/articles', { slug: 'nul-test', lang: 'fr', category: 'health', title: 'T\u0000', summary: 's\u0000', body: 'b\u0000' });
    expect(article.status).toBeLessThan(500);
  });

  it('answers an impossible date with a 400 and a sentence', async () => {
    for (const day of ['2026-13-45', '2026-02-30']) {
      const r = await admin.call('POST', '/api/admin/updates', { key: `date-${day}`, lang: 'fr', title: 'Titre', body: 'Corps', publishedOn: day });
      expect([r.status, r.json.error.code]).toEqual([400, expect.any(String)]);
      expect(r.json.error.message).toMatch(/date|calendar/);
    }
  });

  it('answers a body that is not what its Content-Encoding says with a 400', async () => {
    const lie = await request(`${s.url}/api/check`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: '{"kind":"email","value":"a@b.fr"}' });
    expect([lie.status, lie.body.error.code]).toEqual([400, 'invalid_request']);
    const real = await request(`${s.url}/api/check`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: gzipSync('{"kind":"email","value":"a@b.fr"}') });
    expect(real.status).toBe(200);
  });

  it('shapes 431 and 501 like every other error', async () => {
    const big = await raw(s.url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(big)).toEqual({ error: { code: 'payload_too_large', message: expect.stringMatching(/headers/) } });
    const unknown = await raw(s.url, `FROB /api/cities HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(unknown).toMatch(/^HTTP\/1\.1 501 /);
    expect(bodyOf(unknown).error.code).toBe('invalid_request');
    const propfind = await request(`${s.url}/api/cities`, { method: 'PROPFIND' });
    expect([propfind.status, propfind.body.error.code]).toEqual([501, 'invalid_request']);
    const put = await request(`${s.url}/api/cities`, { method: 'PUT' });
    expect([put.status, put.body.error.code]).toEqual([405, 'invalid_request']);
  });

  it('sends security headers on every answer, and keeps the console’s own policy', async () => {
    for (const path of ['/api/cities', '/healthz', '/api/nowhere', '/api/admin/me']) {
      const r = await request(`${s.url}${path}`);
      expect([path, r.headers.get('x-content-type-options'), r.headers.get('x-frame-options'), r.headers.get('referrer-policy')]).toEqual([path, 'nosniff', 'DENY', 'no-referrer']);
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const console = await request(`${s.url}/console/`);
    expect(console.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(console.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets only the H5 origin write (reports), while any origin may read', async () => {
    const body = { kind: 'email', value: 'cors@client.fr', category: 'other', device: 'unsigned-device-000002' };
    const evil = await postJson(`${s.url}/api/reports`, body, { Origin: 'https://evil.example' });
    expect([evil.status, evil.body.error.code, evil.headers.get('access-control-allow-origin')]).toEqual([403, 'forbidden', null]);
    const pre = await request(`${s.url}/api/reports`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const ours = await postJson(`${s.url}/api/reports`, body, { Origin: H5 });
    expect([ours.status, ours.headers.get('access-control-allow-origin')]).toEqual([201, H5]);
    expect((await request(`${s.url}/api/cities`, { headers: { Origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBe('*');
    expect((await postJson(`${s.url}/api/check`, { kind: 'email', value: 'a@b.fr' }, { Origin: 'https://evil.example' })).status).toBe(200);
  });

  it('accepts 100,000 Chinese characters on /api/admin/screen, as documented', async () => {
    const r = await admin.call('POST', '/api/admin/screen', { text: '莲'.repeat(100_000) });
    expect(r.status).toBe(200);
    const over = await admin.call('POST', '/api/admin/screen', { text: '莲'.repeat(100_001) });
    expect([over.status, over.json.error.message]).toEqual([400, 'text must be 100,000 characters at most']);
  });

  it('validates a moderation decision against its list: __proto__ and constructor are not decisions', async () => {
    await postJson(`${s.url}/api/reports`, { kind: 'email', value: 'proto@client.fr', category: 'other', device: 'unsigned-device-000003' });
    const [{ id }] = await s.deps.db.dataSource.query(`SELECT id FROM reports WHERE masked = 'p•••@c•••.fr'`);
    for (const decision of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const r = await admin.call('POST', `/api/admin/reports/${id}/${decision}`);
      expect([decision, r.status, r.json.error.code]).toEqual([decision, 404, 'not_found']);
    }
    const [row] = await s.deps.db.dataSource.query(`SELECT status FROM reports WHERE id = $1`, [id]);
    expect(row.status).toBe('pending');
  });
});
