import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inbox1764500700000 implements MigrationInterface {
  name = 'Inbox1764500700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inbox_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_key" text NOT NULL, "openid_sealed" bytea NOT NULL, "last_incoming_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unread" integer NOT NULL DEFAULT '0', "crisis" boolean NOT NULL DEFAULT false, "done" boolean NOT NULL DEFAULT false, "assigned_to" uuid, "note_sealed" bytea, CONSTRAINT "PK_12c811fe023827f660ab0cdce87" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_67d31b468a47fc5bfcb04ce893" ON "inbox_conversations"  ("sender_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_b91b0e8f2873c66d972cb4575d" ON "inbox_conversations"  ("last_activity_at")`);
    await queryRunner.query(`CREATE TABLE "inbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "direction" text NOT NULL, "kind" text NOT NULL, "body_sealed" bytea NOT NULL, "msg_key" text, "media_sealed" bytea, "media_type" text, "username" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f12cf14472c0a9d19bb57cc8478" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5372bbc0aec0d1ad3ae9beb961" ON "inbox_messages"  ("msg_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_d108ff3a1230baae3b29436c43" ON "inbox_messages"  ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_3b274de33e7e279232eb57c81b" ON "inbox_messages"  ("conversation_id", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_messages"`);
    await queryRunner.query(`DROP TABLE "inbox_conversations"`);
  }
}
