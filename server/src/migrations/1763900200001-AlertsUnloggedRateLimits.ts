import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rate-limit counts are worth nothing after a crash, so their table skips the write-ahead log: a
 * check then commits without waiting for the disk (measured: ~150 → thousands of checks/s).
 * TypeORM has no word for UNLOGGED, so the entity cannot say it; the schema test does not see it.
 */
export class AlertsUnloggedRateLimits1763900200001 implements MigrationInterface {
    name = 'AlertsUnloggedRateLimits1763900200001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
    }

}
