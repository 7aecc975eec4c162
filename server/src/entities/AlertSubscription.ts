import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A worker's wish to be told once of the next alert in some cities (WeChat subscription messages:
 * one tap allows one message). Her mini-program openid is kept sealed (AES-GCM under
 * SUBSCRIPTIONS_SECRET) with a keyed hash to find it; nothing else about her. Deleted once used,
 * withdrawn, refused by WeChat, or 90 days old.
 */
@Entity({ name: 'alert_subscriptions' })
@Index(['createdAt'])
export class AlertSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** HMAC of the openid: one subscription per person, found without opening the others. */
  @Index({ unique: true })
  @Column({ name: 'openid_key', type: 'text' })
  openidKey: string;

  @Column({ name: 'openid_sealed', type: 'bytea' })
  openidSealed: Buffer;

  /** City slugs. */
  @Column({ type: 'text', array: true })
  cities: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set while a message is being sent with it; a send that died midway leaves it set and sends nothing more. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;
}
