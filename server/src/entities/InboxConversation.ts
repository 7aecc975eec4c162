import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One woman writing to the official account. She is known only by `senderKey`, a keyed hash of her
 * openid; the openid itself is sealed (inbox/crypto.ts) because a reply needs it. Deleted with its
 * last message when the retention period ends.
 */
@Entity({ name: 'inbox_conversations' })
@Index(['lastActivityAt'])
export class InboxConversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'sender_key', type: 'text' })
  senderKey: string;

  @Column({ name: 'openid_sealed', type: 'bytea' })
  openidSealed: Buffer;

  /** Her last message: a reply is allowed for 48 hours after it. */
  @Column({ name: 'last_incoming_at', type: 'timestamptz' })
  lastIncomingAt: Date;

  /** Her last message or our last reply: the list's order. */
  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;

  @Column({ type: 'integer', default: 0 })
  unread: number;

  /** A message held a crisis word (content/crisis-words.yaml) since the conversation was last marked done. */
  @Column({ type: 'boolean', default: false })
  crisis: boolean;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ name: 'assigned_to', type: 'uuid', nullable: true })
  assignedTo: string | null;

  /** The mediators' short internal note, sealed like the messages. */
  @Column({ name: 'note_sealed', type: 'bytea', nullable: true })
  noteSealed: Buffer | null;
}
