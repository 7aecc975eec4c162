import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { City } from '../entities';
import { createTestDb, engine, type TestDb } from '../../test/db';

const row = (slug: string) => ({ slug, name: { 'zh-Hans': slug }, timezone: 'Europe/Paris', contentHash: 'x' });

describe(`transactions on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('keeps two concurrent transactions apart: one rolls back, the other commits, neither sees the other', async () => {
    const ds = db.dataSource;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let seenByA: number | null = null;

    const a = ds.transaction(async (m) => {
      await m.insert(City, row('committed'));
      await gate;
      seenByA = await m.countBy(City, { slug: 'rolled-back' });
    });
    const b = ds
      .transaction(async (m) => {
        await m.insert(City, row('rolled-back'));
        release();
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('rollback on purpose');
      })
      .catch((e: Error) => e.message);

    // On PGlite B waits for A's connection; release it from outside so A can finish.
    setTimeout(release, 200);
    expect(await b).toBe('rollback on purpose');
    await a;
    expect(seenByA).toBe(0);
    expect(await ds.getRepository(City).countBy({ slug: 'committed' })).toBe(1);
    expect(await ds.getRepository(City).countBy({ slug: 'rolled-back' })).toBe(0);
  });

  it('does not let a transaction read another one’s uncommitted row', async () => {
    const ds = db.dataSource;
    let inserted!: () => void;
    const afterInsert = new Promise<void>((r) => (inserted = r));
    let finish!: () => void;
    const canFinish = new Promise<void>((r) => (finish = r));
    const writer = ds.transaction(async (m) => {
      await m.insert(City, row('uncommitted'));
      inserted();
      await canFinish;
      throw new Error('abort');
    });
    await Promise.race([afterInsert, new Promise((r) => setTimeout(r, 500))]);
    const seen = ds.getRepository(City).countBy({ slug: 'uncommitted' });
    finish();
    await expect(writer).rejects.toThrow('abort');
    expect(await seen).toBe(0);
    expect(await ds.getRepository(City).countBy({ slug: 'uncommitted' })).toBe(0);
  });
});
