import { MigrationInterface, QueryRunner } from "typeorm";

export class Alerts1763900200000 implements MigrationInterface {
    name = 'Alerts1763900200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rate_limits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_3213d6711ea80b8df2343869b0e" PRIMARY KEY ("key", "window_start"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9a67ff3eeb716bca91f1e5fe30" ON "rate_limits"  ("window_start") `);
        await queryRunner.query(`CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference_hash" text NOT NULL, "kind" text NOT NULL, "identifier_hash" text NOT NULL, "masked" text NOT NULL, "device_hash" text NOT NULL, "category" text NOT NULL, "level" text NOT NULL, "city" text, "month" text NOT NULL, "details" text, "screen_hits" integer, "status" text NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_b3bda218e3f7b3ade47fbe5855b" UNIQUE ("reference_hash"), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_247926e3daeab8a5d1b15edde8" ON "reports"  ("status", "created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_68f7c78543428ee6c369dc7129" ON "reports"  ("identifier_hash", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_68f7c78543428ee6c369dc7129"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_247926e3daeab8a5d1b15edde8"`);
        await queryRunner.query(`DROP TABLE "reports"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9a67ff3eeb716bca91f1e5fe30"`);
        await queryRunner.query(`DROP TABLE "rate_limits"`);
    }

}
