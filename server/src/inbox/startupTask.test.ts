import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { loadConfig } from '../config';
import type { AppDeps } from '../context';
import type { Logger } from '../logger';
import { inboxStartup } from './startupTask';

describe(`inbox start-up on ${engine}`, () => {
  let db: TestDb;
  const deps = (secret: string) =>
    ({ config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-never-written', INBOX_SECRET: secret }), db, now: () => new Date('2026-11-30T12:00:00Z'), logger: pino({ level: 'silent' }) as Logger }) as unknown as AppDeps;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('keeps the fingerprint of the first key and refuses another, so no process seals what the others cannot open', async () => {
    await inboxStartup(deps('the-first-inbox-secret-of-32-characters'));
    await inboxStartup(deps('the-first-inbox-secret-of-32-characters'));
    await expect(inboxStartup(deps('another-inbox-secret-of-32-characters!'))).rejects.toThrow("configuration: INBOX_SECRET is not the key this database's inbox was sealed with");
    const [row] = await db.dataSource.query(`SELECT fingerprint FROM inbox_keys`);
    expect(row.fingerprint).not.toContain('first');
  });
});
