import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Localized } from '../contract/lang';

@Entity({ name: 'cities' })
export class City {
  @PrimaryColumn({ type: 'text' })
  slug: string;

  @Column({ type: 'jsonb' })
  name: Localized;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;
}
