import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { City } from '../entities';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { bumpVersion } from './versions';

describe(`change counters on ${engine}`, () => {
  let db: TestDb;
  const version = async (name: string) => Number((await db.dataSource.query(`SELECT version FROM change_counters WHERE name = $1`, [name]))[0].version);
  const city = (slug: string) => ({ slug, name: { 'zh-Hans': slug }, timezone: 'Europe/Paris', contentHash: 'x' });
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('move once per committed transaction however many content rows it writes', async () => {
    const before = await version('content');
    await db.dataSource.transaction(async (m) => {
      await m.insert(City, city('nantes'));
      await m.update(City, { slug: 'nantes' }, { timezone: 'Europe/Paris' });
      await m.save(m.create(City, city('rennes')));
    });
    expect(await version('content')).toBe(before + 1);
    expect(await version('reports')).toBe(0);
  });

  it('stay put when the transaction rolls back', async () => {
    const before = await version('content');
    await expect(
      db.dataSource.transaction(async (m) => {
        await m.insert(City, city('brest'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await version('content')).toBe(before);
  });

  it('move for writes outside a transaction, deletes through the query builder, and raw SQL that says so', async () => {
    const before = await version('content');
    await db.dataSource.getRepository(City).update({ slug: 'rennes' }, { timezone: 'Europe/Paris' });
    await db.dataSource.createQueryBuilder().delete().from(City).where('slug = :slug', { slug: 'rennes' }).execute();
    await db.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM cities WHERE slug = 'nantes'`);
      await bumpVersion(m, 'content');
    });
    expect(await version('content')).toBe(before + 3);
  });
});
