import Taro from '@tarojs/taro';
import type { ApiErrorBody } from '@lotus/server/contract/errors';
import { apiBase } from '../config';
import { cache } from '../cache';

/** An error as a value the page can show. `status` 0 means the network itself failed. */
export interface ApiError {
  status: number;
  /** A code of the API's catalogue, or `network` / `http_error`: what the page translates (locales/errors.ts). */
  code: string;
  /** The server's English sentence, for logs; never shown to her. */
  message: string;
  field?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Data from a read endpoint, with how old it is and whether it came from the device because the network failed. */
export type Loaded<T> = { ok: true; data: T; savedAt: number; offline: boolean } | { ok: false; error: ApiError };

/** A cached answer younger than this is used without asking the server at all. */
export const FRESH_MS = 5 * 60_000;
const TIMEOUT_MS = 15_000;

type Query = Record<string, string | undefined>;

function queryString(query: Query): string {
  const parts = Object.keys(query)
    .filter((k) => query[k] !== undefined && query[k] !== '')
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k] as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function headerValue(header: Record<string, unknown> | undefined, name: string): string | null {
  if (!header) return null;
  const key = Object.keys(header).find((k) => k.toLowerCase() === name);
  const value = key ? header[key] : undefined;
  return typeof value === 'string' ? value : null;
}

function errorFrom(status: number, body: unknown): ApiError {
  const err = (body as Partial<ApiErrorBody> | null)?.error;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return { status, code: err.code, message: err.message, ...(typeof err.field === 'string' ? { field: err.field } : {}) };
  }
  return { status, code: status === 0 ? 'network' : 'http_error', message: '' };
}

interface RawResponse {
  status: number;
  body: unknown;
  etag: string | null;
}

async function raw(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, header: Record<string, string> = {}): Promise<RawResponse> {
  try {
    const res = await Taro.request({
      url: apiBase() + path,
      method,
      data: body,
      header: body === undefined ? header : { 'Content-Type': 'application/json', ...header },
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
    return { status: res.statusCode, body: res.data, etag: headerValue(res.header as Record<string, unknown>, 'etag') };
  } catch {
    return { status: 0, body: null, etag: null };
  }
}

const inFlight = new Map<string, Promise<Loaded<unknown>>>();

/** The cached copy of a read endpoint, if any, to show at once while `load` revalidates it. */
export function peek<T>(path: string, query: Query = {}): Loaded<T> | null {
  const hit = cache.response<T>(path + queryString(query));
  return hit ? { ok: true, data: hit.data, savedAt: hit.savedAt, offline: false } : null;
}

/**
 * GET a read endpoint through the device cache: a fresh copy is used as is, an older one is
 * revalidated with If-None-Match (a 304 costs no body), and with no network the last copy is
 * returned marked `offline`. Identical requests in flight share one network call.
 */
export function load<T>(path: string, query: Query = {}, { force = false }: { force?: boolean } = {}): Promise<Loaded<T>> {
  const key = path + queryString(query);
  const hit = cache.response<T>(key);
  if (hit && !force && Date.now() - hit.savedAt < FRESH_MS) {
    return Promise.resolve({ ok: true, data: hit.data, savedAt: hit.savedAt, offline: false });
  }
  const running = inFlight.get(key);
  if (running) return running as Promise<Loaded<T>>;
  const call = (async (): Promise<Loaded<T>> => {
    const res = await raw('GET', key, undefined, hit?.etag ? { 'If-None-Match': hit.etag } : {});
    const now = Date.now();
    if (res.status === 304 && hit) {
      cache.setResponse(key, { ...hit, savedAt: now });
      return { ok: true, data: hit.data, savedAt: now, offline: false };
    }
    if (res.status === 200 && res.body && typeof res.body === 'object' && 'data' in res.body) {
      const data = (res.body as { data: T }).data;
      cache.setResponse(key, { etag: res.etag, data, savedAt: now });
      return { ok: true, data, savedAt: now, offline: false };
    }
    if (hit && (res.status === 0 || res.status >= 500)) return { ok: true, data: hit.data, savedAt: hit.savedAt, offline: true };
    return { ok: false, error: errorFrom(res.status, res.body) };
  })();
  inFlight.set(key, call);
  void call.finally(() => inFlight.delete(key));
  return call;
}

/** POST or DELETE; the body of a 2xx answer is `{ data }` or empty (204). */
export async function send<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<Result<T>> {
  const res = await raw(method, path, body);
  if (res.status >= 200 && res.status < 300) {
    const data = res.body && typeof res.body === 'object' && 'data' in res.body ? (res.body as { data: T }).data : (undefined as T);
    return { ok: true, data };
  }
  return { ok: false, error: errorFrom(res.status, res.body) };
}
