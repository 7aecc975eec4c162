import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeCounters1764500600000 implements MigrationInterface {
  name = 'ChangeCounters1764500600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "change_counters" ("name" text NOT NULL, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_change_counters_name" PRIMARY KEY ("name"))`);
    await queryRunner.query(`INSERT INTO "change_counters" ("name", "version") VALUES ('content', 0), ('reports', 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "change_counters"`);
  }
}
