import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fingerprint of SUBSCRIPTIONS_SECRET (one row): a process started with another key refuses to
 * start rather than seal openids the others cannot open.
 */
@Entity({ name: 'subscriptions_keys' })
export class SubscriptionsKey {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  fingerprint: string;
}
