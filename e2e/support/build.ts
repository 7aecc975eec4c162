import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

function newest(dir: string): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Where the build for `type` is written: LOTUS_MP_OUT picks a folder of its own (see miniprogram/config). */
export function buildDir(type: 'weapp' | 'h5'): string {
  const suffix = process.env.LOTUS_MP_OUT ? `-${process.env.LOTUS_MP_OUT}` : '';
  return path.join(ROOT, 'miniprogram', `${type === 'h5' ? 'dist-h5' : 'dist'}${suffix}`);
}

const SOURCES = ['miniprogram/src', 'miniprogram/config', 'server/src/contract'].map((d) => path.join(ROOT, d));

/**
 * Builds the mini-program for `type` unless its output is newer than every source file. The API
 * base is left empty so the H5 page takes it from `?api=` (see src/config.h5.ts).
 */
export function ensureBuilt(type: 'weapp' | 'h5'): void {
  const marker = path.join(buildDir(type), type === 'h5' ? 'index.html' : 'app.js');
  const sourcesAt = Math.max(...SOURCES.map(newest));
  if (process.env.LOTUS_E2E_SKIP_BUILD !== '1' && (!existsSync(marker) || statSync(marker).mtimeMs < sourcesAt)) {
    execFileSync('npm', ['run', `build:${type}`], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', LOTUS_API_BASE: '' } });
  }
  if (!existsSync(marker)) throw new Error(`no ${type} build at ${marker}`);
}
