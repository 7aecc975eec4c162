import type { ArticleDTO, ArticleSummaryDTO } from '@lotus/server/contract/articles';
import type { Lang } from '@lotus/server/contract/lang';
import { load, peek } from './request';

/** All summaries in one call (they are small); the rubrique tabs filter on the device. */
export const peekArticles = (lang: Lang) => peek<ArticleSummaryDTO[]>('/api/articles', { lang });
export const getArticles = (lang: Lang, force = false) => load<ArticleSummaryDTO[]>('/api/articles', { lang }, { force });

const articlePath = (slug: string) => `/api/articles/${encodeURIComponent(slug)}`;
export const peekArticle = (slug: string, lang: Lang) => peek<ArticleDTO>(articlePath(slug), { lang });
export const getArticle = (slug: string, lang: Lang, force = false) => load<ArticleDTO>(articlePath(slug), { lang }, { force });
