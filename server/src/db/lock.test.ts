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
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'lotus.lock'), 'utf8'))).toEqual({ pid: process.pid, start: expect.stringMatching(/^\d+$/) });
    unlock();
    expect(fs.existsSync(path.join(dir, 'lotus.lock'))).toBe(false);
  });

  it('takes over a lock naming a live process that is not Lotus (a reused pid), old and new formats', async () => {
    const other = spawn('sleep', ['60']);
    try {
      for (const text of [String(other.pid), JSON.stringify({ pid: other.pid, start: '1' })]) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-lock-'));
        fs.writeFileSync(path.join(dir, 'lotus.lock'), text);
        const unlock = lockDataDir(dir);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'lotus.lock'), 'utf8')).pid).toBe(process.pid);
        unlock();
      }
    } finally {
      other.kill();
    }
  });

  it('refuses a folder whose lock names a live process with its own start time', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-lock-'));
    const stat = fs.readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    fs.writeFileSync(path.join(dir, 'lotus.lock'), JSON.stringify({ pid: process.ppid, start }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
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
