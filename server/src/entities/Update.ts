import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Lang } from '../contract/lang';
import type { ContentSource } from '../contract/admin';
import { WechatPublication } from './WechatPublication';

/** A short dated agenda item ("Thursday session cancelled"), one row per (key, lang). */
@Entity({ name: 'updates' })
@Index(['key', 'lang'], { unique: true })
export class Update {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  lang: Lang;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Local dates in Europe/Paris, YYYY-MM-DD; the item shows through the whole `expiresOn` day. */
  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'text' })
  source: ContentSource;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  @Column(() => WechatPublication, { prefix: false })
  wechat: WechatPublication;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
