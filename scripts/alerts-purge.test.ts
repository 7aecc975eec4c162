import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertKeys } from '../server/src/alerts/keys';
import { openDb, type Db } from '../server/src/db/dataSource';
import { engine, freshDataDir, freshPostgresUrl } from '../server/test/db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

describe(`npm run alerts:purge on ${engine}`, () => {
  let env: Record<string, string>;
  let open: () => Promise<Db>;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const url = await freshPostgresUrl();
      env = { DATABASE_URL: url };
      open = () => openDb({ databaseUrl: url });
    } else {
      dataDir = await freshDataDir();
      env = { DATA_DIR: dataDir };
      open = () => openDb({ pgliteDir: path.join(dataDir as string, 'pglite') });
    }
    const db = await open();
    await db.dataSource.runMigrations();
    const keys = createAlertKeys('k'.repeat(32));
    const insert = (ref: string, createdAt: Date, status: string) =>
      db.dataSource.query(
        `INSERT INTO reports (reference_hash, kind, identifier_hash, masked, device_hash, categories, level, month, status, created_at)
         VALUES ($1, 'email', $2, 'a•••@b•••.fr', $3, ARRAY['other'], 'risky', '2024-01', $4, $5)`,
        [keys.reference(ref), keys.identifier('email', 'a@b.fr'), keys.device(ref), status, createdAt],
      );
    const now = Date.now();
    await insert('old-approved', new Date(now - 25 * 31 * 86_400_000), 'approved');
    await insert('old-pending', new Date(now - 25 * 31 * 86_400_000), 'pending');
    await insert('recent', new Date(now - 86_400_000), 'approved');
    await db.dataSource.query(`INSERT INTO rate_limits (key, window_start, hits) VALUES ('check:ip:x', $1, 3), ('check:ip:y', $2, 1)`, [
      new Date(now - 3 * 3_600_000),
      new Date(now),
    ]);
    // One conversation with a message 31 days old and one from yesterday: only the old message goes.
    const [{ id: conversation }] = await db.dataSource.query(
      `INSERT INTO inbox_conversations (sender_key, openid_sealed, last_incoming_at, last_activity_at) VALUES ('k1', '\\x00', $1, $1) RETURNING id`,
      [new Date(now - 86_400_000)],
    );
    await db.dataSource.query(
      `INSERT INTO inbox_messages (conversation_id, direction, kind, body_sealed, at) VALUES ($1, 'in', 'text', '\\x01', $2), ($1, 'in', 'text', '\\x02', $3)`,
      [conversation, new Date(now - 31 * 86_400_000), new Date(now - 86_400_000)],
    );
    // Description alerts expire with the reports: one 25 months old goes, one from yesterday stays.
    await db.dataSource.query(
      `INSERT INTO description_alerts (city, month, categories, text, status, level, created_at) VALUES ('paris', '2024-01', ARRAY['other'], 'old', 'approved', 'danger', $1), ('paris', '2026-01', ARRAY['other'], 'recent', 'pending', NULL, $2)`,
      [new Date(now - 25 * 31 * 86_400_000), new Date(now - 86_400_000)],
    );
    // The script opens the database itself; the embedded one allows a single process.
    await db.close();
  });
  afterAll(() => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('deletes expired reports and description alerts, closed windows and old inbox messages, says how many and nothing else', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/alerts-purge.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'test', ALERTS_RETENTION_MONTHS: '24' },
    });
    const db = await open();
    try {
      expect((await db.dataSource.query(`SELECT count(*) AS n FROM reports`))[0].n).toBe(1);
      expect(stdout).toBe('purged 2 report(s) older than 24 months and 1 closed rate-limit window(s)\npurged 1 inbox message(s) older than 30 days and 0 conversation(s) left empty\npurged 1 description alert(s) older than 24 months\n');
      expect((await db.dataSource.query(`SELECT text FROM description_alerts`)).map((r: { text: string }) => r.text)).toEqual(['recent']);
      expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM inbox_messages`))[0].n).toBe(1);
      expect((await db.dataSource.query(`SELECT key FROM rate_limits`)).map((r: { key: string }) => r.key)).toEqual(['check:ip:y']);
    } finally {
      await db.close();
    }
    // A process start on a machine that may be busy.
  }, 120_000);
});
