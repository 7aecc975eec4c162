import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { openDb } from '../db/dataSource';
import { SceneCode } from '../entities';
import { scanStats } from '../flyers/scans';
import scanCount, { classifyScan } from './scanCount';

describe(`scan counts on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
    await db.dataSource.manager.insert(SceneCode, [
      { code: 'bt2611', target: 'c=paris', label: 'Bus tour' },
      { code: 'map1', target: 'p=directory', label: 'Map' },
    ]);
  });
  afterAll(() => db.close());

  const counts = async () =>
    (await db.dataSource.query(`SELECT code, day, n FROM scan_counts ORDER BY code, day`)) as Array<{ code: string; day: string; n: number }>;

  it('sorts a scene into its flyer, unknown, or no-flyer bucket', () => {
    expect(classifyScan('c=paris&f=bt2611')).toEqual({ code: 'bt2611', target: 'c=paris' });
    expect(classifyScan('c%3Dparis%26f%3Dbt2611')).toEqual({ code: 'bt2611', target: 'c=paris' });
    expect(classifyScan('c=paris')).toEqual({ bucket: '_none' });
    expect(classifyScan('c=paris&f=' + 'x'.repeat(40))).toEqual({ bucket: '_unknown' });
    expect(classifyScan('<script>')).toEqual({ bucket: '_unknown' });
  });

  it('counts every one of many concurrent scans, per Paris day', async () => {
    // 23:30 UTC on 30 Nov is already 1 December in Paris.
    const late = new Date('2026-11-30T23:30:00Z');
    const pool = engine === 'postgres' ? await openDb({ databaseUrl: db.env.DATABASE_URL, poolSize: 8 }) : db;
    try {
      await Promise.all(Array.from({ length: 200 }, () => scanCount({ m: pool.dataSource, scene: 'c=paris&f=bt2611', now: late })));
    } finally {
      if (pool !== db) await pool.close();
    }
    await scanCount({ m: db.dataSource, scene: 'p=directory&f=map1', now: new Date('2026-11-30T12:00:00Z') });
    expect(await counts()).toEqual([
      { code: 'bt2611', day: '2026-12-01', n: 200 },
      { code: 'map1', day: '2026-11-30', n: 1 },
    ]);
  });

  it('counts unknown codes, wrong targets and malformed scenes as unknown, without creating flyers', async () => {
    await db.dataSource.query(`DELETE FROM scan_counts`);
    const at = new Date('2026-11-20T10:00:00Z');
    for (const s of ['c=paris&f=nosuch', 'c=lyon&f=bt2611', 'c=par is', 'x'.repeat(100), 'a=pep']) await scanCount({ m: db.dataSource, scene: s, now: at });
    expect(await counts()).toEqual([
      { code: '_none', day: '2026-11-20', n: 1 },
      { code: '_unknown', day: '2026-11-20', n: 4 },
    ]);
    expect(await db.dataSource.getRepository(SceneCode).count()).toBe(2);
  });

  it('reports the days of a range and all-time totals', async () => {
    await db.dataSource.query(`DELETE FROM scan_counts`);
    for (const day of ['2026-10-01', '2026-11-02', '2026-11-02', '2026-11-05']) await scanCount({ m: db.dataSource, scene: 'c=paris&f=bt2611', now: new Date(`${day}T10:00:00Z`) });
    const stats = await scanStats(db.dataSource, { from: '2026-11-01', to: '2026-11-30' });
    expect(stats.days.get('bt2611')).toEqual([
      { day: '2026-11-02', n: 2 },
      { day: '2026-11-05', n: 1 },
    ]);
    expect(stats.totals.get('bt2611')).toBe(4);
    expect(stats.days.get('map1')).toBeUndefined();
  });
});
