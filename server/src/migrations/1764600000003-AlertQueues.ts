import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city alerts' queues and pg-boss's own scheduling queue, made once here rather than at each
 * first start (a queue is a partition with its indexes: about half a second each on the embedded
 * database). The server still creates any queue that is missing and updates options that changed.
 */
const QUEUES: Array<[string, Record<string, unknown>]> = [
  ['__pgboss__send-it', { policy: 'standard' }],
  ['city-alert-fan-out', { policy: 'standard', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 }],
  ['city-alert-send', { policy: 'standard', retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 }],
  ['subscriptions-purge', { policy: 'standard' }],
];

export class AlertQueues1764600000003 implements MigrationInterface {
  name = 'AlertQueues1764600000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, options] of QUEUES) await queryRunner.query(`SELECT pgboss.create_queue($1, $2::json)`, [name, JSON.stringify(options)]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...QUEUES].reverse()) await queryRunner.query(`SELECT pgboss.delete_queue($1)`, [name]);
  }
}
