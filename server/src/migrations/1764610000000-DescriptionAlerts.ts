import { MigrationInterface, QueryRunner } from 'typeorm';

/** Alerts by description (issue #16 part 2), and the change counter that keeps their public list fresh. */
export class DescriptionAlerts1764610000000 implements MigrationInterface {
  name = 'DescriptionAlerts1764610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "description_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "city" text NOT NULL, "area" text, "month" text NOT NULL, "categories" text array NOT NULL, "text" text NOT NULL, "screen_hits" integer, "level" text, "status" text NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_091ee931410cfdbc35ffbbef0ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dc4615e1802355687af5e195ab" ON "description_alerts"  ("status", "city", "created_at") `);
    await queryRunner.query(`INSERT INTO "change_counters" ("name", "version") VALUES ('descriptions', 0) ON CONFLICT DO NOTHING`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "change_counters" WHERE "name" = 'descriptions'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc4615e1802355687af5e195ab"`);
    await queryRunner.query(`DROP TABLE "description_alerts"`);
  }
}
