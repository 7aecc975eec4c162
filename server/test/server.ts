import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config';
import type { Logger } from '../src/logger';
import { startServer, type Running } from '../src/server';
import { engine, freshDataDir, freshPostgresUrl } from './db';

export interface TestServer extends Running {
  url: string;
  config: Config;
  /** Every log line the server wrote, as text. */
  logs: string[];
}

/** A logger that keeps its lines, so a test can prove what never reaches the logs. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: pino({ level: 'debug', base: undefined }, stream) as Logger, lines };
}

export const TEST_ALERTS_SECRET = 'lotus-test-alerts-secret-0123456789abcdef';
/** Likewise for the inbox: the database keeps its fingerprint and refuses another (inbox/startupTask.ts). */
export const TEST_INBOX_SECRET = 'lotus-test-inbox-secret-0123456789abcdef';

export const SHIPPED_CONTENT = path.resolve(__dirname, '../../content');

/**
 * The real server on 127.0.0.1 and a free port, on a fresh database of the engine under test.
 * `env` overrides configuration (e.g. CONTENT_DIR for a small fixture).
 */
export async function startTestServer(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<TestServer> {
  const dataDir = engine === 'pglite' ? await freshDataDir() : fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-data-'));
  // One alerts secret for every test server, as every process of one deployment shares one: two
  // servers on one PostgreSQL database with different secrets refuse to start (alerts/keyring.ts).
  const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'debug', NODE_ENV: 'test', ALERTS_SECRET: TEST_ALERTS_SECRET, INBOX_SECRET: TEST_INBOX_SECRET };
  if (engine === 'postgres') env.DATABASE_URL = await freshPostgresUrl();
  const config = loadConfig({ ...env, ...options.env });
  const { logger, lines } = captureLogger();
  const running = await startServer(config, logger, { now: options.now });
  return {
    ...running,
    config,
    logs: lines,
    url: `http://127.0.0.1:${running.port}`,
    async close() {
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
