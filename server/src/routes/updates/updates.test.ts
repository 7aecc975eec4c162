import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/content');

describe(`GET /api/updates on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE }, now: () => now });
  });
  afterAll(() => s.close());

  it('lists current updates newest first, without expired ones', async () => {
    now = new Date('2026-11-23T12:00:00Z');
    const r = await request(`${s.url}/api/updates?lang=fr`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([
      { key: 'testing-day', lang: 'fr', fallback: false, city: 'paris', title: 'Journée de dépistage déplacée', body: 'Elle a lieu jeudi', publishedAt: '2026-11-20', expiresAt: '2026-12-31' },
      { key: 'no-tour-christmas', lang: 'fr', fallback: false, city: null, title: 'Pas de tournée le 24 décembre', body: 'Le bus ne sort pas', publishedAt: '2026-11-10', expiresAt: null },
    ]);
  });

  it('shows an update through its whole last day in Paris, and not before it is published', async () => {
    now = new Date('2026-12-31T22:30:00Z'); // 23:30 on 31 December in Paris
    expect((await request(`${s.url}/api/updates`)).body.data.map((u: any) => u.key)).toEqual(['testing-day', 'no-tour-christmas']);
    now = new Date('2026-12-31T23:30:00Z'); // 00:30 on 1 January
    expect((await request(`${s.url}/api/updates`)).body.data.map((u: any) => u.key)).toEqual(['no-tour-christmas']);
    now = new Date('2026-11-15T12:00:00Z');
    expect((await request(`${s.url}/api/updates`)).body.data.map((u: any) => u.key)).toEqual(['no-tour-christmas']);
    now = new Date('2026-09-15T12:00:00Z');
    expect((await request(`${s.url}/api/updates?lang=fr`)).body.data).toMatchObject([{ key: 'old-news', lang: 'zh-Hans', fallback: true }]);
  });

  it('keeps a city’s updates and the general ones when a city is given', async () => {
    now = new Date('2026-11-23T12:00:00Z');
    expect((await request(`${s.url}/api/updates?city=lyon`)).body.data.map((u: any) => u.key)).toEqual(['no-tour-christmas']);
  });

  it('refuses a bad city or language', async () => {
    const r = await request(`${s.url}/api/updates?city=../etc`);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('city must be a city slug such as paris');
  });
});
