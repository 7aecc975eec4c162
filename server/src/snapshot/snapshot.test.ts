import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../content/importer';
import { loadContent } from '../content/loader';
import { addMediator, signIn, type AdminClient } from '../../test/admin';
import { engine } from '../../test/db';
import { request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';

/** The small fixture, with the team's word list so the console can screen what it saves. */
function fixtureWithWords(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-snapshot-content-'));
  fs.cpSync(path.join(__dirname, '../../test/fixtures/content'), dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '../../../content/words.yaml'), path.join(dir, 'words.yaml'));
  return dir;
}
const FIXTURE = fixtureWithWords();
/** Two servers on one database must share the alerts secret (the server refuses another). */
const SECRET = 'snapshot-test-secret-0123456789abcdefghij';
const ARTICLE = { slug: 'snapshot-news', lang: 'zh-Hans', category: 'health', title: '新的文章', summary: '摘要', body: '# 新\n\n内容', listed: true };

/** Asks until `ok` holds: another process learns of a change a moment after the commit, not before. */
async function eventually<T>(ask: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`public answers follow the content on ${engine}`, () => {
  let s: TestServer;
  let amy: AdminClient;
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: FIXTURE, ALERTS_SECRET: SECRET }, now: () => new Date('2026-11-24T09:30:00Z') });
    await addMediator(s, 'amy', 'admin');
    amy = await signIn(s, 'amy');
  });
  afterAll(async () => {
    await s.close();
    fs.rmSync(FIXTURE, { recursive: true, force: true });
  });

  it('shows an article saved in the console in the very next list and body, with a new ETag', async () => {
    const before = await request(`${s.url}/api/articles?lang=zh-Hans`);
    expect(before.body.data.map((a: any) => a.slug)).not.toContain(ARTICLE.slug);
    const created = await amy.call('POST', '/api/admin/articles', ARTICLE);
    expect(created.status).toBe(201);

    const after = await request(`${s.url}/api/articles?lang=zh-Hans`);
    expect(after.body.data.map((a: any) => a.slug)).toContain(ARTICLE.slug);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const stale = await fetch(`${s.url}/api/articles?lang=zh-Hans`, { headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(stale.status).toBe(200);

    const body = await request(`${s.url}/api/articles/${ARTICLE.slug}?lang=zh-Hans`);
    expect(body.body.data.title).toBe('新的文章');
    const edited = await amy.call('PUT', `/api/admin/articles/${created.json.data.id}`, { ...ARTICLE, title: '改过的标题' });
    expect(edited.status).toBe(200);
    expect((await request(`${s.url}/api/articles/${ARTICLE.slug}?lang=zh-Hans`)).body.data.title).toBe('改过的标题');
  });

  it('shows an update saved in the console, and hides it once expired', async () => {
    const list = async () => (await request(`${s.url}/api/updates?lang=zh-Hans&city=lyon`)).body.data.map((u: any) => u.key);
    expect(await list()).not.toContain('bus-moved');
    const saved = await amy.call('POST', '/api/admin/updates', { key: 'bus-moved', lang: 'zh-Hans', city: 'lyon', title: '巴士换地方了', body: '本周在另一条街。' });
    expect(saved.status).toBe(201);
    expect(await list()).toContain('bus-moved');
    expect((await amy.call('POST', `/api/admin/updates/${saved.json.data.id}/expire`)).status).toBe(200);
    expect(await list()).not.toContain('bus-moved');
  });

  it('shows a service verified in the console as verified', async () => {
    const verified = async () => (await request(`${s.url}/api/services?city=lyon&lang=fr`)).body.data.find((x: any) => x.id === 'lyon:cegidd').verified;
    expect(await verified()).toBe(false);
    expect((await amy.call('POST', '/api/admin/services/lyon:cegidd/verify')).status).toBe(200);
    expect(await verified()).toBe(true);
  });

  it('shows what an import changed (the path content:import takes), cities and counts included', async () => {
    const cities = async () => (await request(`${s.url}/api/cities?lang=fr`)).body.data.map((c: any) => [c.slug, c.serviceCount]);
    expect(await cities()).toEqual([['lyon', 2], ['paris', 1]]);
    const content = loadContent(FIXTURE);
    await importContent(s.deps.db.dataSource, { ...content, cities: content.cities.filter((c) => c.city !== 'paris') });
    expect(await cities()).toEqual([['lyon', 2]]);
    expect((await request(`${s.url}/api/services?city=paris`)).status).toBe(404);
  });

  it.runIf(engine === 'postgres')('tells a second server process on the same database, within moments', async () => {
    const other = await startTestServer({ env: { CONTENT_DIR: FIXTURE, ALERTS_SECRET: SECRET, DATABASE_URL: s.config.DATABASE_URL! }, now: () => new Date('2026-11-24T09:30:00Z') });
    try {
      const titleThere = async () => (await request(`${other.url}/api/articles/${ARTICLE.slug}?lang=zh-Hans`)).body.data?.title;
      expect(await titleThere()).toBe('改过的标题');
      const [{ id }] = (await amy.call('GET', '/api/admin/articles')).json.data.filter((a: any) => a.slug === ARTICLE.slug);
      expect((await amy.call('PUT', `/api/admin/articles/${id}`, { ...ARTICLE, title: '第三个标题' })).status).toBe(200);
      expect(await eventually(titleThere, (t) => t === '第三个标题')).toBe('第三个标题');

      const listThere = async () => (await request(`${other.url}/api/updates?lang=zh-Hans`)).body.data.map((u: any) => u.key);
      expect((await amy.call('POST', '/api/admin/updates', { key: 'two-processes', lang: 'zh-Hans', title: '两个进程', body: '同一个数据库。' })).status).toBe(201);
      expect(await eventually(listThere, (keys) => keys.includes('two-processes'))).toContain('two-processes');
    } finally {
      await other.close();
    }
  });
});
