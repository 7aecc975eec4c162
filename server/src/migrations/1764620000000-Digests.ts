import { MigrationInterface, QueryRunner } from 'typeorm';

export class Digests1764620000000 implements MigrationInterface {
  name = 'Digests1764620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "city" text NOT NULL, "week_start" text NOT NULL, "title" text NOT NULL, "markdown" text NOT NULL, "counts" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'draft', "screen_hits" integer NOT NULL DEFAULT 0, "wechat_status" text, "wechat_url" text, "wechat_media_id" text, "wechat_error" text, "mass_sent_at" TIMESTAMP WITH TIME ZONE, "mass_msg_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_digests_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cd40cbd2901fd12afcbf2389c0" ON "digests" ("city", "week_start")`);
    await queryRunner.query(`CREATE TABLE "mass_send_months" ("month" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_mass_send_months_month" PRIMARY KEY ("month"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mass_send_months"`);
    await queryRunner.query(`DROP TABLE "digests"`);
  }
}
