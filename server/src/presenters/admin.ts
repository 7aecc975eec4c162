import type { Article, AuditEntry, Update } from '../entities';

/** Console views: the whole row a mediator edits, never shown to the public API. */
export function presentAdminArticle(a: Article) {
  return {
    id: a.id,
    slug: a.slug,
    lang: a.lang,
    category: a.category,
    title: a.title,
    summary: a.summary,
    body: a.body,
    updated: a.updated,
    source: a.source,
    listed: a.listed,
    status: a.status,
    wechatUrl: a.wechatUrl,
    wechatError: a.wechatError,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
  };
}
export type AdminArticleDTO = ReturnType<typeof presentAdminArticle>;

/** `live` is what the mini-program shows today: published on or before today, not yet expired. */
export function presentAdminUpdate(u: Update, today: string) {
  const state = u.publishedOn > today ? 'scheduled' : u.expiresOn !== null && u.expiresOn < today ? 'expired' : 'live';
  return {
    id: u.id,
    key: u.key,
    lang: u.lang,
    city: u.city,
    title: u.title,
    body: u.body,
    publishedOn: u.publishedOn,
    expiresOn: u.expiresOn,
    source: u.source,
    state: state as 'scheduled' | 'live' | 'expired',
    wechatStatus: u.wechatStatus,
    wechatUrl: u.wechatUrl,
    wechatError: u.wechatError,
    updatedAt: u.updatedAt.toISOString(),
  };
}
export type AdminUpdateDTO = ReturnType<typeof presentAdminUpdate>;

export function presentAuditEntry(e: AuditEntry) {
  return {
    at: e.at.toISOString(),
    username: e.username,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    detail: e.detail,
  };
}
export type AuditEntryDTO = ReturnType<typeof presentAuditEntry>;
