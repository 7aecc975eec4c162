import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Signed webhook calls already answered, kept for the signature's time window so a replay is refused. */
@Entity({ name: 'wechat_nonces' })
@Index(['seenAt'])
export class WechatNonce {
  /** The call's signature: sha1 over token, timestamp and nonce. */
  @PrimaryColumn({ type: 'text' })
  signature: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}
