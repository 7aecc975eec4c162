import type { ArticleDTO, ArticleSummaryDTO } from '../contract/articles';
import type { Lang } from '../contract/lang';
import type { Article } from '../entities';
import { renderMarkdown } from '../render';

export function presentArticleSummary(a: Article, asked: Lang): ArticleSummaryDTO {
  return {
    slug: a.slug,
    lang: a.lang,
    category: a.category,
    title: a.title,
    summary: a.summary,
    updated: a.updated,
    fallback: a.lang !== asked,
  };
}

export function presentArticle(a: Article, asked: Lang): ArticleDTO {
  return { ...presentArticleSummary(a, asked), html: renderMarkdown(a.body) };
}
