import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceVerifiedOn1764500200000 implements MigrationInterface {
  name = 'ServiceVerifiedOn1764500200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "services" ADD "verified_on" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "services" DROP COLUMN "verified_on"`);
  }
}
