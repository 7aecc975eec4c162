import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/content');

describe(`GET /api/cities on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE } });
  });
  afterAll(() => s.close());

  it('lists cities with their service counts, in the asked language', async () => {
    const zh = await request(`${s.url}/api/cities`);
    expect(zh.status).toBe(200);
    expect(zh.body.data).toEqual([
      { slug: 'lyon', name: '里昂', timezone: 'Europe/Paris', serviceCount: 2 },
      { slug: 'paris', name: '巴黎', timezone: 'Europe/Paris', serviceCount: 1 },
    ]);
    const fr = await request(`${s.url}/api/cities?lang=fr`);
    expect(fr.body.data.map((c: any) => c.name)).toEqual(['Lyon', 'Paris']);
    const en = await request(`${s.url}/api/cities?lang=en`);
    expect(en.body.data.map((c: any) => c.name)).toEqual(['Lyon', 'Paris']);
  });

  it('refuses an unknown language', async () => {
    const r = await request(`${s.url}/api/cities?lang=xx`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: 'invalid_choice', field: 'lang', message: 'lang must be one of zh-Hans, fr, en, es, pt, ro, bg' } });
  });

  it('answers 304 on If-None-Match and allows the H5 build’s origin', async () => {
    const first = await fetch(`${s.url}/api/cities`, { headers: { Origin: 'http://127.0.0.1:10086' } });
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const second = await fetch(`${s.url}/api/cities`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(second.status).toBe(304);
    const preflight = await fetch(`${s.url}/api/reports`, { method: 'OPTIONS', headers: { Origin: 'http://x', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });
});
