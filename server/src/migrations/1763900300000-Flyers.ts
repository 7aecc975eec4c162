import { MigrationInterface, QueryRunner } from 'typeorm';

export class Flyers1763900300000 implements MigrationInterface {
  name = 'Flyers1763900300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scene_codes" ("code" text NOT NULL, "target" text NOT NULL, "label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15abc29d426a03911fb7dc949a6" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scan_counts" ("code" text NOT NULL, "day" date NOT NULL, "n" integer NOT NULL, CONSTRAINT "PK_35aef330d525f166e9f2023ec18" PRIMARY KEY ("code", "day"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scan_counts"`);
    await queryRunner.query(`DROP TABLE "scene_codes"`);
  }
}
