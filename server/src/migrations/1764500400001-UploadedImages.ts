import { MigrationInterface, QueryRunner } from 'typeorm';

export class UploadedImages1764500400001 implements MigrationInterface {
  name = 'UploadedImages1764500400001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uploaded_images" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_type" text NOT NULL, "bytes" bytea NOT NULL, "size" integer NOT NULL, "username" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37f0f1866d702a0ac47830c2858" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "uploaded_images"`);
  }
}
