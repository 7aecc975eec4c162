import type { AccountDTO, AdminArticleDTO, AdminUpdateDTO, AuditEntryDTO, UpdateState, WechatPublicationDTO } from '../contract/admin';
import type { Article, AuditEntry, Mediator, Update } from '../entities';
import type { WechatPublication } from '../entities/WechatPublication';

/** What WeChat last answered; `error` is a stable code the console words. */
function presentWechat(w: WechatPublication): WechatPublicationDTO {
  return { status: w.status, url: w.url, error: w.error };
}

/** Console views: the whole row a mediator edits, never shown to the public API. */
export function presentAdminArticle(a: Article): AdminArticleDTO {
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
    screening: a.screening,
    wechat: presentWechat(a.wechat),
    archived: a.archivedAt !== null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** `live` is what the mini-program shows today: published on or before today, not yet expired. */
export function presentAdminUpdate(u: Update, today: string): AdminUpdateDTO {
  const state: UpdateState = u.publishedOn > today ? 'scheduled' : u.expiresOn !== null && u.expiresOn < today ? 'expired' : 'live';
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
    state,
    wechat: presentWechat(u.wechat),
    updatedAt: u.updatedAt.toISOString(),
  };
}

/** `targetTitle`: the title of the article or update, the flyer's label, the service's name — null once deleted. */
export function presentAuditEntry(e: AuditEntry, targetTitle: string | null = null): AuditEntryDTO {
  return {
    targetTitle,
    at: e.at.toISOString(),
    username: e.username,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    detail: e.detail,
  };
}

/** A console account for the admins' page: never the password hash. */
export function presentAccount(a: Mediator): AccountDTO {
  return {
    id: a.id,
    username: a.username,
    role: a.role,
    disabled: a.disabledAt !== null,
    createdAt: a.createdAt.toISOString(),
  };
}
