import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportCategory } from '../contract/alerts';
import type { DescriptionLevel, DescriptionStatus } from '../contract/descriptionAlerts';

/**
 * An alert by description: no identifier, no reporter (not even a keyed hash of her install id).
 * `text` and `area` were scrubbed of identifiers before they were stored; a moderator's edit replaces
 * them (the original is not kept). A rejected alert is deleted.
 */
@Entity({ name: 'description_alerts' })
@Index(['status', 'city', 'createdAt'])
export class DescriptionAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', nullable: true })
  area: string | null;

  /** YYYY-MM she gave, else the month she sent it. */
  @Column({ type: 'text' })
  month: string;

  /** One or more, distinct, in REPORT_CATEGORIES order. */
  @Column({ type: 'text', array: true })
  categories: ReportCategory[];

  @Column({ type: 'text' })
  text: string;

  /** What the screener found in the text and area as sent, for moderators; null when not screened. */
  @Column({ name: 'screen_hits', type: 'integer', nullable: true })
  screenHits: number | null;

  /** Set by the moderator who approves it. */
  @Column({ type: 'text', nullable: true })
  level: DescriptionLevel | null;

  @Column({ type: 'text', default: 'pending' })
  status: DescriptionStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Approved, or last edited once approved. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
