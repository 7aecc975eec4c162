import type { z } from 'zod';
import type { CheckResponse, DeviceIssuedResponse, ReportCreatedResponse } from './alerts';
import { CheckRequestSchema, ReportCreateSchema } from './alerts';
import type { ArticleDTO, ArticleSummaryDTO } from './articles';
import { ArticleQuerySchema, ArticlesQuerySchema } from './articles';
import type { DescriptionAlertCreatedResponse, DescriptionAlertDTO } from './descriptionAlerts';
import { DescriptionAlertCreateSchema, DescriptionAlertsQuerySchema } from './descriptionAlerts';
import type { CityDTO, ServiceDTO } from './directory';
import { CitiesQuerySchema, ServicesQuerySchema } from './directory';
import type { ProgrammeDTO } from './programme';
import { ScanSchema } from './scan';
import type { SubscriptionConfigResponse, SubscriptionCreatedResponse, SubscriptionWithdrawnResponse } from './subscriptions';
import { SubscriptionCreateSchema, SubscriptionWithdrawSchema } from './subscriptions';
import type { UpdateDTO } from './updates';
import { UpdatesQuerySchema } from './updates';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One route of the public API: method, path (`:name` for a parameter), the zod schema of its query
 * (GET) or body, and — as a type only — what `data` holds in its answer.
 */
export interface RouteDef<M extends Method, P extends string, Req extends z.ZodType | null, Res> {
  method: M;
  path: P;
  request: Req;
  /** Never set: carries the response type for clients. */
  response?: Res;
}

const route =
  <Res>() =>
  <const M extends Method, const P extends string, Req extends z.ZodType | null>(def: { method: M; path: P; request: Req }): RouteDef<M, P, Req, Res> =>
    def;

/**
 * The public API the mini-program calls, in one table. The server parses with these schemas and
 * answers `{ data: Response }` (204, no body, for `void`); the mini-program's services name their paths
 * and types from here with `import type`, so a path or a field renamed on one side breaks the other's
 * build. routes.test.ts checks the table against the routers the server really registers.
 */
export const ROUTES = {
  cities: route<CityDTO[]>()({ method: 'GET', path: '/api/cities', request: CitiesQuerySchema }),
  services: route<ServiceDTO[]>()({ method: 'GET', path: '/api/services', request: ServicesQuerySchema }),
  articles: route<ArticleSummaryDTO[]>()({ method: 'GET', path: '/api/articles', request: ArticlesQuerySchema }),
  article: route<ArticleDTO>()({ method: 'GET', path: '/api/articles/:slug', request: ArticleQuerySchema }),
  updates: route<UpdateDTO[]>()({ method: 'GET', path: '/api/updates', request: UpdatesQuerySchema }),
  programme: route<ProgrammeDTO>()({ method: 'GET', path: '/api/programme', request: null }),
  device: route<DeviceIssuedResponse>()({ method: 'POST', path: '/api/device', request: null }),
  check: route<CheckResponse>()({ method: 'POST', path: '/api/check', request: CheckRequestSchema }),
  reportCreate: route<ReportCreatedResponse>()({ method: 'POST', path: '/api/reports', request: ReportCreateSchema }),
  reportWithdraw: route<void>()({ method: 'DELETE', path: '/api/reports/:reference', request: null }),
  descriptionAlertCreate: route<DescriptionAlertCreatedResponse>()({ method: 'POST', path: '/api/description-alerts', request: DescriptionAlertCreateSchema }),
  descriptionAlerts: route<DescriptionAlertDTO[]>()({ method: 'GET', path: '/api/description-alerts', request: DescriptionAlertsQuerySchema }),
  scan: route<void>()({ method: 'POST', path: '/api/scan', request: ScanSchema }),
  subscriptionConfig: route<SubscriptionConfigResponse>()({ method: 'GET', path: '/api/subscriptions', request: null }),
  subscriptionCreate: route<SubscriptionCreatedResponse>()({ method: 'POST', path: '/api/subscriptions', request: SubscriptionCreateSchema }),
  subscriptionWithdraw: route<SubscriptionWithdrawnResponse>()({ method: 'POST', path: '/api/subscriptions/withdraw', request: SubscriptionWithdrawSchema }),
} as const;

export type Routes = typeof ROUTES;
export type RouteName = keyof Routes;

/** The one shape of a successful JSON answer. */
export interface Envelope<T> {
  data: T;
}

export type PathOf<N extends RouteName> = Routes[N]['path'];
/** A path with its parameters filled in: `/api/articles/${string}` for `/api/articles/:slug`. */
export type Filled<P extends string> = P extends `${infer A}:${string}/${infer B}` ? `${A}${string}/${Filled<B>}` : P extends `${infer A}:${string}` ? `${A}${string}` : P;
/** What a client sends: the schema's input (defaults may be left out). */
export type RequestOf<N extends RouteName> = Routes[N]['request'] extends z.ZodType ? z.input<Routes[N]['request']> : undefined;
/** What `data` holds in the answer. */
export type ResponseOf<N extends RouteName> = Exclude<Routes[N]['response'], undefined>;
