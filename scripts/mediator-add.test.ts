import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../server/src/auth/password';
import { openDb } from '../server/src/db/dataSource';
import { engine, freshDataDir, freshPostgresUrl } from '../server/test/db';

const TSX = path.resolve(__dirname, '../node_modules/.bin/tsx');
const SCRIPT = path.resolve(__dirname, 'mediator-add.ts');

/** Runs the script with `input` on standard input; resolves with its exit code and output. */
function mediatorAdd(env: Record<string, string>, args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [SCRIPT, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe(`npm run mediator:add on ${engine}`, () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir(), DATABASE_URL: '' };
  });
  afterAll(() => {
    if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  async function hashOf(username: string): Promise<string> {
    const db = engine === 'postgres' ? await openDb({ databaseUrl: env.DATABASE_URL }) : await openDb({ pgliteDir: path.join(env.DATA_DIR, 'pglite') });
    try {
      const rows = (await db.dataSource.query('SELECT password_hash, role FROM mediators WHERE username = $1', [username])) as Array<{ password_hash: string; role: string }>;
      return `${rows[0].role} ${rows[0].password_hash}`;
    } finally {
      await db.close();
    }
  }

  it('reads the password from standard input', async () => {
    const res = await mediatorAdd(env, ['amy', '--role', 'admin'], 'correct horse battery\n');
    expect([res.code, res.stdout]).toEqual([0, 'created admin account "amy"\n']);
    const [role, hash] = (await hashOf('amy')).split(' ');
    expect(role).toBe('admin');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
  });

  it('generates a password when none is given and prints it once', async () => {
    const res = await mediatorAdd(env, ['bea'], '');
    expect(res.code).toBe(0);
    const password = /password \(shown once, write it down now\): (\S{20})\n$/.exec(res.stdout)?.[1];
    expect(password).toBeDefined();
    const [role, hash] = (await hashOf('bea')).split(' ');
    expect(role).toBe('mediator');
    expect(await verifyPassword(hash, password as string)).toBe(true);
  });

  it('exits 1 with a sentence for a bad role, a short password or an existing name', async () => {
    expect(await mediatorAdd(env, ['cat', '--role', 'boss'], 'long enough password')).toMatchObject({ code: 1, stderr: 'the role must be admin or mediator\n' });
    expect(await mediatorAdd(env, ['cat'], 'short')).toMatchObject({ code: 1, stderr: 'the password must have at least 10 characters\n' });
    expect(await mediatorAdd(env, ['amy'], 'long enough password')).toMatchObject({ code: 1, stderr: 'the account "amy" already exists\n' });
    expect((await mediatorAdd(env, [], '')).code).toBe(1);
  });
});
