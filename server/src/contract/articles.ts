import { z } from 'zod';
import { LangQuery } from './directory';
import { ARTICLE_CATEGORIES, type ArticleCategory } from './vocab';
import type { Lang } from './lang';

export const ArticlesQuerySchema = z.object({
  lang: LangQuery,
  category: z.enum(ARTICLE_CATEGORIES, { message: `category must be one of ${ARTICLE_CATEGORIES.join(', ')}` }).optional(),
});

export const ArticleParamsSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'slug must be lowercase letters, digits and dashes' }),
});
export const ArticleQuerySchema = z.object({ lang: LangQuery });

export interface ArticleSummaryDTO {
  slug: string;
  /** The language of the text returned; differs from the one asked for when `fallback` is true. */
  lang: Lang;
  category: ArticleCategory;
  title: string;
  summary: string;
  updated: string;
  /** True when the asked language is missing and the zh-Hans text is returned instead. */
  fallback: boolean;
}

export interface ArticleDTO extends ArticleSummaryDTO {
  html: string;
}
