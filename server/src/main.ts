import path from 'node:path';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { ensurePgliteDir } from './db/pgliteDir';
import { createLogger } from './logger';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  // A first start on the embedded database creates it in a child process (initdb: seconds of CPU);
  // started before the server's modules load, the two share the machine's cores. Errors surface
  // where the server opens the database.
  if (!config.DATABASE_URL) ensurePgliteDir(path.join(config.DATA_DIR, 'pglite')).catch(() => {});
  let running;
  try {
    const { startServer } = await import('./server');
    running = await startServer(config, logger);
  } catch (e) {
    const message = e instanceof DataDirLockedError ? e.message : `could not start: ${(e as Error).message}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  logger.info({ port: running.port, db: running.deps.db.kind }, `Lotus listening on http://127.0.0.1:${running.port}`);
  // SIGTERM (systemd, a deploy) and Ctrl-C: finish the requests in progress, close the database and
  // release DATA_DIR, then exit 0. A second signal does not wait.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in progress');
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (e: Error) => {
        logger.error({ err: e.message }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
