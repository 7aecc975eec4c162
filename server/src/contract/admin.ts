import { z } from 'zod';
import { ERROR_CODES } from './errors';
import type { Envelope } from './routes';
import { LANGS, type Lang } from './lang';
import type { SceneTarget } from './scene';
import { ARTICLE_CATEGORIES, type ArticleCategory } from './vocab';

/**
 * The console's API (/api/admin): what it sends (zod schemas, checked by the routes) and what it gets
 * back (DTOs, written out so the console compiles against this file alone, without the server).
 */

// Accounts and roles

export const ROLES = ['admin', 'mediator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every successful JSON answer of /api/admin is an `Envelope` (`{ data }`), or a `WithMeta` when facts
 * about the answer that are not the thing asked for go with it (the inbox's retention, the month's mass
 * quota, how flyer codes are made). Nothing else at the top level; errors are `{ error: { … } }`.
 */
export interface WithMeta<T, M> extends Envelope<T> {
  meta: M;
}

/** What /api/admin/login and /api/admin/me answer in `data`. */
export interface SessionDTO {
  csrfToken: string;
  mediator: { username: string; role: Role };
}

/** A console account for the admins' page: never the password hash. */
export interface AccountDTO {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** Creating an account or resetting its password: the account, with the password shown once. */
export interface AccountWithPasswordDTO extends AccountDTO {
  password: string;
}

const RoleSchema = z.enum(ROLES, { message: `role must be ${ROLES.join(' or ')}` });

export const AccountCreateSchema = z.object({
  username: z
    .string({ message: 'username is required' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'username must be 2 to 32 lowercase letters, digits, dots, dashes or underscores'),
  role: RoleSchema.default('mediator'),
});
export type AccountCreateReq = z.infer<typeof AccountCreateSchema>;

export const AccountRoleSchema = z.object({ role: RoleSchema });
export type AccountRoleReq = z.infer<typeof AccountRoleSchema>;

export const LoginSchema = z.object({
  username: z.string({ message: 'username is required' }).trim().min(1, 'username is required').max(64),
  password: z.string({ message: 'password is required' }).min(1, 'password is required').max(256),
});

export const UnlockSchema = z.object({
  username: z.string({ message: 'username is required' }).trim().min(1, 'username is required').max(64),
});

// Articles and updates

/** YYYY-MM-DD naming a day of the calendar (not 2026-02-30). */
export function isCalendarDay(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}
// The catalogue's sentence gives the code (invalid_date).
const ymd = z.string().refine(isCalendarDay, ERROR_CODES.invalid_date);

export const IdParamsSchema = z.object({ id: z.uuid({ message: 'id must be an id from the list' }) });

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

export type ContentSource = 'content' | 'console';

/**
 * The screener's verdict on an article, and nothing else (WeChat's answer is `wechat`): `blocked` while
 * block-level words remain, `clear` otherwise. content/ is screened in CI, so imported articles are clear.
 */
export const ARTICLE_SCREENINGS = ['blocked', 'clear'] as const;
export type ArticleScreening = (typeof ARTICLE_SCREENINGS)[number];

// Publishing to the official account

export const WECHAT_STATES = ['draft', 'published', 'failed'] as const;
/** `draft`: waiting in the account's draft box for someone to press Publish and paste the link back. */
export type WechatState = (typeof WECHAT_STATES)[number];

/** What WeChat last answered about a piece; `error` is a stable code the console words. */
export interface WechatPublicationDTO {
  status: WechatState | null;
  url: string | null;
  error: string | null;
}

/**
 * Why WeChat did not publish, as stable codes the console words in her language. Any other WeChat
 * error number comes as `wechat_<number>`.
 */
export const WECHAT_FAILURE_CODES = [
  'quota',
  'busy',
  'title_missing',
  'title_too_long',
  'content_too_long',
  'credentials',
  'ip_not_whitelisted',
  'token_rejected',
  'unauthorized_api',
  'media_missing',
  'invalid_image',
  'unreachable',
  'publish_failed',
  'publish_pending',
] as const;
export type WechatFailureCode = (typeof WECHAT_FAILURE_CODES)[number];

/** The `data` of a publish request (`POST /api/admin/{articles,updates,digests}/:id/publish`). */
export type PublishResultDTO =
  | { status: 'published'; url: string }
  /** 48001: the account may not publish through the API; the draft waits in its draft box. */
  | { status: 'draft'; message: string }
  /** `code`: a WechatFailureCode or `wechat_<number>`; `error`: English for API users. */
  | { status: 'failed'; code: string; error: string };

export interface AdminArticleDTO {
  id: string;
  slug: string;
  lang: Lang;
  category: ArticleCategory;
  title: string;
  summary: string;
  body: string;
  /** YYYY-MM-DD */
  updated: string;
  source: ContentSource;
  listed: boolean;
  screening: ArticleScreening;
  wechat: WechatPublicationDTO;
  archived: boolean;
  publishedAt: string | null;
  updatedAt: string;
}

/** `live` is what the mini-program shows today: published on or before today, not yet expired. */
export type UpdateState = 'scheduled' | 'live' | 'expired';

export interface AdminUpdateDTO {
  id: string;
  key: string;
  lang: Lang;
  city: string | null;
  title: string;
  body: string;
  publishedOn: string;
  expiresOn: string | null;
  source: ContentSource;
  state: UpdateState;
  wechat: WechatPublicationDTO;
  updatedAt: string;
}

// The screener

export const ScreenTargetSchema = z.object({
  type: z.enum(['article', 'update'], { message: 'target.type must be article or update' }),
  id: z.uuid({ message: 'target.id must be an id from the list' }),
});
/** The text acknowledgements belong to: an article or an update of the console. */
export type ScreenTarget = z.infer<typeof ScreenTargetSchema>;

export const ScreenRequestSchema = z.object({
  text: z.string({ message: 'text is required' }).max(100_000, 'text must be 100,000 characters at most'),
  /** When given, the warnings accepted for this text come back marked `accepted`. */
  target: ScreenTargetSchema.optional(),
});

export const AcceptRequestSchema = z.object({
  target: ScreenTargetSchema,
  word: z.string({ message: 'word is required' }).trim().min(1, 'word is required').max(100),
  reason: z.string({ message: 'reason is required' }).trim().min(5, 'reason: write at least 5 characters').max(500, 'reason: 500 characters at most'),
});

export const WithdrawRequestSchema = z.object({
  target: ScreenTargetSchema,
  word: z.string({ message: 'word is required' }).trim().min(1, 'word is required').max(100),
});

/**
 * A hit as the console receives it: offsets into the text sent, the text matched, the listed word, why a
 * block-level word is only a warning (`ambiguous`) and whether a mediator accepted it (`accepted`).
 */
export interface ScreenHit {
  /** UTF-16 offsets into the text sent: `text.slice(start, end)` is what to highlight. */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** The listed form it matched. */
  word: string;
  category: string;
  level: 'block' | 'warn';
  suggest: string[];
  /** A block-level word found across two neighbouring words (女性|交流会): only a warning. */
  ambiguous?: { words: string[]; punctuation?: string };
  accepted?: { reason?: string; by?: string; at?: string };
}

// Audit trail

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The language of service names in the titles. */
  lang: z.enum(LANGS).default('zh-Hans'),
});

export interface AuditEntryDTO {
  /** The title of the article or update, the flyer's label, the service's name — null once deleted. */
  targetTitle: string | null;
  at: string;
  /** Null for what the server did itself (an import, a scheduled job). */
  username: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, string | number | boolean | null> | null;
}

// Inbox

export const ConversationParamsSchema = z.object({ id: z.uuid({ message: 'id must be a conversation id from the list' }) });
export const MediaParamsSchema = ConversationParamsSchema.extend({ messageId: z.uuid({ message: 'messageId must be a message id from the conversation' }) });

export const InboxReplySchema = z.object({
  text: z.string({ message: 'text is required' }).trim().min(1, 'text is required').max(600, 'text must be 600 characters at most'),
});
export type InboxReplyReq = z.infer<typeof InboxReplySchema>;

export const InboxUpdateSchema = z
  .object({
    /** A console username, or null to unassign. */
    assignedTo: z.string().trim().min(1).max(64).nullable().optional(),
    done: z.boolean({ message: 'done must be true or false' }).optional(),
    note: z.string({ message: 'note must be text' }).trim().max(500, 'note must be 500 characters at most').optional(),
  })
  .refine((v) => v.assignedTo !== undefined || v.done !== undefined || v.note !== undefined, { message: 'give assignedTo, done or note' });
export type InboxUpdateReq = z.infer<typeof InboxUpdateSchema>;

export type InboxDirection = 'in' | 'out';
export type InboxKind = 'text' | 'voice' | 'image' | 'location' | 'link' | 'event' | 'video' | 'other';

/** Who she is shows only as `label` (from a keyed hash of her openid); the openid never leaves the server. */
export interface InboxConversationDTO {
  id: string;
  label: string;
  unread: number;
  crisis: boolean;
  done: boolean;
  assignedTo: string | null;
  lastActivityAt: string;
  replyUntil: string;
  replyOpen: boolean;
  preview: { kind: string; text: string } | null;
}

export interface InboxMessageDTO {
  id: string;
  direction: InboxDirection;
  kind: InboxKind;
  at: string;
  by: string | null;
  text: string | null;
  recognition: string | null;
  /** Voice: WeChat's format; only amr is converted to WAV for the browser, speex plays in WeChat only. */
  format: string | null;
  location: { lat: number; lng: number; label: string } | null;
  link: { title: string; description: string; url: string } | null;
  event: string | null;
  /** Playable or viewable: cached here, or still at WeChat (3 days). */
  media: 'cached' | 'at_wechat' | 'expired' | null;
}

/** One conversation opened: its internal note and every message. */
export interface InboxConversationViewDTO extends InboxConversationDTO {
  note: string;
  messages: InboxMessageDTO[];
}

// Flyers

export interface DayCount {
  day: string;
  n: number;
}

export interface SceneCodeDTO {
  code: string;
  /** Exactly what the QR code carries. */
  scene: string;
  target: SceneTarget;
  label: string;
  createdAt: string;
  total: number;
  days: DayCount[];
}

export interface ScansBucketDTO {
  total: number;
  days: DayCount[];
}

/** Counts per flyer for the console; days without scans are left out. */
export interface ScenesDTO {
  from: string;
  to: string;
  flyers: SceneCodeDTO[];
  /** Malformed scenes, unknown flyer codes, or a code with the wrong target. */
  unknown: ScansBucketDTO;
  /** Valid scenes without f= (a code made before flyer codes, or elsewhere). */
  withoutFlyer: ScansBucketDTO;
}

const Day = z.string().refine(isCalendarDay, 'takes a calendar date as YYYY-MM-DD');

export const ScenesListSchema = z.object({ from: Day.optional(), to: Day.optional() });

export const ScenesCreateSchema = z.object({
  scene: z.string({ error: 'give the target as c=<city>, a=<article> or p=<page>' }),
  label: z.string({ error: 'say where and when the flyer is handed out' }).trim().min(1, 'say where and when the flyer is handed out').max(120, 'at most 120 characters'),
  code: z.string().optional(),
});

/** What every flyer's code opens, so the console can say it before anyone prints. */
export type FlyerCodesDTO = { kind: 'wxacode' } | { kind: 'url'; base: string; reachable: boolean };

/** `day` (YYYY-MM-DD) moved by `days`, in calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Editor drafts (unsaved text kept server side per mediator)

export const DraftKeyParamsSchema = z.object({ key: z.string().regex(/^(article|update):(new|[0-9a-f-]{36})$/, 'key must name an editor, such as article:new') });
export const DraftWriteSchema = z.object({
  fields: z.record(z.string().max(40), z.union([z.string().max(100_000), z.boolean(), z.null()])).refine((f) => Object.keys(f).length <= 20, 'fields: at most 20'),
});
export type DraftFields = z.infer<typeof DraftWriteSchema>['fields'];
