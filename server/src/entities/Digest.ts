import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DigestCounts, DigestStatus } from '../contract/digest';
import { WechatPublication } from './WechatPublication';

/**
 * The weekly digest of one city for the official account: drafted by digestDraft from approved alerts
 * (counts only for identifier reports, moderated descriptions in full, never an identifier), edited and
 * approved by a mediator, then published. Its text is what the account will show anyway.
 */
@Entity({ name: 'digests' })
@Index(['city', 'weekStart'], { unique: true })
export class Digest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  city: string;

  /** The Monday (Paris) the week starts on, YYYY-MM-DD; the week runs to the following Sunday. */
  @Column({ name: 'week_start', type: 'text' })
  weekStart: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  markdown: string;

  /** What the draft was made from, so the console can show the figures beside the text she edits. */
  @Column({ type: 'jsonb' })
  counts: DigestCounts;

  @Column({ type: 'text', default: 'draft' })
  status: DigestStatus;

  /** Blocking and warning words the screener found in the current text. */
  @Column({ name: 'screen_hits', type: 'integer', default: 0 })
  screenHits: number;

  @Column(() => WechatPublication, { prefix: false })
  wechat: WechatPublication;

  /** When followers were notified (message/mass/sendall); a digest is sent at most once. */
  @Column({ name: 'mass_sent_at', type: 'timestamptz', nullable: true })
  massSentAt: Date | null;

  @Column({ name: 'mass_msg_id', type: 'text', nullable: true })
  massMsgId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
