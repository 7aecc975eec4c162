import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * That an approved alert was announced to its city's subscribers: once per alert, even if it is
 * approved again after a rejection. Names the alert (`report:<id>`), never a person.
 */
@Entity({ name: 'city_alert_announcements' })
export class CityAlertAnnouncement {
  @PrimaryColumn({ type: 'text' })
  alert: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ name: 'announced_at', type: 'timestamptz' })
  announcedAt: Date;

  /** When the messages were queued, one per subscriber (a fan-out retried after this queues nothing). */
  @Column({ name: 'fanned_out_at', type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;
}
