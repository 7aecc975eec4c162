import { MigrationInterface, QueryRunner } from 'typeorm';

/** A report can name several categories: the single `category` becomes `categories`, existing reports keep theirs. */
export class ReportCategories1764500800000 implements MigrationInterface {
  name = 'ReportCategories1764500800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" ADD "categories" text array`);
    await queryRunner.query(`UPDATE "reports" SET "categories" = ARRAY["category"]`);
    await queryRunner.query(`ALTER TABLE "reports" ALTER COLUMN "categories" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "category"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" ADD "category" text`);
    await queryRunner.query(`UPDATE "reports" SET "category" = "categories"[1]`);
    await queryRunner.query(`ALTER TABLE "reports" ALTER COLUMN "category" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "categories"`);
  }
}
