import type { EntityManager } from 'typeorm';
import { Article, City } from '../entities';

/** A city and two articles (one listed, one not) that flyer targets can point at. Used by tests only. */
export async function seedFlyerTargets(m: EntityManager): Promise<void> {
  await m.insert(City, { slug: 'paris', name: { 'zh-Hans': '巴黎', fr: 'Paris' }, timezone: 'Europe/Paris', contentHash: 'x' });
  const article = { lang: 'zh-Hans' as const, category: 'health' as const, title: 't', summary: 's', body: 'b', updated: '2026-11-01', source: 'console' as const };
  await m.insert(Article, { ...article, slug: 'pep', listed: true });
  await m.insert(Article, { ...article, slug: 'draft-one', listed: false });
}
