import { MigrationInterface, QueryRunner } from "typeorm";

export class Console1763900100000 implements MigrationInterface {
    name = 'Console1763900100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "mediator_id" uuid, "username" text, "action" text NOT NULL, "target_type" text, "target_id" text, "detail" jsonb, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b12f87335630edfd1294cf349b" ON "audit_entries"  ("at") `);
        await queryRunner.query(`CREATE TABLE "mediators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eaebca7459f606fe0429f3f6798" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c162f509987243ef1550ec61af" ON "mediators"  ("username") `);
        await queryRunner.query(`CREATE TABLE "sessions" ("id" text NOT NULL, "mediator_id" uuid NOT NULL, "csrf_token" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e99f7dff0e3eab7006cf7e9fc2" ON "sessions"  ("mediator_id") `);
        await queryRunner.query(`ALTER TABLE "articles" ADD "status" text NOT NULL DEFAULT 'draft'`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "wechat_url" text`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "wechat_media_id" text`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "wechat_error" text`);
        await queryRunner.query(`ALTER TABLE "articles" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "updates" ADD "wechat_status" text`);
        await queryRunner.query(`ALTER TABLE "updates" ADD "wechat_url" text`);
        await queryRunner.query(`ALTER TABLE "updates" ADD "wechat_media_id" text`);
        await queryRunner.query(`ALTER TABLE "updates" ADD "wechat_error" text`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_e99f7dff0e3eab7006cf7e9fc2f" FOREIGN KEY ("mediator_id") REFERENCES "mediators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_e99f7dff0e3eab7006cf7e9fc2f"`);
        await queryRunner.query(`ALTER TABLE "updates" DROP COLUMN "wechat_error"`);
        await queryRunner.query(`ALTER TABLE "updates" DROP COLUMN "wechat_media_id"`);
        await queryRunner.query(`ALTER TABLE "updates" DROP COLUMN "wechat_url"`);
        await queryRunner.query(`ALTER TABLE "updates" DROP COLUMN "wechat_status"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "published_at"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "wechat_error"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "wechat_media_id"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "wechat_url"`);
        await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e99f7dff0e3eab7006cf7e9fc2"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c162f509987243ef1550ec61af"`);
        await queryRunner.query(`DROP TABLE "mediators"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b12f87335630edfd1294cf349b"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
    }

}
