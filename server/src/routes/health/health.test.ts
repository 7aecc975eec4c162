import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/content');

describe(`health and errors on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE } });
  });
  afterAll(() => s.close().catch(() => {}));

  it('says which database it runs on', async () => {
    const r = await request(`${s.url}/healthz`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, db: engine });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await request(`${s.url}/api/nothing`);
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: { code: 'not_found', message: 'No such endpoint' } });
  });

  it('answers a body that is not JSON with a 400, and no stack trace', async () => {
    const r = await request(`${s.url}/api/scan`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON' } });
  });

  it('logs method, route and status, never the query string', async () => {
    await request(`${s.url}/api/services?city=lyon&q=${encodeURIComponent('+33612345678')}`);
    const line = s.logs.find((l) => l.includes('"route":"/api/services"'));
    expect(line).toBeDefined();
    expect(s.logs.join('\n')).not.toContain('33612345678');
    expect(s.logs.join('\n')).not.toContain('q=');
  });

  it('answers 503 with a message when the database is down, and keeps serving the content it holds', async () => {
    expect((await request(`${s.url}/api/cities`)).status).toBe(200);
    await s.deps.db.close();
    const r = await request(`${s.url}/healthz`);
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('db_unavailable');
    expect(r.body.error.message).toBe(`The ${engine === 'pglite' ? 'embedded' : 'PostgreSQL'} database does not answer`);
    const login = await request(`${s.url}/api/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'amy', password: 'correct horse battery staple' }) });
    expect(login.status).toBe(503);
    expect(login.body.error).toEqual({ code: 'db_unavailable', message: 'The database is not reachable; try again in a moment' });
    // Public content is kept in memory (snapshot/): the directory stays readable while the database is away.
    const cities = await request(`${s.url}/api/cities`);
    expect(cities.status).toBe(200);
    expect(cities.body.data.map((c: { slug: string }) => c.slug)).toEqual(['lyon', 'paris']);
  });
});
