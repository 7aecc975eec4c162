import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAlertKeys } from './alerts/keys';
import { openDb, type Db } from './db/dataSource';
import { engine, freshDataDir, freshPostgresUrl } from '../test/db';
import { freePort, waitUntilAnswers } from '../test/process';

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 's'.repeat(40);

/** The real server in its own process, as systemd runs it; resolves once it answers /healthz. */
async function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', ALERTS_SECRET: SECRET, ALERTS_REPORTS_PER_HOUR: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswers(`${url}/healthz`, child);
  return { child, url, exited };
}

describe(`SIGTERM on ${engine}`, () => {
  let dataDir: string;
  let env: Record<string, string>;
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('finishes the reports in progress, closes the database and frees DATA_DIR: every report answered 201 is there after a restart', async () => {
    dataDir = await freshDataDir();
    env = engine === 'postgres' ? { DATA_DIR: dataDir, DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await startProcess(env);

    const answered: string[] = [];
    let sent = 0;
    let stopAt: () => void;
    const enough = new Promise<void>((r) => (stopAt = r));
    // Eight clients send reports one after another until the server stops answering.
    const client = async (n: number) => {
      for (let i = 0; ; i++) {
        sent++;
        try {
          const res = await fetch(`${first.url}/api/reports`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ kind: 'email', value: `client-${n}-${i}@example.org`, category: 'non-payment', device: `device-${n}-${i}-000000000000` }),
          });
          if (res.status !== 201) return;
          answered.push(((await res.json()) as { data: { reference: string } }).data.reference);
          if (answered.length === 12) stopAt();
        } catch {
          return;
        }
      }
    };
    const clients = Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
    await enough;
    first.child.kill('SIGTERM');
    await clients;
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'lotus.lock'))).toBe(false);
    expect(answered.length).toBeGreaterThanOrEqual(12);

    const second = await startProcess(env);
    let db: Db | undefined;
    try {
      // On the embedded database, through the running server's socket.
      db = env.DATABASE_URL ? await openDb({ databaseUrl: env.DATABASE_URL }) : await openDb({ socketDir: dataDir });
      const keys = createAlertKeys(SECRET);
      const stored = new Set(((await db.dataSource.query('SELECT reference_hash FROM reports')) as Array<{ reference_hash: string }>).map((r) => r.reference_hash));
      expect(answered.filter((ref) => !stored.has(keys.reference(ref)))).toEqual([]);
      expect(stored.size).toBeLessThanOrEqual(sent);
    } finally {
      await db?.close();
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 300_000);
});
