import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { ReportCategories1764500800000 } from './1764500800000-ReportCategories';

/** Reports made before a report could take several categories keep theirs, and can be taken back. */
describe(`migration ReportCategories on ${engine}`, () => {
  let db: TestDb;
  const migration = new ReportCategories1764500800000();
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  const insertOld = (runner: QueryRunner, ref: string, category: string) =>
    runner.query(
      `INSERT INTO reports (reference_hash, kind, identifier_hash, masked, device_hash, category, level, month, status, created_at)
       VALUES ($1, 'email', 'ih', 'a•••@b•••.fr', 'dh', $2, 'risky', '2026-11', 'approved', now())`,
      [ref, category],
    );

  // One query runner throughout: PGlite has a single connection, which the runner holds.
  it('fills `categories` from the old `category`, and `down` keeps the first one', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await insertOld(runner, 'r1', 'violence');
      await insertOld(runner, 'r2', 'stealthing');
      await migration.up(runner);
      const rows = await runner.query(`SELECT reference_hash, categories FROM reports ORDER BY reference_hash`);
      expect(rows).toEqual([
        { reference_hash: 'r1', categories: ['violence'] },
        { reference_hash: 'r2', categories: ['stealthing'] },
      ]);
      const columns = await runner.query(`SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'reports' AND column_name IN ('category', 'categories')`);
      expect(columns).toEqual([{ column_name: 'categories', is_nullable: 'NO' }]);
      await runner.query(`UPDATE reports SET categories = ARRAY['robbery', 'other'] WHERE reference_hash = 'r1'`);
      await migration.down(runner);
      expect(await runner.query(`SELECT reference_hash, category FROM reports ORDER BY reference_hash`)).toEqual([
        { reference_hash: 'r1', category: 'robbery' },
        { reference_hash: 'r2', category: 'stealthing' },
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});
