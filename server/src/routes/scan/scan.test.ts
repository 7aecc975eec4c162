import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { postJson, request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';
import { SceneCode } from '../../entities';

describe(`POST /api/scan on ${engine}`, () => {
  let server: TestServer;
  let now = new Date('2026-11-23T09:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({ now: () => now, env: { SCANS_PER_HOUR: '150', TRUST_PROXY: '1' } });
    await server.deps.db.dataSource.manager.insert(SceneCode, { code: 'bt2611', target: 'c=paris', label: 'Bus tour Belleville, Nov 2026' });
  });
  afterAll(() => server.close());

  const counts = () => server.deps.db.dataSource.query(`SELECT code, day, n FROM scan_counts ORDER BY code, day`);

  it('counts each open of a flyer per Paris day, answering 204 with nothing to cache', async () => {
    for (const scene of ['c=paris&f=bt2611', 'c=paris&f=bt2611', 'c%3Dparis%26f%3Dbt2611']) {
      const res = await postJson(`${server.url}/api/scan`, { scene });
      expect(res.status).toBe(204);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    now = new Date('2026-11-23T23:10:00Z');
    await postJson(`${server.url}/api/scan`, { scene: 'c=paris&f=bt2611' });
    expect(await counts()).toEqual([
      { code: 'bt2611', day: '2026-11-23', n: 3 },
      { code: 'bt2611', day: '2026-11-24', n: 1 },
    ]);
  });

  it('counts 100 scans sent at once exactly', async () => {
    await server.deps.db.dataSource.query(`DELETE FROM scan_counts`);
    const replies = await Promise.all(Array.from({ length: 100 }, () => postJson(`${server.url}/api/scan`, { scene: 'c=paris&f=bt2611' })));
    expect(replies.every((r) => r.status === 204)).toBe(true);
    expect(await counts()).toEqual([{ code: 'bt2611', day: '2026-11-24', n: 100 }]);
  });

  it('ignores scenes that route nowhere known, counting them as unknown', async () => {
    await server.deps.db.dataSource.query(`DELETE FROM scan_counts`);
    for (const scene of ['c=paris&f=' + 'a'.repeat(40), 'c=par is', 'c=lyon&f=bt2611', 'c=paris&f=nosuch', 'p=check']) {
      expect((await postJson(`${server.url}/api/scan`, { scene })).status).toBe(204);
    }
    expect(await counts()).toEqual([
      { code: '_none', day: '2026-11-24', n: 1 },
      { code: '_unknown', day: '2026-11-24', n: 4 },
    ]);
    expect(await server.deps.db.dataSource.getRepository(SceneCode).count()).toBe(1);
  });

  it('counts at most SCANS_PER_HOUR scans from one address in an hour, and answers the rest 429 without counting them', async () => {
    await server.deps.db.dataSource.query(`DELETE FROM scan_counts`);
    const scan = (from: string) => postJson(`${server.url}/api/scan`, { scene: 'c=paris&f=bt2611' }, { 'X-Forwarded-For': from });
    for (let i = 0; i < 150; i++) expect((await scan('192.0.2.7')).status).toBe(204);
    const over = await scan('192.0.2.7');
    expect([over.status, over.body.error.code, Number(over.headers.get('retry-after')) > 0]).toEqual([429, 'rate_limited', true]);
    expect((await scan('192.0.2.8')).status).toBe(204);
    expect(await counts()).toEqual([{ code: 'bt2611', day: '2026-11-24', n: 151 }]);
  });

  it('refuses a body that is not a scene, with a clear message', async () => {
    expect(await postJson(`${server.url}/api/scan`, {})).toMatchObject({
      status: 400,
      body: { error: { code: 'required', field: 'scene', message: 'scene: send the scanned scene as text' } },
    });
    expect(await postJson(`${server.url}/api/scan`, { scene: 42 })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_format', field: 'scene', message: 'scene: send the scanned scene as text' } },
    });
    expect(await postJson(`${server.url}/api/scan`, { scene: 'x'.repeat(300) })).toMatchObject({
      status: 400,
      body: { error: { code: 'too_long', field: 'scene', message: 'scene: a scene is never longer than 256 characters' } },
    });
  });

  it('is callable from the H5 build on another origin, and logs neither the scene nor the scanner', async () => {
    const pre = await request(`${server.url}/api/scan`, { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:10086', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    await postJson(`${server.url}/api/scan`, { scene: 'c=paris&f=bt2611' }, { 'X-Forwarded-For': '203.0.113.9', 'User-Agent': 'Phone/1.0' });
    const lines = server.logs.join('');
    expect(lines).toContain('"route":"/api/scan"');
    expect(lines).not.toMatch(/bt2611|c=paris|203\.0\.113\.9|127\.0\.0\.1"|Phone\/1\.0/);
    const columns = await server.deps.db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'scan_counts' ORDER BY column_name`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['code', 'day', 'n']);
  });
});
