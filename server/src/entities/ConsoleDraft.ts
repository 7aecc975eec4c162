import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a mediator had typed and not yet saved, kept every few seconds by the console, one per
 * mediator and editor (`article:new`, `article:<id>`, `update:<id>`): a closed tab loses nothing.
 */
@Entity({ name: 'console_drafts' })
export class ConsoleDraft {
  @PrimaryColumn({ name: 'mediator_id', type: 'uuid' })
  mediatorId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  fields: Record<string, string | boolean | null>;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt: Date;
}
