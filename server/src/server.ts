import fs from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { Config } from './config';
import type { AppDeps } from './context';
import { openDb, type Db } from './db/dataSource';
import { lockDataDir } from './db/lock';
import { clientErrorHandler } from './middleware/hardening';
import { importContent } from './content/importer';
import { loadContent } from './content/loader';
import type { Logger } from './logger';
import { Article, City } from './entities';
import { startupTasks } from './startup';
import { changeWatch, stopChangeWatch } from './snapshot/watch';

export interface Running {
  server: Server;
  deps: AppDeps;
  port: number;
  close(): Promise<void>;
}

export async function openConfiguredDb(config: Config): Promise<{ db: Db; unlock: () => void }> {
  if (config.DATABASE_URL) return { db: await openDb({ databaseUrl: config.DATABASE_URL }), unlock: () => {} };
  const unlock = lockDataDir(config.DATA_DIR);
  try {
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    return { db: await openDb({ pgliteDir: `${config.DATA_DIR}/pglite` }), unlock };
  } catch (e) {
    unlock();
    throw e;
  }
}

/** An empty database gets the shipped content, so a fresh `npm start` serves something real. */
async function importIfEmpty(deps: AppDeps): Promise<void> {
  const ds = deps.db.dataSource;
  const empty = (await ds.getRepository(City).count()) === 0 && (await ds.getRepository(Article).count()) === 0;
  if (!empty) return;
  const report = await importContent(ds, loadContent(deps.config.CONTENT_DIR));
  deps.logger.info({ cities: report.cities.inserted, services: report.services.inserted, articles: report.articles.inserted }, 'content imported');
}

/** Migrates, imports content into an empty database, runs start-up tasks, and listens. */
export async function startServer(config: Config, logger: Logger, options: { now?: () => Date } = {}): Promise<Running> {
  const { db, unlock } = await openConfiguredDb(config);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const deps: AppDeps = { config, db, logger, now: options.now ?? (() => new Date()) };
    await importIfEmpty(deps);
    await startupTasks(deps);
    changeWatch(db, logger);
    const app = createApp(deps);
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.PORT, config.HOST, () => resolve(s));
      s.on('clientError', clientErrorHandler);
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    return {
      server,
      deps,
      port,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stopChangeWatch(db);
        await db.close();
        unlock();
      },
    };
  } catch (e) {
    await stopChangeWatch(db);
    await db.close().catch(() => {});
    unlock();
    throw e;
  }
}
