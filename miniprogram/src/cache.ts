import Taro from '@tarojs/taro';
import type { Lang } from '@lotus/server/contract/lang';
import type { QueuedReport, SentReport } from './lib/reportQueue';

/**
 * Everything the app keeps on the device, in one place (Taro storage: wx storage on WeChat,
 * localStorage on H5). Nothing here identifies the person: a random install id, settings, cached
 * public data and her own pending reports.
 */
const PREFIX = 'lotus:';

function read<T>(key: string): T | null {
  try {
    const value = Taro.getStorageSync(PREFIX + key) as unknown;
    return value === '' || value === undefined || value === null ? null : (value as T);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(PREFIX + key, value);
  } catch {
    // Storage full or disabled: the app still works, it just forgets.
  }
}

function remove(key: string): void {
  try {
    Taro.removeStorageSync(PREFIX + key);
  } catch {
    // Nothing to do: the entry is gone or storage is unavailable.
  }
}

/** One cached API answer: the body, its ETag and when it was last confirmed by the server. */
export interface CachedResponse<T = unknown> {
  etag: string | null;
  data: T;
  /** ms since epoch: last time the server sent or confirmed (304) this body. */
  savedAt: number;
}

export const cache = {
  lang: () => read<Lang>('lang'),
  setLang: (lang: Lang) => write('lang', lang),

  lastCity: () => read<string>('lastCity'),
  setLastCity: (slug: string) => write('lastCity', slug),

  textScale: () => read<number>('textScale') ?? 1,
  setTextScale: (scale: number) => write('textScale', scale),

  /**
   * The install id sent with checks and reports so the server can limit requests and count distinct
   * reporters; never a person's identity. One the server issued (POST /api/device) once it could ask;
   * until then a random one made here, which the server accepts but does not count as a source.
   */
  device(): string {
    const existing = read<string>('device');
    if (existing) return existing;
    let id = '';
    while (id.length < 32) id += Math.random().toString(36).slice(2);
    id = id.slice(0, 32);
    write('device', id);
    return id;
  },
  setDevice: (id: string) => write('device', id),

  response: <T>(key: string) => read<CachedResponse<T>>(`api:${key}`),
  setResponse: <T>(key: string, value: CachedResponse<T>) => write(`api:${key}`, value),
  dropResponse: (key: string) => remove(`api:${key}`),

  queuedReports: () => read<QueuedReport[]>('reports:queue') ?? [],
  setQueuedReports: (list: QueuedReport[]) => write('reports:queue', list),
  sentReports: () => read<SentReport[]>('reports:sent') ?? [],
  setSentReports: (list: SentReport[]) => write('reports:sent', list),
};
