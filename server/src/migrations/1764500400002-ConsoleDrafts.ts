import { MigrationInterface, QueryRunner } from 'typeorm';

/** Unsaved editor text kept every few seconds, per mediator. */
export class ConsoleDrafts1764500400002 implements MigrationInterface {
  name = 'ConsoleDrafts1764500400002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "console_drafts" ("mediator_id" uuid NOT NULL, "key" text NOT NULL, "fields" jsonb NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_28070b586c575005cadbaa3a97e" PRIMARY KEY ("mediator_id", "key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "console_drafts"`);
  }
}
