import { MigrationInterface, QueryRunner } from 'typeorm';
import { JOBS_SCHEMA } from '../jobs/queue';
import { jobsSchemaStatements } from '../jobs/schema';

/** The job queue's tables (pg-boss, schema `pgboss`), so that no process creates them at start. */
export class JobQueue1764600000000 implements MigrationInterface {
  name = 'JobQueue1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of jobsSchemaStatements()) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${JOBS_SCHEMA} CASCADE`);
  }
}
