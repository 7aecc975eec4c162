import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * articles.status mixed the screener's verdict ('draft': block hits remain, 'screened') with WeChat's
 * ('published', 'failed'), which the embedded wechat_* columns already hold. It becomes `screening`,
 * the screener's verdict alone: 'blocked' for a console article saved with block hits, 'clear' for
 * the rest (content/ is screened with --strict in CI; a published article passed, or was overridden
 * with a reason kept in the audit trail).
 */
export class ArticleScreening1764630000000 implements MigrationInterface {
  name = 'ArticleScreening1764630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ADD "screening" text NOT NULL DEFAULT 'clear'`);
    await queryRunner.query(`UPDATE "articles" SET "screening" = 'blocked' WHERE "status" = 'draft' AND "source" = 'console'`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "status"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ADD "status" text NOT NULL DEFAULT 'draft'`);
    await queryRunner.query(
      `UPDATE "articles" SET "status" = CASE WHEN "wechat_status" = 'published' THEN 'published' WHEN "wechat_status" = 'failed' THEN 'failed' WHEN "screening" = 'blocked' THEN 'draft' ELSE 'screened' END`,
    );
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "screening"`);
  }
}
