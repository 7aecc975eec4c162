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
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
