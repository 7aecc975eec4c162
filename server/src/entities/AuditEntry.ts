import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what, when: saves, publications, overrides, moderation, sign-ins. Never a message body —
 * `detail` holds outcomes, codes and the reasons mediators write for overrides.
 */
@Entity({ name: 'audit_entries' })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'timestamptz' })
  at: Date;

  /** Kept as text too, so the trail survives the account's deletion. */
  @Column({ name: 'mediator_id', type: 'uuid', nullable: true })
  mediatorId: string | null;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, string | number | boolean | null> | null;
}
