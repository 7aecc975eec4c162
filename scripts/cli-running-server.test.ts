import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../server/test/db';
import { startTestServer, type TestServer } from '../server/test/server';

const ROOT = path.resolve(__dirname, '..');

/**
 * Every database command, each in its own process, while a server holds DATA_DIR on the embedded
 * database: they work through the server's socket, and the server answers throughout.
 */
describe.skipIf(engine !== 'pglite')('the commands while the server runs on the embedded database', () => {
  let server: TestServer;
  let out: string;
  let env: Record<string, string>;

  const run = (script: string, args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(input);
    });
  const query = <T>(sql: string, params: unknown[] = []) => server.deps.db.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    server = await startTestServer();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-cli-'));
    env = { DATA_DIR: server.config.DATA_DIR, DATABASE_URL: '', NODE_ENV: 'test', H5_URL: 'https://lotus.example.org/' };
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  // Each test starts one process on a machine that may be busy: the time is for the start.
  it('mediator:add creates an account', async () => {
    expect(await run('mediator-add', ['amy', '--role', 'admin'], 'a long enough password\n')).toMatchObject({ code: 0, stdout: 'created admin account "amy"\n' });
    expect(await query('SELECT role FROM mediators WHERE username = $1', ['amy'])).toEqual([{ role: 'admin' }]);
  }, 120_000);

  it('content:import finds the content the server imported unchanged', async () => {
    const res = await run('content-import', []);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^cities\s+0 new, 0 changed, 0 removed, \d+ unchanged$/m);
  }, 120_000);

  it('flyer registers a flyer and writes it', async () => {
    const file = path.join(out, 'flyer.svg');
    const res = await run('flyer', ['--scene', 'c=paris', '--label', 'Bus tour Belleville', '--code', 'bt2611', '--out', file]);
    expect(res).toMatchObject({ code: 0 });
    expect(fs.readFileSync(file, 'utf8').startsWith('<svg')).toBe(true);
    expect(await query('SELECT code, target FROM scene_codes')).toEqual([{ code: 'bt2611', target: 'c=paris' }]);
  }, 120_000);

  it('alerts:purge and directory:export run', async () => {
    expect(await run('alerts-purge', [])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^purged 0 report\(s\)/) });
    const file = path.join(out, 'directory.json');
    expect(await run('directory-export', ['--out', file])).toMatchObject({ code: 0 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toBeTruthy();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
