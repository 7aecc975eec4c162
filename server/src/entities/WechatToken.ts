import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The access token of one WeChat app (official account or mini-program), shared by every server
 * process: WeChat invalidates the previous token whenever a new one is fetched, so only one process
 * may refresh it, under a lock on this row.
 */
@Entity({ name: 'wechat_tokens' })
export class WechatToken {
  @PrimaryColumn({ type: 'text' })
  appid: string;

  @Column({ name: 'access_token', type: 'text', nullable: true })
  accessToken: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
