import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import type { Localized } from '../contract/lang';
import type { Service } from './Service';

/** Keyed `city:slug`: one organisation working in several cities has one row per city file. */
@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'jsonb' })
  name: Localized;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @OneToMany('Service', (s: Service) => s.organization)
  services: Service[];
}
