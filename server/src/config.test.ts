import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database on port 3000 under ./data', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.db).toBe('pglite');
    expect(c.DATA_DIR).toBe(path.resolve('data'));
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).db).toBe('postgres');
  });

  it.each([
    [{ PORT: 'abc' }, 'configuration: PORT must be a port number from 0 to 65535'],
    [{ PORT: '70000' }, 'configuration: PORT must be a port number from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'configuration: DATABASE_URL must start with postgres:// or postgresql://'],
    [{ ALERTS_SECRET: 'short' }, 'configuration: ALERTS_SECRET must be at least 32 characters'],
  ])('refuses %j with one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('stops `npm start` with that one line and exit code 1', async () => {
    const err = await promisify(execFile)('npx', ['tsx', 'server/src/main.ts'], {
      cwd: path.join(__dirname, '../..'),
      env: { ...process.env, PORT: 'abc' },
    }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim().split('\n').filter((l: string) => !l.startsWith('npm warn'))).toEqual([
      'configuration: PORT must be a port number from 0 to 65535',
    ]);
  }, 30_000);
});
