import type { AnswerOf, AnyRoute, InputOf, ParamsOf } from '../../contract/adminRoutes';
import { ERROR_TEXTS, errorText } from './errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null,
    /** The input the server names, e.g. `slug`: the page highlights it. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

function known(code: string): code is keyof typeof ERROR_TEXTS.zh {
  return Object.prototype.hasOwnProperty.call(ERROR_TEXTS.zh, code);
}

/**
 * The sentence to show a mediator for an error, always the console's own (never the server's English).
 * `label` names a field in her language for sentences such as "标题：请填写。".
 */
export function explain(e: unknown, label: (field: string) => string = (f) => f): string {
  if (!(e instanceof ApiError)) return errorText('network');
  const code = known(e.code) ? e.code : 'internal';
  return errorText(code, { field: e.field ? label(e.field) : '', minutes: Math.max(1, Math.ceil((e.retryAfter ?? 900) / 60)) }).replace(/^[：:]\s*/, '');
}

let csrfToken = '';
/** Called when a request meets a 401; resolves once the mediator has signed in again. */
let relogin: ((reason: ApiError) => Promise<void>) | null = null;
/** Several calls can meet the same expiry at once: they all wait for one sign-in box. */
let pending: Promise<void> | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onUnauthorized(handler: (reason: ApiError) => Promise<void>): void {
  relogin = handler;
}

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network', null);
  }
}

async function toError(res: Response): Promise<ApiError> {
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string } } | null;
  const retry = Number(res.headers.get('Retry-After'));
  return new ApiError(res.status, json?.error?.code ?? 'internal', json?.error?.message ?? res.statusText, Number.isFinite(retry) && retry > 0 ? retry : null, json?.error?.field ?? null);
}

/**
 * One admin API call. A 401 opens the sign-in box over the page (what was typed stays there) and the
 * call is sent again once signed in.
 */
export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, retried = false): Promise<T> {
  const res = await send(method, url, body);
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
  const err = await toError(res);
  if (err.status === 401 && !retried && relogin && !url.endsWith('/login')) {
    pending ??= relogin(err).finally(() => {
      pending = null;
    });
    // Closed without signing in: the call fails with the expiry, and the page keeps what was typed.
    const signedIn = await pending.then(
      () => true,
      () => false,
    );
    if (!signedIn) throw err;
    return api<T>(method, url, body, true);
  }
  throw err;
}

/**
 * A route's path with its parameters filled in and, when given, `query` appended: for a file to
 * download or show (`download(pathOf(ADMIN_ROUTES.sheet, {}, { city }))`).
 */
export function pathOf<R extends AnyRoute>(route: R, params: ParamsOf<R['path']>, query?: InputOf<R>): string {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name]));
  const pairs = Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  return pairs.length ? `${path}?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}` : path;
}

/** The body or query a route takes, as call()'s last argument: none for a route without a schema. */
type Input<R extends AnyRoute> = InputOf<R> extends undefined ? [] : [input: InputOf<R>];

/**
 * One call of a route of the tables in contract/ (ADMIN_ROUTES, or ROUTES for the public ones): the
 * path, the body (a GET's query) and the answer's type all come from the table, so a wrong path or
 * body fails the console's build. A 401 opens the sign-in box, as api() does.
 */
export function call<R extends AnyRoute>(route: R, params: ParamsOf<R['path']>, ...[input]: Input<R>): Promise<AnswerOf<R>> {
  return route.method === 'GET' ? api(route.method, pathOf(route, params, input)) : api(route.method, pathOf(route, params), input);
}

/** call() without the sign-in box on a 401: asking whether a session is open, or closing it. */
export function callSignedOut<R extends AnyRoute>(route: R, params: ParamsOf<R['path']>, ...[input]: Input<R>): Promise<AnswerOf<R>> {
  return route.method === 'GET' ? api(route.method, pathOf(route, params, input), undefined, true) : api(route.method, pathOf(route, params), input, true);
}

/** Sends a file as the request body (an image for an article); a 401 opens the sign-in box, as api() does. */
export async function uploadFile<R extends AnyRoute>(route: R, params: ParamsOf<R['path']>, file: Blob): Promise<AnswerOf<R>> {
  return sendFile(pathOf(route, params), file);
}

async function sendFile<T>(url: string, file: Blob, retried = false): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': csrfToken }, body: file });
  } catch {
    throw new ApiError(0, 'network', 'network', null);
  }
  if (res.ok) return (await res.json()) as T;
  const err = await toError(res);
  if (err.status === 401 && !retried && relogin) {
    pending ??= relogin(err).finally(() => {
      pending = null;
    });
    if (!(await pending.then(() => true, () => false))) throw err;
    return sendFile<T>(url, file, true);
  }
  throw err;
}

export async function download(url: string): Promise<{ filename: string; blob: Blob }> {
  const res = await send('GET', url);
  if (!res.ok) throw await toError(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'article.md';
  return { filename: name, blob: await res.blob() };
}
