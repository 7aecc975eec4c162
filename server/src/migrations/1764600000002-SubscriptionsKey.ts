import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubscriptionsKey1764600000002 implements MigrationInterface {
  name = 'SubscriptionsKey1764600000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "subscriptions_keys" ("id" integer NOT NULL, "fingerprint" text NOT NULL, CONSTRAINT "PK_subscriptions_keys_id" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "subscriptions_keys"`);
  }
}
