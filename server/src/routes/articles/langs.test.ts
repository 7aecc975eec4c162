import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../contract/lang';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, SHIPPED_CONTENT, type TestServer } from '../../../test/server';

/** The seven articles every language has (content/README.md, "Languages"); the others fall back. */
const TRANSLATED = ['about-us', 'after-assault', 'ame', 'emergency-numbers', 'pep', 'puma-css', 'rights-police'];

describe(`lang= es, pt, ro and bg on the shipped content, ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: SHIPPED_CONTENT } });
  });
  afterAll(() => s.close());

  it('serves the translated articles in each language, and every other one in French flagged as a fallback', async () => {
    for (const lang of ['en', 'es', 'pt', 'ro', 'bg'] as const) {
      const r = await request(`${s.url}/api/articles?lang=${lang}`);
      expect(r.status).toBe(200);
      const list = r.body.data as { slug: string; lang: string; fallback: boolean }[];
      expect(list.filter((a) => !a.fallback).map((a) => a.slug).sort(), lang).toEqual(TRANSLATED);
      expect(list.filter((a) => !a.fallback).every((a) => a.lang === lang)).toBe(true);
      // No reader gets Chinese for want of her language: the French text is there for every article.
      expect(list.filter((a) => a.fallback).map((a) => a.lang), lang).toEqual(list.filter((a) => a.fallback).map(() => 'fr'));
      expect(list.length).toBe((await request(`${s.url}/api/articles?lang=fr`)).body.data.length);
    }
  });

  it('answers one article in her language, or in the next of her fallbacks with fallback: true', async () => {
    const pep = await request(`${s.url}/api/articles/pep?lang=ro`);
    expect(pep.body.data).toMatchObject({ slug: 'pep', lang: 'ro', title: 'PEP: în primele 48 de ore', fallback: false });
    expect(pep.body.data.html).toContain('48 de ore');
    const bg = await request(`${s.url}/api/articles/emergency-numbers?lang=bg`);
    expect(bg.body.data).toMatchObject({ lang: 'bg', fallback: false });
    expect(bg.body.data.html).toContain('0 800 840 800');
    for (const lang of ['es', 'pt', 'ro', 'bg']) {
      const r = await request(`${s.url}/api/articles/hepatitis-b?lang=${lang}`);
      expect(r.status).toBe(200);
      expect(r.body.data, lang).toMatchObject({ slug: 'hepatitis-b', lang: 'fr', fallback: true });
    }
  });

  it('gives cities and services in every language, falling back to French where the directory has no text', async () => {
    const fr = await request(`${s.url}/api/cities?lang=fr`);
    for (const lang of LANGS) {
      const r = await request(`${s.url}/api/cities?lang=${lang}`);
      expect(r.status, lang).toBe(200);
      expect(r.body.data.length).toBe(fr.body.data.length);
      if (lang !== 'zh-Hans') expect(r.body.data.map((c: { name: string }) => c.name)).toEqual(fr.body.data.map((c: { name: string }) => c.name));
    }
    const frServices = await request(`${s.url}/api/services?city=paris&lang=fr`);
    const pt = await request(`${s.url}/api/services?city=paris&lang=pt`);
    expect(pt.status).toBe(200);
    expect(pt.body.data.map((x: { name: string }) => x.name)).toEqual(frServices.body.data.map((x: { name: string }) => x.name));
  });

  it('refuses a language it does not have, naming the seven it has', async () => {
    const r = await request(`${s.url}/api/articles?lang=de`);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ code: 'invalid_choice', field: 'lang', message: 'lang must be one of zh-Hans, fr, en, es, pt, ro, bg' });
  });
});
