import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatToken1763900150000 implements MigrationInterface {
  name = 'WechatToken1763900150000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "wechat_tokens" ("appid" text NOT NULL, "access_token" text, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_wechat_tokens_appid" PRIMARY KEY ("appid"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "wechat_tokens"`);
  }
}
