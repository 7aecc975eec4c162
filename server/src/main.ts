import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { createLogger } from './logger';
import { startServer } from './server';

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
  let running;
  try {
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
