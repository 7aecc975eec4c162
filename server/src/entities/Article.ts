import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ArticleScreening, ContentSource } from '../contract/admin';
import type { Lang } from '../contract/lang';
import type { ArticleCategory } from '../contract/vocab';
import { WechatPublication } from './WechatPublication';

/** One row per (slug, lang). Rows from content/ and rows written in the console live side by side. */
@Entity({ name: 'articles' })
@Index(['slug', 'lang'], { unique: true })
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  lang: Lang;

  @Column({ type: 'text' })
  category: ArticleCategory;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  updated: string;

  @Column({ type: 'text' })
  source: ContentSource;

  /** Shown in the mini-program. A console draft is not, until it is saved as listed. */
  @Column({ type: 'boolean', default: true })
  listed: boolean;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  /** The screener's verdict; where it stands with WeChat is `wechat`. */
  @Column({ type: 'text', default: 'clear' })
  screening: ArticleScreening;

  @Column(() => WechatPublication, { prefix: false })
  wechat: WechatPublication;

  /** Archived articles leave the mini-program and the console's list but stay in the database. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
