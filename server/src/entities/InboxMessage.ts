import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InboxDirection, InboxKind } from '../contract/admin';

/**
 * One message to or from the account. Everything she wrote (text, media ids, places, links) is in
 * `bodySealed`; a voice or image fetched from WeChat is cached in `mediaSealed`. Nothing readable.
 */
@Entity({ name: 'inbox_messages' })
@Index(['conversationId', 'at'])
@Index(['at'])
export class InboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ type: 'text' })
  direction: InboxDirection;

  @Column({ type: 'text' })
  kind: InboxKind;

  @Column({ name: 'body_sealed', type: 'bytea' })
  bodySealed: Buffer;

  /** WeChat's MsgId as a keyed hash: WeChat sends a message again when we answer slowly. */
  @Index({ unique: true })
  @Column({ name: 'msg_key', type: 'text', nullable: true })
  msgKey: string | null;

  @Column({ name: 'media_sealed', type: 'bytea', nullable: true })
  mediaSealed: Buffer | null;

  @Column({ name: 'media_type', type: 'text', nullable: true })
  mediaType: string | null;

  /** Who replied, for our own messages. */
  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
