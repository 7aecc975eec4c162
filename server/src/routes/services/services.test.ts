import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/content');

describe(`GET /api/services on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-24T09:30:00Z');
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE }, now: () => now });
  });
  afterAll(() => s.close());

  it('lists a city’s services with organisation, address, phone, hours and openNow', async () => {
    now = new Date('2026-11-24T09:30:00Z'); // Tuesday 10:30 in Lyon
    const r = await request(`${s.url}/api/services?city=lyon&lang=fr`);
    expect(r.status).toBe(200);
    expect(r.body.data.map((x: any) => [x.id, x.name, x.openNow])).toEqual([
      ['lyon:cabiria-accueil', 'Accueil de jour', true],
      ['lyon:cegidd', 'CeGIDD', false],
    ]);
    const first = r.body.data[0];
    expect(first.organization).toEqual({ id: 'lyon:cabiria', name: 'Cabiria', website: null, email: null });
    expect(first.phone).toBe('+33 4 78 30 02 65');
    expect(first.locations[0]).toMatchObject({ address: '3 rue Diderot', postalCode: '69001', city: 'lyon', timezone: 'Europe/Paris' });
    expect(first.locations[0].hours).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '12:00' }]);
    expect(first.verified).toBe(false);
  });

  it('speaks Chinese by default', async () => {
    const r = await request(`${s.url}/api/services?city=lyon`);
    expect(r.body.data[0].name).toBe('接待处');
  });

  it('filters by tag, by search text and by openNow=1', async () => {
    now = new Date('2026-11-24T09:30:00Z');
    const byTag = await request(`${s.url}/api/services?city=lyon&tag=pep`);
    expect(byTag.body.data.map((x: any) => x.id)).toEqual(['lyon:cegidd']);
    const bySearch = await request(`${s.url}/api/services?city=lyon&q=${encodeURIComponent('匿名')}`);
    expect(bySearch.body.data.map((x: any) => x.id)).toEqual(['lyon:cegidd']);
    const byAddress = await request(`${s.url}/api/services?city=lyon&q=DIDEROT`);
    expect(byAddress.body.data.map((x: any) => x.id)).toEqual(['lyon:cabiria-accueil']);
    const wildcard = await request(`${s.url}/api/services?city=lyon&q=%25`);
    expect(wildcard.body.data).toEqual([]);
    const open = await request(`${s.url}/api/services?city=lyon&openNow=1`);
    expect(open.body.data.map((x: any) => x.id)).toEqual(['lyon:cabiria-accueil']);
  });

  it('computes openNow in Paris time across the change to summer time', async () => {
    // Friday 27 March 2026 08:30 UTC is 09:30 CET: open. Monday 30 March 07:30 UTC is 09:30 CEST: open;
    // with a fixed +1 offset it would read 08:30 and be closed.
    now = new Date('2026-03-30T07:30:00Z');
    let r = await request(`${s.url}/api/services?city=lyon&openNow=1`);
    expect(r.body.data.map((x: any) => x.id)).toEqual(['lyon:cabiria-accueil']);
    now = new Date('2026-03-27T07:30:00Z');
    r = await request(`${s.url}/api/services?city=lyon&openNow=1`);
    expect(r.body.data).toEqual([]);
  });

  it('keeps the bus open past midnight and closed on its closure night', async () => {
    now = new Date('2026-11-25T23:30:00Z'); // Thursday 00:30 in Paris: there is no Wednesday tour
    let r = await request(`${s.url}/api/services?city=paris`);
    expect(r.body.data[0].openNow).toBe(false);
    now = new Date('2026-11-26T23:30:00Z'); // Friday 00:30: the Thursday tour runs until 01:00
    r = await request(`${s.url}/api/services?city=paris`);
    expect(r.body.data[0].openNow).toBe(true);
    now = new Date('2026-12-24T20:00:00Z'); // Thursday 24 December 21:00: no tour
    r = await request(`${s.url}/api/services?city=paris`);
    expect(r.body.data[0].openNow).toBe(false);
    expect(r.body.data[0].closures).toEqual([{ from: '2026-12-24', to: '2026-12-24', reason: '平安夜不出车' }]);
  });

  it('answers 304 when the client already holds the same list', async () => {
    const first = await request(`${s.url}/api/services?city=lyon`);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    const again = await fetch(`${s.url}/api/services?city=lyon`, { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${s.url}/api/services?city=lyon&lang=fr`, { headers: { 'If-None-Match': tag! } });
    expect(other.status).toBe(200);
  });

  it.each([
    ['', 400, 'required', 'city', 'city is required, e.g. city=paris (see GET /api/cities)'],
    ['?city=Paris!', 400, 'invalid_format', 'city', 'city must be a city slug such as paris (see GET /api/cities)'],
    ['?city=lyon&lang=de', 400, 'invalid_choice', 'lang', 'lang must be one of zh-Hans, fr, en, es, pt, ro, bg'],
    ['?city=lyon&tag=condoms', 400, 'invalid_choice', 'tag', 'tag must be one of tools, testing, pep, medical, social, legal, language, shower-food, peer-support'],
    ['?city=lyon&openNow=yes', 400, 'invalid_choice', 'openNow', 'openNow must be 1 or 0'],
    [`?city=lyon&q=${'x'.repeat(101)}`, 400, 'too_long', 'q', 'q must be at most 100 characters'],
    ['?city=atlantis', 404, 'city_not_found', 'city', 'There is no city "atlantis" in the directory; GET /api/cities lists them'],
  ])('refuses %s with %i and a message', async (query, status, code, field, message) => {
    const r = await request(`${s.url}/api/services${query}`);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error: { code, field, message } });
  });
});
