import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/content');

describe(`GET /api/articles on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE } });
  });
  afterAll(() => s.close());

  it('lists articles newest first in the asked language, falling back to zh-Hans and saying so', async () => {
    const r = await request(`${s.url}/api/articles?lang=fr`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([
      { slug: 'pep', lang: 'fr', category: 'emergency', title: 'Dans les 48 heures', summary: 'Le plus tôt possible', updated: '2026-11-02', fallback: false },
      { slug: 'ame', lang: 'zh-Hans', category: 'insurance', title: '国家医疗救助', summary: '怎么申请', updated: '2026-10-01', fallback: true },
    ]);
  });

  it('filters by category', async () => {
    const r = await request(`${s.url}/api/articles?category=insurance`);
    expect(r.body.data.map((a: any) => a.slug)).toEqual(['ame']);
  });

  it('renders one article to inline-styled HTML', async () => {
    const r = await request(`${s.url}/api/articles/pep`);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ slug: 'pep', lang: 'zh-Hans', title: '48小时内', fallback: false });
    expect(r.body.data.html).toContain('<strong style="font-weight:bold;color:#c2255c;">越快越好</strong>');
    expect(r.body.data.html).not.toContain('class=');
    const fr = await request(`${s.url}/api/articles/ame?lang=fr`);
    expect(fr.body.data).toMatchObject({ lang: 'zh-Hans', fallback: true });
  });

  it('answers 304 for an unchanged article', async () => {
    const first = await fetch(`${s.url}/api/articles/pep?lang=fr`);
    const again = await fetch(`${s.url}/api/articles/pep?lang=fr`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['/api/articles?category=gossip', 400, { code: 'invalid_choice', field: 'category', message: 'category must be one of news, rights, insurance, health, emergency, safety, about, history' }],
    ['/api/articles?lang=de', 400, { code: 'invalid_choice', field: 'lang', message: 'lang must be one of zh-Hans, fr, en, es, pt, ro, bg' }],
    ['/api/articles/Bad_Slug', 400, { code: 'invalid_format', field: 'slug', message: 'slug must be lowercase letters, digits and dashes' }],
    ['/api/articles/nothing-here', 404, { code: 'article_not_found', message: 'There is no article "nothing-here"' }],
  ])('%s → %i', async (url, status, error) => {
    const r = await request(`${s.url}${url}`);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error });
  });
});
