import { afterAll, describe, expect, it } from 'vitest';
import { engine, freshDataDir, freshPostgresUrl } from '../../test/db';
import { postJson } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { rekey } from './keyring';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** Point 7 of issue #12: the alerts secret cannot change silently under a database. */
describe(`the alerts keyring on ${engine}`, () => {
  const open: TestServer[] = [];
  afterAll(async () => {
    for (const s of open.splice(0)) await s.close().catch(() => {});
  });
  const start = async (env: Record<string, string>) => {
    const s = await startTestServer({ env, now: () => new Date('2026-11-23T12:00:00Z') });
    open.push(s);
    return s;
  };
  const stop = async (s: TestServer) => {
    open.splice(open.indexOf(s), 1);
    // The same database is opened again: keep the data folder (close() of the test server would remove it).
    await s.deps.db.close();
    await new Promise<void>((resolve) => s.server.close(() => resolve()));
  };

  it('refuses to start with another secret, saying what to do; rotates with the previous one and a rekey', async () => {
    const db: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir() };
    const first = await start({ ...db, ALERTS_SECRET: A });
    const created = await postJson(`${first.url}/api/reports`, { kind: 'email', value: 'keyed@client.fr', category: 'other', device: 'selfmade-device-000001' });
    expect(created.status).toBe(201);
    await first.deps.db.dataSource.query(`UPDATE reports SET status = 'approved'`);
    const [{ fingerprint }] = await first.deps.db.dataSource.query(`SELECT fingerprint FROM alerts_keyring`);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    await stop(first);

    const refused = await start({ ...db, ALERTS_SECRET: B }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(refused).toContain(`is not the one this database's reports were keyed with (fingerprint ${fingerprint})`);
    expect(refused).toContain('set the old one as ALERTS_SECRET_PREVIOUS and the new one as ALERTS_SECRET, start, then run `npm run alerts:rekey`');

    const rotating = await start({ ...db, ALERTS_SECRET: B, ALERTS_SECRET_PREVIOUS: A });
    const check = async (s: TestServer) => (await postJson(`${s.url}/api/check`, { kind: 'email', value: 'keyed@client.fr' })).body.data;
    expect(await check(rotating)).toMatchObject({ reported: true, count: 1 });
    expect(rotating.logs.join('')).toContain('npm run alerts:rekey');
    expect(await rekey(rotating.deps.db.dataSource.manager, B, A, new Date())).toBe(true);
    expect(await rekey(rotating.deps.db.dataSource.manager, B, A, new Date())).toBe(false);
    await stop(rotating);

    const rekeyed = await start({ ...db, ALERTS_SECRET: B });
    expect(await check(rekeyed)).toMatchObject({ reported: true, count: 1 });
    await stop(rekeyed);
    expect(await start({ ...db, ALERTS_SECRET: A }).then(() => 'started', (e: Error) => e.message)).toContain('is not the one');
  }, 120_000);
});
