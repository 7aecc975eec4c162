import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fingerprint of the key the inbox is sealed with (one row): a process started with another
 * INBOX_SECRET refuses to start rather than write messages the others cannot read.
 */
@Entity({ name: 'inbox_keys' })
export class InboxKey {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  fingerprint: string;
}
