import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { MediatorLockoutDrop1764700000000 } from './1764700000000-MediatorLockoutDrop';

describe(`migration MediatorLockoutDrop on ${engine}`, () => {
  let db: TestDb;
  const migration = new MediatorLockoutDrop1764700000000();
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('drops the two unused lockout columns and keeps the accounts; `down` puts the columns back', async () => {
    // One query runner throughout: PGlite has a single connection, which the runner holds.
    const runner = db.dataSource.createQueryRunner();
    const columns = async () =>
      (await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'mediators' AND column_name IN ('failed_logins', 'locked_until') ORDER BY 1`)).map(
        (c: { column_name: string }) => c.column_name,
      );
    try {
      expect(await columns()).toEqual([]);
      await migration.down(runner);
      expect(await columns()).toEqual(['failed_logins', 'locked_until']);
      await runner.query(`INSERT INTO mediators (username, role, password_hash, failed_logins) VALUES ('lin', 'mediator', 'h', 3)`);
      await migration.up(runner);
      expect(await columns()).toEqual([]);
      expect(await runner.query(`SELECT username, role FROM mediators WHERE username = 'lin'`)).toEqual([{ username: 'lin', role: 'mediator' }]);
      await runner.query(`DELETE FROM mediators WHERE username = 'lin'`);
    } finally {
      await runner.release();
    }
  });
});
