import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mediatorAdd from '../commands/mediatorAdd';
import { loadConfig } from '../config';
import { engine, freshPostgresUrl } from '../../test/db';
import { postJson } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { openConfiguredDb } from '../server';
import { backupKind, BackupError, pgRestore, restoreJson } from './backup';

const ROOT = path.resolve(__dirname, '../../..');
const SECRET = 'b'.repeat(40);
const TABLES = ['reports', 'mediators', 'articles', 'scan_counts'];
const PHONE = { kind: 'phone', value: '06 12 34 56 78' };

async function contents(s: TestServer): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await s.deps.db.dataSource.query(`SELECT * FROM "${t}" ORDER BY 1`);
  return out;
}

describe(`npm run db:backup and db:restore on ${engine}`, () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-backup-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('round trip: reports, mediators, articles and scan counts come back identical, and the restored server answers the same check', async () => {
    const env = { ALERTS_SECRET: SECRET, ALERTS_PENDING_DELAY_HOURS: '0' };
    const source = await startTestServer({ env });
    let before: Record<string, unknown[]>;
    let checked: unknown;
    const file = path.join(work, engine === 'postgres' ? 'lotus.dump' : 'lotus.json.gz');
    try {
      await source.deps.db.dataSource.transaction((m) => mediatorAdd({ m, username: 'amy', role: 'admin', password: 'a long enough password', now: new Date() }));
      expect((await postJson(`${source.url}/api/reports`, { ...PHONE, category: 'violence', level: 'dangerous', device: 'device-1-000000000000' })).status).toBe(201);
      await source.deps.db.dataSource.query(`UPDATE reports SET status = 'approved', decided_at = now()`);
      expect((await postJson(`${source.url}/api/scan`, { scene: 'c=paris' })).status).toBe(204);
      before = await contents(source);
      expect(before.reports).toHaveLength(1);
      expect(before.mediators).toHaveLength(1);
      expect(before.scan_counts).toHaveLength(1);
      checked = (await postJson(`${source.url}/api/check`, PHONE)).body;

      // The backup runs as its own process while the server runs (on PGlite, through its socket).
      const dbEnv = source.config.DATABASE_URL ? { DATABASE_URL: source.config.DATABASE_URL } : { DATA_DIR: source.config.DATA_DIR, DATABASE_URL: '' };
      const backup = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', file], { cwd: ROOT, env: { ...process.env, ...dbEnv } }, (err, stdout, stderr) =>
          resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
      expect(backup).toMatchObject({ code: 0, stderr: '' });
      expect(backupKind(file)).toBe(engine === 'postgres' ? 'pg_dump' : 'json');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      await source.close();
    }

    // Into a new, empty database.
    const target: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: path.join(work, 'restored'), DATABASE_URL: '' };
    if (engine === 'postgres') pgRestore(target.DATABASE_URL, file);
    else {
      const { db, unlock } = await openConfiguredDb(loadConfig({ ...target, NODE_ENV: 'test' }));
      try {
        await db.dataSource.runMigrations();
        await restoreJson(db, file);
      } finally {
        await db.close();
        unlock();
      }
    }
    const restored = await startTestServer({ env: { ...env, ...target } });
    try {
      expect(await contents(restored)).toEqual(before);
      expect((await postJson(`${restored.url}/api/check`, PHONE)).body).toEqual(checked);
    } finally {
      await restored.close();
    }
  }, 300_000);

  it.skipIf(engine !== 'pglite')('refuses a backup of another schema version and a file that is not a backup, changing nothing', async () => {
    const s = await startTestServer();
    try {
      const file = path.join(work, 'lotus.json.gz');
      const other = path.join(work, 'old.json.gz');
      const doc = JSON.parse((await import('node:zlib')).gunzipSync(fs.readFileSync(file)).toString('utf8'));
      doc.migrations = doc.migrations.slice(0, -1);
      fs.writeFileSync(other, (await import('node:zlib')).gzipSync(JSON.stringify(doc)));
      const articles = await s.deps.db.dataSource.query('SELECT count(*)::int AS n FROM articles');
      await expect(restoreJson(s.deps.db, other)).rejects.toThrow(/was made at schema version .* restore it with the Lotus version that made it/);
      const junk = path.join(work, 'junk');
      fs.writeFileSync(junk, 'hello');
      expect(() => backupKind(junk)).toThrow(BackupError);
      expect(await s.deps.db.dataSource.query('SELECT count(*)::int AS n FROM articles')).toEqual(articles);
    } finally {
      await s.close();
    }
  }, 120_000);
});
