import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';

describe(`migrations on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('leave nothing for the entities to change: the migrated schema is the entities’ schema', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all run', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
