import { MigrationInterface, QueryRunner } from 'typeorm';

/** Disabled accounts, archived articles, and an article's WeChat state kept like an update's. */
export class ConsoleAccountsPublishing1764500400000 implements MigrationInterface {
  name = 'ConsoleAccountsPublishing1764500400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediators" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "articles" ADD "wechat_status" text`);
    // What the rows already say: a URL means published, a media id with a message means the draft box.
    await queryRunner.query(
      `UPDATE "articles" SET "wechat_status" = CASE WHEN "status" = 'published' AND "wechat_url" IS NOT NULL THEN 'published' WHEN "status" = 'failed' THEN 'failed' WHEN "wechat_media_id" IS NOT NULL AND "wechat_error" IS NOT NULL THEN 'draft' END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "wechat_status"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "mediators" DROP COLUMN "disabled_at"`);
  }
}
