import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Localized } from '../contract/lang';
import type { HoursRule } from '../contract/hours';
import type { Service } from './Service';

@Entity({ name: 'locations' })
export class Location {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ name: 'service_id', type: 'text' })
  serviceId: string;

  @ManyToOne('Service', (s: Service) => s.locations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service: Service;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb', nullable: true })
  name: Localized | null;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  /** IANA zone, so summer and winter time come out right. */
  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'jsonb' })
  hours: HoursRule[];

  @Column({ name: 'hours_note', type: 'jsonb', nullable: true })
  hoursNote: Localized | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;
}
