import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IdentifierKind, ReportCategory, ReportLevel, ReportStatus } from '../contract/alerts';

/**
 * One report about one identifier. Nothing here names the identifier or the reporter: both are keyed
 * hashes (see alerts/keys.ts); `masked` is what a moderator sees. Withdrawn reports are deleted.
 */
@Entity({ name: 'reports' })
@Index(['identifierHash', 'createdAt'])
@Index(['status', 'createdAt'])
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reference_hash', type: 'text', unique: true })
  referenceHash: string;

  @Column({ type: 'text' })
  kind: IdentifierKind;

  @Column({ name: 'identifier_hash', type: 'text' })
  identifierHash: string;

  @Column({ type: 'text' })
  masked: string;

  @Column({ name: 'device_hash', type: 'text' })
  deviceHash: string;

  /** One or more, distinct, in REPORT_CATEGORIES order. */
  @Column({ type: 'text', array: true })
  categories: ReportCategory[];

  @Column({ type: 'text' })
  level: ReportLevel;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  /** YYYY-MM the reporter gave, else the month of the report. */
  @Column({ type: 'text' })
  month: string;

  /** For moderators only, with identifiers masked out (alerts/scrub.ts). */
  @Column({ type: 'text', nullable: true })
  details: string | null;

  /** What the screener found in `details`, so a moderator knows to read carefully; null when not screened. */
  @Column({ name: 'screen_hits', type: 'integer', nullable: true })
  screenHits: number | null;

  @Column({ type: 'text', default: 'pending' })
  status: ReportStatus;

  /**
   * Keyed hash of the sender's address range (/24, /48) and day, when her install id was one the
   * server issued; null otherwise. A pending report counts in public checks once per source.
   */
  @Column({ name: 'source_hash', type: 'text', nullable: true })
  sourceHash: string | null;

  /** When a pending report may start counting in public checks: hours later, with jitter. */
  @Column({ name: 'visible_at', type: 'timestamptz', nullable: true })
  visibleAt: Date | null;

  /** Too many pending reports about one identifier: left for a moderator, not counted in checks. */
  @Column({ type: 'boolean', default: false })
  flagged: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
