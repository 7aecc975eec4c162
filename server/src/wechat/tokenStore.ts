import type { DataSource } from 'typeorm';
import type API from 'wechat-api';

/** A token this close to its expiry is renewed rather than used: a call takes time to reach WeChat. */
const MARGIN_MS = 5 * 60_000;

export interface TokenStore {
  /** A valid token, fetched from WeChat (once, whatever the number of processes) when needed. */
  get(): Promise<API.AccessToken>;
  /** Forgets a token WeChat rejected, unless another process already replaced it. */
  invalidate(accessToken: string): Promise<void>;
}

interface Row {
  access_token: string | null;
  expires_at: Date | string | null;
}

function usable(row: Row | undefined, now: number): API.AccessToken | null {
  if (!row?.access_token || !row.expires_at) return null;
  const expireTime = new Date(row.expires_at).getTime();
  return expireTime - MARGIN_MS > now ? { accessToken: row.access_token, expireTime } : null;
}

/**
 * The token lives in `wechat_tokens`. A refresh runs in a transaction holding the row's lock
 * (`SELECT ... FOR UPDATE`, on PostgreSQL and PGlite alike): a second process waits, then finds the
 * fresh token and does not fetch another (which would cancel the first). Within one process,
 * concurrent callers also share one refresh so they do not each hold a connection while waiting.
 */
export function dbTokenStore(dataSource: DataSource, appid: string, fetchToken: () => Promise<API.AccessToken>): TokenStore {
  let refreshing: Promise<API.AccessToken> | null = null;

  const refresh = () =>
    dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO wechat_tokens (appid) VALUES ($1) ON CONFLICT (appid) DO NOTHING', [appid]);
      const rows: Row[] = await manager.query('SELECT access_token, expires_at FROM wechat_tokens WHERE appid = $1 FOR UPDATE', [appid]);
      const current = usable(rows[0], Date.now());
      if (current) return current;
      const token = await fetchToken();
      await manager.query('UPDATE wechat_tokens SET access_token = $2, expires_at = $3 WHERE appid = $1', [
        appid,
        token.accessToken,
        new Date(token.expireTime),
      ]);
      return token;
    });

  return {
    async get() {
      const rows: Row[] = await dataSource.query('SELECT access_token, expires_at FROM wechat_tokens WHERE appid = $1', [appid]);
      const current = usable(rows[0], Date.now());
      if (current) return current;
      refreshing ??= refresh().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
    async invalidate(accessToken) {
      await dataSource.query('UPDATE wechat_tokens SET expires_at = NULL WHERE appid = $1 AND access_token = $2', [appid, accessToken]);
    },
  };
}
