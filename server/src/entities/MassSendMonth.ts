import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Mass messages sent by the official account in one calendar month (Paris time). WeChat lets a service
 * account notify its followers only a few times a month; the count is taken before sending
 * (commands/massSendQuota.ts) so two mediators cannot both use the last one.
 */
@Entity({ name: 'mass_send_months' })
export class MassSendMonth {
  /** YYYY-MM */
  @PrimaryColumn({ type: 'text' })
  month: string;

  @Column({ type: 'integer' })
  count: number;
}
