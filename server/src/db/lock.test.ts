import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';

const ROOT = path.join(__dirname, '../../..');
const run = promisify(execFile);

describe('data folder lock', () => {
  it('takes over a lock left by a process that died, and releases it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-lock-'));
    fs.writeFileSync(path.join(dir, 'lotus.lock'), '999999');
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'lotus.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
    expect(fs.existsSync(path.join(dir, 'lotus.lock'))).toBe(false);
  });

  it('refuses a folder held by a live process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-lock-'));
    fs.writeFileSync(path.join(dir, 'lotus.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('makes a second server on the same DATA_DIR refuse to start with a clear message', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-lock-'));
    const fixture = path.join(__dirname, '../../test/fixtures/content');
    const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, CONTENT_DIR: fixture, HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const first = spawn('npx', ['tsx', 'server/src/main.ts'], { cwd: ROOT, env: { ...env, PORT: '0' }, detached: true });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        first.stdout.on('data', (d) => {
          out += String(d);
          if (out.includes('Lotus listening')) resolve();
        });
        first.once('exit', (code) => reject(new Error(`first server exited ${code}`)));
      });
      const err = await run('npx', ['tsx', 'server/src/main.ts'], { cwd: ROOT, env: { ...env, PORT: '0' } }).catch((e) => e);
      expect(err.code).toBe(1);
      expect(err.stderr).toContain(`the data folder ${dataDir} is already open in process`);
      expect(err.stderr).toContain('give this one another DATA_DIR');
    } finally {
      process.kill(-first.pid!, 'SIGTERM');
    }
  }, 90_000);
});
