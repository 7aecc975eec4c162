import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertSubscriptions1764600000001 implements MigrationInterface {
  name = 'AlertSubscriptions1764600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "openid_key" text NOT NULL, "openid_sealed" bytea NOT NULL, "cities" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0438e400c51219e6fbf8261369f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_34de3936a646de069fab4f5dbc" ON "alert_subscriptions" ("openid_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_95264414e70544f5c14912282b" ON "alert_subscriptions" ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "city_alert_announcements" ("alert" text NOT NULL, "city" text NOT NULL, "announced_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fanned_out_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6f64658eddf4939d07355152f2a" PRIMARY KEY ("alert"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "city_alert_announcements"`);
    await queryRunner.query(`DROP TABLE "alert_subscriptions"`);
  }
}
