import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mediators.failed_logins and locked_until were the first login lockout. Since Hardening1764500300000
 * the lockout lives in login_attempts, per account and source, and nothing read or wrote these two
 * columns: a reader of the table would have taken a zero there for "never failed".
 */
export class MediatorLockoutDrop1764700000000 implements MigrationInterface {
  name = 'MediatorLockoutDrop1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediators" DROP COLUMN "failed_logins", DROP COLUMN "locked_until"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediators" ADD "failed_logins" integer NOT NULL DEFAULT '0', ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
  }
}
