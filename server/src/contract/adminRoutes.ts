import type { z } from 'zod';
import type { ModerationReportDTO } from './alerts';
import { ModerationQuerySchema } from './alerts';
import type {
  AccountDTO,
  AccountWithPasswordDTO,
  AdminArticleDTO,
  AdminUpdateDTO,
  AuditEntryDTO,
  DraftFields,
  FlyerCodesDTO,
  InboxConversationDTO,
  InboxConversationViewDTO,
  PublishResultDTO,
  SceneCodeDTO,
  ScenesDTO,
  ScreenHit,
  SessionDTO,
} from './admin';
import {
  AcceptRequestSchema,
  AccountCreateSchema,
  AccountRoleSchema,
  ArticleWriteSchema,
  AuditQuerySchema,
  DraftWriteSchema,
  InboxReplySchema,
  InboxUpdateSchema,
  LoginSchema,
  MarkPublishedSchema,
  PreviewSchema,
  PublishSchema,
  ScenesCreateSchema,
  ScenesListSchema,
  ScreenRequestSchema,
  UnlockSchema,
  UpdateWriteSchema,
  WithdrawRequestSchema,
} from './admin';
import type { ModerationDescriptionAlertDTO } from './descriptionAlerts';
import { DescriptionApproveSchema, DescriptionModerationQuerySchema } from './descriptionAlerts';
import type { DigestDTO, DigestListItemDTO, MassQuotaDTO } from './digest';
import { DigestDraftSchema, DigestPublishSchema, DigestWriteSchema, SheetQuerySchema } from './digest';
import type { AdminServiceDTO } from './directory';
import type { Envelope, RouteDef } from './routes';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a console route answers: `{ data }`, `{ data, meta }`, nothing (204) or a file. */
export type AdminAnswer = Envelope<unknown> | void | Blob;

/**
 * One route of the console's API. `answer` is, as a type only, the whole body of a successful answer:
 * `Envelope<T>`, `WithMeta<T, M>` when it carries `meta`, `void` for a 204, `Blob` for a file.
 */
export interface AdminRouteDef<M extends Method, P extends string, Req extends z.ZodType | null, A extends AdminAnswer> extends RouteDef<M, P, Req, unknown> {
  /** Never set: carries the answer's type for the console. */
  answer?: A;
}

const route =
  <A extends AdminAnswer>() =>
  <const M extends Method, const P extends `/api/admin${string}`, Req extends z.ZodType | null>(def: { method: M; path: P; request: Req }): AdminRouteDef<M, P, Req, A> =>
    def;

type Data<T> = Envelope<T>;
type Meta<T, M> = Envelope<T> & { meta: M };
type Quota = { quota: MassQuotaDTO };

/**
 * The console's API under /api/admin, in one table: the admin routers register their paths from it
 * (`routes/admin/paths.ts`) and the console's `call()` (console/app/api.ts) takes its path, body and
 * answer types from it, so a path or body renamed on one side breaks the other's build.
 * routes.test.ts checks the table against the routes the admin routers really register. `request`
 * is the body's schema (the query's for GET) where the contract has one, `null` where the route
 * takes none (a file's query, a route parameter, an upload's bytes).
 */
export const ADMIN_ROUTES = {
  login: route<Data<SessionDTO>>()({ method: 'POST', path: '/api/admin/login', request: LoginSchema }),
  me: route<Data<SessionDTO>>()({ method: 'GET', path: '/api/admin/me', request: null }),
  logout: route<void>()({ method: 'POST', path: '/api/admin/logout', request: null }),
  unlock: route<Data<{ username: string; unlocked: boolean }>>()({ method: 'POST', path: '/api/admin/unlock', request: UnlockSchema }),

  accounts: route<Data<AccountDTO[]>>()({ method: 'GET', path: '/api/admin/accounts', request: null }),
  accountCreate: route<Data<AccountWithPasswordDTO>>()({ method: 'POST', path: '/api/admin/accounts', request: AccountCreateSchema }),
  accountPassword: route<Data<AccountWithPasswordDTO>>()({ method: 'POST', path: '/api/admin/accounts/:id/password', request: null }),
  accountRole: route<Data<AccountDTO>>()({ method: 'POST', path: '/api/admin/accounts/:id/role', request: AccountRoleSchema }),
  accountDisable: route<Data<AccountDTO>>()({ method: 'POST', path: '/api/admin/accounts/:id/disable', request: null }),
  accountEnable: route<Data<AccountDTO>>()({ method: 'POST', path: '/api/admin/accounts/:id/enable', request: null }),

  articles: route<Data<AdminArticleDTO[]>>()({ method: 'GET', path: '/api/admin/articles', request: null }),
  articlePreview: route<Data<{ html: string }>>()({ method: 'POST', path: '/api/admin/articles/preview', request: PreviewSchema }),
  articleCreate: route<Data<AdminArticleDTO>>()({ method: 'POST', path: '/api/admin/articles', request: ArticleWriteSchema }),
  article: route<Data<AdminArticleDTO>>()({ method: 'GET', path: '/api/admin/articles/:id', request: null }),
  articleSave: route<Data<AdminArticleDTO>>()({ method: 'PUT', path: '/api/admin/articles/:id', request: ArticleWriteSchema }),
  articleExport: route<Blob>()({ method: 'GET', path: '/api/admin/articles/:id/export', request: null }),
  articlePublish: route<Data<PublishResultDTO>>()({ method: 'POST', path: '/api/admin/articles/:id/publish', request: PublishSchema }),
  articleArchive: route<Data<AdminArticleDTO>>()({ method: 'POST', path: '/api/admin/articles/:id/archive', request: null }),
  articleUnarchive: route<Data<AdminArticleDTO>>()({ method: 'POST', path: '/api/admin/articles/:id/unarchive', request: null }),
  articleMarkPublished: route<Data<AdminArticleDTO>>()({ method: 'POST', path: '/api/admin/articles/:id/mark-published', request: MarkPublishedSchema }),

  updates: route<Data<AdminUpdateDTO[]>>()({ method: 'GET', path: '/api/admin/updates', request: null }),
  updateCreate: route<Data<AdminUpdateDTO>>()({ method: 'POST', path: '/api/admin/updates', request: UpdateWriteSchema }),
  update: route<Data<AdminUpdateDTO>>()({ method: 'GET', path: '/api/admin/updates/:id', request: null }),
  updateSave: route<Data<AdminUpdateDTO>>()({ method: 'PUT', path: '/api/admin/updates/:id', request: UpdateWriteSchema }),
  updateExpire: route<Data<AdminUpdateDTO>>()({ method: 'POST', path: '/api/admin/updates/:id/expire', request: null }),
  updatePublish: route<Data<PublishResultDTO>>()({ method: 'POST', path: '/api/admin/updates/:id/publish', request: PublishSchema }),
  updateMarkPublished: route<Data<AdminUpdateDTO>>()({ method: 'POST', path: '/api/admin/updates/:id/mark-published', request: MarkPublishedSchema }),

  screen: route<Data<ScreenHit[]>>()({ method: 'POST', path: '/api/admin/screen', request: ScreenRequestSchema }),
  screenAccept: route<Data<unknown[]>>()({ method: 'POST', path: '/api/admin/screen/accept', request: AcceptRequestSchema }),
  screenWithdraw: route<Data<unknown[]>>()({ method: 'POST', path: '/api/admin/screen/withdraw', request: WithdrawRequestSchema }),
  preview: route<Data<{ html: string }>>()({ method: 'POST', path: '/api/admin/preview', request: PreviewSchema }),

  audit: route<Data<AuditEntryDTO[]>>()({ method: 'GET', path: '/api/admin/audit', request: AuditQuerySchema }),

  services: route<Data<AdminServiceDTO[]>>()({ method: 'GET', path: '/api/admin/services', request: null }),
  serviceVerify: route<Data<AdminServiceDTO>>()({ method: 'POST', path: '/api/admin/services/:id/verify', request: null }),

  imageUpload: route<Data<{ id: string; url: string; size: number; contentType: string }>>()({ method: 'POST', path: '/api/admin/images', request: null }),
  image: route<Blob>()({ method: 'GET', path: '/api/admin/images/:id', request: null }),

  draft: route<Data<{ fields: DraftFields; savedAt: string } | null>>()({ method: 'GET', path: '/api/admin/drafts/:key', request: null }),
  draftSave: route<Data<{ savedAt: string }>>()({ method: 'PUT', path: '/api/admin/drafts/:key', request: DraftWriteSchema }),
  draftDelete: route<void>()({ method: 'DELETE', path: '/api/admin/drafts/:key', request: null }),

  reports: route<Data<ModerationReportDTO[]>>()({ method: 'GET', path: '/api/admin/reports', request: ModerationQuerySchema }),
  reportDecide: route<Data<ModerationReportDTO>>()({ method: 'POST', path: '/api/admin/reports/:id/:decision', request: null }),

  descriptionAlerts: route<Data<ModerationDescriptionAlertDTO[]>>()({ method: 'GET', path: '/api/admin/description-alerts', request: DescriptionModerationQuerySchema }),
  descriptionAlertApprove: route<Data<ModerationDescriptionAlertDTO>>()({ method: 'POST', path: '/api/admin/description-alerts/:id/approve', request: DescriptionApproveSchema }),
  descriptionAlertReject: route<Data<ModerationDescriptionAlertDTO>>()({ method: 'POST', path: '/api/admin/description-alerts/:id/reject', request: null }),

  scenes: route<Meta<ScenesDTO, { codes: FlyerCodesDTO }>>()({ method: 'GET', path: '/api/admin/scenes', request: ScenesListSchema }),
  sceneCreate: route<Data<SceneCodeDTO>>()({ method: 'POST', path: '/api/admin/scenes', request: ScenesCreateSchema }),
  sceneQr: route<Blob>()({ method: 'GET', path: '/api/admin/scenes/:code/qr.png', request: null }),
  sceneFlyerPdf: route<Blob>()({ method: 'GET', path: '/api/admin/scenes/:code/flyer.pdf', request: null }),
  sceneFlyerSvg: route<Blob>()({ method: 'GET', path: '/api/admin/scenes/:code/flyer.svg', request: null }),

  inbox: route<Meta<InboxConversationDTO[], { retentionDays: number }>>()({ method: 'GET', path: '/api/admin/inbox', request: null }),
  conversation: route<Data<InboxConversationViewDTO>>()({ method: 'GET', path: '/api/admin/inbox/:id', request: null }),
  conversationReply: route<Data<InboxConversationViewDTO>>()({ method: 'POST', path: '/api/admin/inbox/:id/reply', request: InboxReplySchema }),
  conversationReplyImage: route<Data<InboxConversationViewDTO>>()({ method: 'POST', path: '/api/admin/inbox/:id/reply-image', request: null }),
  conversationUpdate: route<Data<InboxConversationViewDTO>>()({ method: 'PUT', path: '/api/admin/inbox/:id', request: InboxUpdateSchema }),
  conversationMedia: route<Blob>()({ method: 'GET', path: '/api/admin/inbox/:id/media/:messageId', request: null }),

  digests: route<Meta<DigestListItemDTO[], Quota>>()({ method: 'GET', path: '/api/admin/digests', request: null }),
  digestDraft: route<Data<{ week: { start: string; end: string }; drafted: DigestListItemDTO[]; kept: DigestListItemDTO[]; quiet: string[] }>>()({ method: 'POST', path: '/api/admin/digests/draft', request: DigestDraftSchema }),
  digest: route<Meta<DigestDTO, Quota>>()({ method: 'GET', path: '/api/admin/digests/:id', request: null }),
  digestSave: route<Data<DigestDTO>>()({ method: 'PUT', path: '/api/admin/digests/:id', request: DigestWriteSchema }),
  digestApprove: route<Data<DigestDTO>>()({ method: 'POST', path: '/api/admin/digests/:id/approve', request: null }),
  digestPublish: route<Data<PublishResultDTO>>()({ method: 'POST', path: '/api/admin/digests/:id/publish', request: DigestPublishSchema }),
  digestMarkPublished: route<Data<DigestDTO>>()({ method: 'POST', path: '/api/admin/digests/:id/mark-published', request: MarkPublishedSchema }),
  digestNotify: route<Meta<DigestDTO, Quota>>()({ method: 'POST', path: '/api/admin/digests/:id/notify', request: null }),

  sheet: route<Blob>()({ method: 'GET', path: '/api/admin/sheet', request: SheetQuerySchema }),
} as const;

export type AdminRoutes = typeof ADMIN_ROUTES;
export type AdminRouteName = keyof AdminRoutes;

/** Any route of either table, public (routes.ts) or console (this file). */
export type AnyRoute = RouteDef<Method, string, z.ZodType | null, unknown>;

/** The parameters a path names: `{ id: string }` for `/api/admin/articles/:id`. */
export type ParamsOf<P extends string> = P extends `${string}:${infer K}/${infer Rest}`
  ? { [k in K]: string } & ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer K}`
    ? { [k in K]: string }
    : Record<never, never>;

/** What a client sends (the query of a GET, the body otherwise): its schema's input, where defaults may be left out. */
export type InputOf<R extends AnyRoute> = R['request'] extends z.ZodType ? z.input<R['request']> : undefined;

/** The body of a successful answer: the admin table's `answer`, `Envelope<response>` for a public route. */
export type AnswerOf<R extends AnyRoute> = 'answer' extends keyof R ? (R extends { answer?: infer A } ? Exclude<A, undefined> : never) : Envelope<Exclude<R['response'], undefined>>;
