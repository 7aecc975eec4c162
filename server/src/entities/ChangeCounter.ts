import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One counter per kind of data the server keeps in memory ('content': the public directory, articles
 * and updates; 'reports': the reported identifiers). Every write of that data bumps its counter in the
 * same transaction, so each process can tell its copy is stale with one small read.
 */
@Entity({ name: 'change_counters' })
export class ChangeCounter {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'bigint', default: 0 })
  version: number;
}
