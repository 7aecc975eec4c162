import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import type { Localized } from '../contract/lang';
import type { ServiceTag } from '../contract/vocab';
import type { Organization } from './Organization';
import type { Location } from './Location';

export interface StoredClosure {
  from: string;
  to: string;
  reason: Localized;
}

/** Keyed `city:slug`. A mobile service (the bus) has one location per stop. */
@Entity({ name: 'services' })
export class Service {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId: string;

  @ManyToOne('Organization', (o: Organization) => o.services, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Organization;

  @Index()
  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  name: Localized;

  @Column({ type: 'jsonb' })
  description: Localized;

  @Column({ type: 'text', array: true })
  tags: ServiceTag[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'jsonb', nullable: true })
  notes: Localized | null;

  @Column({ type: 'boolean' })
  mobile: boolean;

  @Column({ type: 'boolean' })
  verified: boolean;

  /** Local date (Europe/Paris) someone checked address, phone and hours: from content/ or the console's one click. */
  @Column({ name: 'verified_on', type: 'date', nullable: true })
  verifiedOn: string | null;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'jsonb' })
  closures: StoredClosure[];

  /** Lower-cased names, descriptions, addresses and tags in every language, for `q=`. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @OneToMany('Location', (l: Location) => l.service)
  locations: Location[];
}
