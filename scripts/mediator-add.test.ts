import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../server/src/auth/password';
import { openDb } from '../server/src/db/dataSource';
import { engine, freshDataDir, freshPostgresUrl } from '../server/test/db';
import { mediatorAdd, readFirstLine } from './mediator-add';

const ROOT = path.resolve(__dirname, '..');

/** Runs the command in its own process with `input` on standard input: exit code and output. */
function mediatorAddProcess(env: Record<string, string>, args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/mediator-add.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('reading the password', () => {
  it('takes the first line of standard input only, without its line break', async () => {
    expect(await readFirstLine(Readable.from(['correct horse\r\nsecond line\n']))).toBe('correct horse');
    expect(await readFirstLine(Readable.from(['corr', 'ect ho', 'rse\nrest']))).toBe('correct horse');
    expect(await readFirstLine(Readable.from(['no line break']))).toBe('no line break');
    expect(await readFirstLine(Readable.from([]))).toBe('');
    expect(await readFirstLine(Readable.from(['\nsecond']))).toBe('');
  });
});

describe(`npm run mediator:add on ${engine}`, () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir(), DATABASE_URL: '' };
  });
  afterAll(() => {
    if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  async function account(username: string): Promise<{ role: string; hash: string }> {
    const db = engine === 'postgres' ? await openDb({ databaseUrl: env.DATABASE_URL }) : await openDb({ pgliteDir: path.join(env.DATA_DIR, 'pglite') });
    try {
      const rows = (await db.dataSource.query('SELECT password_hash, role FROM mediators WHERE username = $1', [username])) as Array<{ password_hash: string; role: string }>;
      return { role: rows[0].role, hash: rows[0].password_hash };
    } finally {
      await db.close();
    }
  }

  it('creates the account with the given password and role', async () => {
    expect(await mediatorAdd(['amy', '--role', 'admin'], 'correct horse battery', env)).toEqual(['created admin account "amy"']);
    const { role, hash } = await account('amy');
    expect(role).toBe('admin');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
  });

  it('generates a password when none is given and prints it once', async () => {
    const lines = await mediatorAdd(['bea'], '', env);
    expect(lines[0]).toBe('created mediator account "bea"');
    const password = /^password \(shown once, write it down now\): (\S{20})$/.exec(lines[1])?.[1];
    expect(password).toBeDefined();
    const { role, hash } = await account('bea');
    expect(role).toBe('mediator');
    expect(await verifyPassword(hash, password as string)).toBe(true);
  });

  it('refuses a bad role, a short password, an existing name or missing arguments with a sentence', async () => {
    const refusal = (argv: string[], password: string) => mediatorAdd(argv, password, env).then(() => 'accepted', (e: Error) => e.message);
    expect(await refusal(['cat', '--role', 'boss'], 'long enough password')).toBe('the role must be admin or mediator');
    expect(await refusal(['cat'], 'short')).toBe('the password must have at least 10 characters');
    expect(await refusal(['amy'], 'long enough password')).toBe('the account "amy" already exists');
    expect(await refusal([], '')).toMatch(/^usage: npm run mediator:add/);
  });

  it('from the shell: the first line of standard input is the password; a refusal exits 1 with its sentence alone', async () => {
    const created = await mediatorAddProcess(env, ['dan'], 'a long password one\nsecond line, not part of it\n');
    expect(created).toEqual({ code: 0, stdout: 'created mediator account "dan"\n', stderr: '' });
    expect(await verifyPassword((await account('dan')).hash, 'a long password one')).toBe(true);
    expect(await mediatorAddProcess(env, ['dan'], 'another long password\n')).toEqual({ code: 1, stdout: '', stderr: 'the account "dan" already exists\n' });
    // Two process starts on a machine that may be busy: the only test here that needs the time.
  }, 120_000);
});
