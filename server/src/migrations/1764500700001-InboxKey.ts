import { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxKey1764500700001 implements MigrationInterface {
  name = 'InboxKey1764500700001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inbox_keys" ("id" integer NOT NULL, "fingerprint" text NOT NULL, CONSTRAINT "PK_inbox_keys_id" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_keys"`);
  }
}
