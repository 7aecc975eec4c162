import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { dbTokenStore } from './tokenStore';

describe(`token store (${engine})`, () => {
  let db: TestDb;
  let fetched: number;
  const fetchToken = async () => ({ accessToken: `T${++fetched}`, expireTime: Date.now() + 7200_000 });

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    fetched = 0;
    await db.dataSource.query('DELETE FROM wechat_tokens');
  });

  it('keeps one token per app and renews one that is about to expire', async () => {
    const a = dbTokenStore(db.dataSource, 'wxA', fetchToken);
    const b = dbTokenStore(db.dataSource, 'wxB', fetchToken);
    expect((await a.get()).accessToken).toBe('T1');
    expect((await b.get()).accessToken).toBe('T2');
    expect((await a.get()).accessToken).toBe('T1');
    await db.dataSource.query(`UPDATE wechat_tokens SET expires_at = now() + interval '4 minutes' WHERE appid = 'wxA'`);
    expect((await a.get()).accessToken).toBe('T3');
  });

  it('forgets a rejected token, but not the newer one another process already saved', async () => {
    const one = dbTokenStore(db.dataSource, 'wxA', fetchToken);
    const other = dbTokenStore(db.dataSource, 'wxA', fetchToken);
    expect((await one.get()).accessToken).toBe('T1');
    await other.invalidate('T1');
    expect((await other.get()).accessToken).toBe('T2');
    await one.invalidate('T1');
    expect((await one.get()).accessToken).toBe('T2');
    expect(fetched).toBe(2);
  });

  it('stores nothing when the fetch fails, and tries again next time', async () => {
    const failing = dbTokenStore(db.dataSource, 'wxA', async () => {
      throw new Error('no token');
    });
    await expect(failing.get()).rejects.toThrow('no token');
    expect(await db.dataSource.query('SELECT access_token FROM wechat_tokens WHERE access_token IS NOT NULL')).toEqual([]);
    expect((await dbTokenStore(db.dataSource, 'wxA', fetchToken).get()).accessToken).toBe('T1');
  });
});
