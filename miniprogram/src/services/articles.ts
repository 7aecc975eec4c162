import type { Lang } from '@lotus/server/contract/lang';
import type { Filled, PathOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, peek } from './request';

const LIST: PathOf<'articles'> = '/api/articles';

/** All summaries in one call (they are small); the rubrique tabs filter on the device. */
export const peekArticles = (lang: Lang) => peek<ResponseOf<'articles'>>(LIST, { lang });
export const getArticles = (lang: Lang, force = false) => load<ResponseOf<'articles'>>(LIST, { lang }, { force });

const articlePath = (slug: string): Filled<PathOf<'article'>> => `/api/articles/${encodeURIComponent(slug)}`;
export const peekArticle = (slug: string, lang: Lang) => peek<ResponseOf<'article'>>(articlePath(slug), { lang });
export const getArticle = (slug: string, lang: Lang, force = false) => load<ResponseOf<'article'>>(articlePath(slug), { lang }, { force });
