import { Column } from 'typeorm';
import type { WechatState } from '../contract/admin';

/**
 * Where a piece stands with the official account, embedded in articles and updates (same columns in
 * both tables) so that a reload shows what WeChat last answered.
 */
export class WechatPublication {
  /** Null until someone publishes the piece to the official account. */
  @Column({ name: 'wechat_status', type: 'text', nullable: true })
  status: WechatState | null;

  @Column({ name: 'wechat_url', type: 'text', nullable: true })
  url: string | null;

  /** The WeChat draft's media id, so a later publish replaces it instead of adding another. */
  @Column({ name: 'wechat_media_id', type: 'text', nullable: true })
  mediaId: string | null;

  /** The last refusal from WeChat: its stable code (the console words it in her language). */
  @Column({ name: 'wechat_error', type: 'text', nullable: true })
  error: string | null;
}
