import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { captureLogger } from '../../test/server';
import { ConfigError, loadConfig } from '../config';
import { subscriptionsStartup } from './startupTask';

describe(`the subscriptions key at start on ${engine}`, () => {
  let db: TestDb;
  const deps = (env: Record<string, string>) => ({ config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-lotus-dir', ...env }), db, logger: captureLogger().logger, now: () => new Date() });
  const setUp = { MINIPROGRAM_APPID: 'wxmini', MINIPROGRAM_SECRET: 'mini-secret', SUBSCRIBE_TEMPLATE_ID: 'TPL' };

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('is not needed while city alerts are not set up', async () => {
    await subscriptionsStartup(deps({ NODE_ENV: 'production' }));
    expect(await db.dataSource.query(`SELECT * FROM subscriptions_keys`)).toEqual([]);
  });

  it('stops a production start without SUBSCRIPTIONS_SECRET once they are', async () => {
    await expect(subscriptionsStartup(deps({ ...setUp, NODE_ENV: 'production' }))).rejects.toThrow('SUBSCRIPTIONS_SECRET must be set in production');
  });

  it('keeps the first key’s fingerprint and refuses another', async () => {
    await subscriptionsStartup(deps({ ...setUp, SUBSCRIPTIONS_SECRET: 'a'.repeat(40) }));
    await subscriptionsStartup(deps({ ...setUp, SUBSCRIPTIONS_SECRET: 'a'.repeat(40) }));
    const other = subscriptionsStartup(deps({ ...setUp, SUBSCRIPTIONS_SECRET: 'b'.repeat(40) }));
    await expect(other).rejects.toBeInstanceOf(ConfigError);
    await expect(other).rejects.toThrow('SUBSCRIPTIONS_SECRET is not the key the alert subscriptions were sealed with');
  });
});
