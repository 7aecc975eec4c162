import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1763900000000 implements MigrationInterface {
    name = 'Init1763900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "lang" text NOT NULL, "category" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "updated" date NOT NULL, "source" text NOT NULL, "listed" boolean NOT NULL DEFAULT true, "content_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_19e0e68ad2321b9bd90277b8bf" ON "articles"  ("slug", "lang") `);
        await queryRunner.query(`CREATE TABLE "cities" ("slug" text NOT NULL, "name" jsonb NOT NULL, "timezone" text NOT NULL, "content_hash" text NOT NULL, CONSTRAINT "PK_8ef722e770798e37b3205370bfd" PRIMARY KEY ("slug"))`);
        await queryRunner.query(`CREATE TABLE "locations" ("id" text NOT NULL, "service_id" text NOT NULL, "position" integer NOT NULL, "name" jsonb, "address" text NOT NULL, "postal_code" text NOT NULL, "lat" double precision, "lng" double precision, "timezone" text NOT NULL, "hours" jsonb NOT NULL, "hours_note" jsonb, "content_hash" text NOT NULL, CONSTRAINT "PK_7cc1c9e3853b94816c094825e74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c5dde159207e294f79005e5149" ON "locations"  ("service_id") `);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" text NOT NULL, "city" text NOT NULL, "name" jsonb NOT NULL, "website" text, "email" text, "content_hash" text NOT NULL, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "services" ("id" text NOT NULL, "organization_id" text NOT NULL, "city" text NOT NULL, "position" integer NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "tags" text array NOT NULL, "languages" text array NOT NULL, "phone" text, "notes" jsonb, "mobile" boolean NOT NULL, "verified" boolean NOT NULL, "source" text NOT NULL, "closures" jsonb NOT NULL, "search_text" text NOT NULL, "content_hash" text NOT NULL, CONSTRAINT "PK_ba2d347a3168a296416c6c5ccb2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b3e6bb6a378e6cc2f8798cfa26" ON "services"  ("city") `);
        await queryRunner.query(`CREATE TABLE "updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "lang" text NOT NULL, "city" text, "title" text NOT NULL, "body" text NOT NULL, "published_on" date NOT NULL, "expires_on" date, "source" text NOT NULL, "content_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6029912acac4189b62b8b57c880" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_93b39840a897e9fd0d9ff4b151" ON "updates"  ("key", "lang") `);
        await queryRunner.query(`ALTER TABLE "locations" ADD CONSTRAINT "FK_c5dde159207e294f79005e51494" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "services" ADD CONSTRAINT "FK_119ca18c4d0caacb1763042521e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "services" DROP CONSTRAINT "FK_119ca18c4d0caacb1763042521e"`);
        await queryRunner.query(`ALTER TABLE "locations" DROP CONSTRAINT "FK_c5dde159207e294f79005e51494"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_93b39840a897e9fd0d9ff4b151"`);
        await queryRunner.query(`DROP TABLE "updates"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b3e6bb6a378e6cc2f8798cfa26"`);
        await queryRunner.query(`DROP TABLE "services"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c5dde159207e294f79005e5149"`);
        await queryRunner.query(`DROP TABLE "locations"`);
        await queryRunner.query(`DROP TABLE "cities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_19e0e68ad2321b9bd90277b8bf"`);
        await queryRunner.query(`DROP TABLE "articles"`);
    }

}
