import type { UpdateDTO } from '../contract/updates';
import type { Lang } from '../contract/lang';
import type { Update } from '../entities';

export function presentUpdate(u: Update, asked: Lang): UpdateDTO {
  return {
    key: u.key,
    lang: u.lang,
    fallback: u.lang !== asked,
    city: u.city,
    title: u.title,
    body: u.body,
    publishedAt: u.publishedOn,
    expiresAt: u.expiresOn,
  };
}
