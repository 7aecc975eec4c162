import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { ArticleScreening1764630000000 } from './1764630000000-ArticleScreening';

/** The old mixed `status` becomes the screener's verdict alone: imported live articles are no drafts. */
describe(`migration ArticleScreening on ${engine}`, () => {
  let db: TestDb;
  const migration = new ArticleScreening1764630000000();
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  const insertOld = (runner: QueryRunner, slug: string, source: string, status: string, wechat: string | null) =>
    runner.query(
      `INSERT INTO articles (slug, lang, category, title, summary, body, updated, source, listed, status, wechat_status)
       VALUES ($1, 'zh-Hans', 'health', 't', 's', 'b', '2026-11-30', $2, true, $3, $4)`,
      [slug, source, status, wechat],
    );

  // One query runner throughout: PGlite has a single connection, which the runner holds.
  it('marks only console articles saved with block hits as blocked, and `down` rebuilds the old status', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await insertOld(runner, 'imported-live', 'content', 'draft', null);
      await insertOld(runner, 'console-blocked', 'console', 'draft', null);
      await insertOld(runner, 'console-clear', 'console', 'screened', null);
      await insertOld(runner, 'console-published', 'console', 'published', 'published');
      await insertOld(runner, 'console-failed', 'console', 'failed', 'failed');
      await migration.up(runner);
      expect(await runner.query(`SELECT slug, screening FROM articles ORDER BY slug`)).toEqual([
        { slug: 'console-blocked', screening: 'blocked' },
        { slug: 'console-clear', screening: 'clear' },
        { slug: 'console-failed', screening: 'clear' },
        { slug: 'console-published', screening: 'clear' },
        { slug: 'imported-live', screening: 'clear' },
      ]);
      const columns = await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' AND column_name IN ('status', 'screening')`);
      expect(columns).toEqual([{ column_name: 'screening' }]);
      await migration.down(runner);
      expect(await runner.query(`SELECT slug, status FROM articles ORDER BY slug`)).toEqual([
        { slug: 'console-blocked', status: 'draft' },
        { slug: 'console-clear', status: 'screened' },
        { slug: 'console-failed', status: 'failed' },
        { slug: 'console-published', status: 'published' },
        { slug: 'imported-live', status: 'screened' },
      ]);
      await migration.up(runner);
      await runner.query(`DELETE FROM articles`);
    } finally {
      await runner.release();
    }
  });
});
