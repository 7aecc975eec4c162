import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue #12: login attempts per (account, source), WeChat nonces against replays, the alerts keyring,
 * how pending reports become visible, and rate limits that survive a crash (logged again: a crash
 * must not reset abuse limits).
 */
export class Hardening1764500300000 implements MigrationInterface {
    name = 'Hardening1764500300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "alerts_keyring" ("id" integer NOT NULL, "fingerprint" text NOT NULL, "wrapped_key" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_40081e09975efa6379d5a188cee" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "login_attempts" ("account_hash" text NOT NULL, "source_hash" text NOT NULL, "attempts" integer NOT NULL, "lockouts" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d3dd76c7a9d55ac25744e746ea8" PRIMARY KEY ("account_hash", "source_hash"))`);
        await queryRunner.query(`CREATE TABLE "wechat_nonces" ("signature" text NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_06b05790c60c436e7eb650a483a" PRIMARY KEY ("signature"))`);
        await queryRunner.query(`CREATE INDEX "IDX_812c107ef7ce154478852c4013" ON "wechat_nonces"  ("seen_at") `);
        await queryRunner.query(`ALTER TABLE "reports" ADD "source_hash" text`);
        await queryRunner.query(`ALTER TABLE "reports" ADD "visible_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "reports" ADD "flagged" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
        await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "flagged"`);
        await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "visible_at"`);
        await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "source_hash"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_812c107ef7ce154478852c4013"`);
        await queryRunner.query(`DROP TABLE "wechat_nonces"`);
        await queryRunner.query(`DROP TABLE "login_attempts"`);
        await queryRunner.query(`DROP TABLE "alerts_keyring"`);
    }

}
