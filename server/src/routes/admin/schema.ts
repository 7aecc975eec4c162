import { z } from 'zod';
import { ERROR_CODES } from '../../contract/errors';
import { LANGS } from '../../contract/lang';
import { ARTICLE_CATEGORIES } from '../../contract/vocab';

/** YYYY-MM-DD naming a day of the calendar (not 2026-02-30): the catalogue's sentence gives the code. */
function isCalendarDay(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}
const ymd = z.string().refine(isCalendarDay, ERROR_CODES.invalid_date);

export const IdParamsSchema = z.object({ id: z.uuid({ message: 'id must be an id from the list' }) });

export const LoginSchema = z.object({
  username: z.string({ message: 'username is required' }).trim().min(1, 'username is required').max(64),
  password: z.string({ message: 'password is required' }).min(1, 'password is required').max(256),
});

export const UnlockSchema = z.object({
  username: z.string({ message: 'username is required' }).trim().min(1, 'username is required').max(64),
});

export const ArticleWriteSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'slug must be lowercase letters, digits and dashes (60 at most)'),
  lang: z.enum(LANGS, { message: `lang must be one of ${LANGS.join(', ')}` }),
  category: z.enum(ARTICLE_CATEGORIES, { message: `category must be one of ${ARTICLE_CATEGORIES.join(', ')}` }),
  title: z.string().trim().min(1, 'title is required').max(64, 'title must be 64 characters at most'),
  summary: z.string().trim().min(1, 'summary is required').max(200, 'summary must be 200 characters at most'),
  body: z.string().min(1, 'body is required').max(50_000, 'body must be 50,000 characters at most'),
  /** Shown in the mini-program. Publishing to the account lists it too. */
  listed: z.boolean().default(false),
});
export type ArticleWrite = z.infer<typeof ArticleWriteSchema>;

export const UpdateWriteSchema = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'key must be lowercase letters, digits and dashes (60 at most)'),
  lang: z.enum(LANGS, { message: `lang must be one of ${LANGS.join(', ')}` }),
  city: z.string().regex(/^[a-z0-9-]{1,40}$/, 'city must be a city slug such as paris').nullable().default(null),
  title: z.string().trim().min(1, 'title is required').max(64, 'title must be 64 characters at most'),
  body: z.string().trim().min(1, 'body is required').max(2_000, 'body must be 2,000 characters at most'),
  publishedOn: ymd.optional(),
  expiresOn: ymd.nullable().default(null),
});
export type UpdateWrite = z.infer<typeof UpdateWriteSchema>;

export const PublishSchema = z.object({
  /** Publishing an expired update needs this, after the console has asked. */
  expired: z.boolean().optional(),
  override: z.string().trim().min(5, 'override: write a reason of at least 5 characters').max(500, 'override: 500 characters at most').optional(),
});

/** Only the account's own article pages: a draft-box or editor link pasted by mistake is refused. */
export const MarkPublishedSchema = z.object({
  url: z
    .string({ message: ERROR_CODES.not_wechat_link })
    .trim()
    .refine((u) => /^https?:\/\/mp\.weixin\.qq\.com\/s[/?]\S+$/.test(u), ERROR_CODES.not_wechat_link),
});

export const PreviewSchema = z.object({ markdown: z.string({ message: 'markdown is required' }).max(100_000, 'markdown must be 100,000 characters at most') });

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The language of service names in the titles. */
  lang: z.enum(LANGS).default('zh-Hans'),
});
