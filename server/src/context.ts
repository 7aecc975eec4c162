import type { Config } from './config';
import type { Db } from './db/dataSource';
import type { Logger } from './logger';

/** What every handler can reach through `ctx.deps`. */
export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** The clock, so tests can stand on either side of a summer-time change. */
  now(): Date;
}

declare module 'koa' {
  interface DefaultContext {
    deps: AppDeps;
  }
}
