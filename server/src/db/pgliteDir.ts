import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * PostgreSQL's own default of 128 MB of shared buffers lives in PGlite's WebAssembly heap, which
 * grows and never shrinks; 16 MB holds this database's working set many times over (39 MB on disk
 * in all, most of it the catalogue) and keeps the resident size near 200 MB instead of 330 MB.
 * Added to PGlite's own start parameters.
 */
export const EXTRA_START_PARAMS = ['-c', 'shared_buffers=16MB', '-c', 'maintenance_work_mem=16MB', '-c', 'temp_buffers=2MB'];

const creating = new Map<string, Promise<void>>();

/**
 * Creating a data folder runs initdb in two more WebAssembly instances whose heaps a process keeps
 * (a server that created its folder sat at 840 MB instead of 420 MB). So a new folder is made by a
 * short-lived child process, under a temporary name renamed into place once complete, and the server
 * only ever reopens one. This module loads nothing heavy: main.ts starts the child before loading
 * the server, so that initdb (seconds of CPU) runs on another core meanwhile.
 */
export function ensurePgliteDir(dir: string): Promise<void> {
  const at = path.resolve(dir);
  if (fs.existsSync(path.join(at, 'PG_VERSION'))) return Promise.resolve();
  let pending = creating.get(at);
  if (!pending) {
    pending = create(at).finally(() => creating.delete(at));
    creating.set(at, pending);
  }
  return pending;
}

function create(dir: string): Promise<void> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const temp = `${dir}.creating-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  const code = `const { PGlite } = require(${JSON.stringify(require.resolve('@electric-sql/pglite'))});
PGlite.create(process.argv[1], { startParams: [...PGlite.defaultStartParams, ...JSON.parse(process.argv[2])] })
  .then((db) => db.close())
  .catch((e) => { console.error(e.message); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', code, temp, JSON.stringify(EXTRA_START_PARAMS)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.once('error', (e) => fail(e.message));
    child.once('exit', (status) => {
      if (status !== 0) return fail(stderr.trim() || `exit ${status}`);
      try {
        fs.renameSync(temp, dir);
      } catch (e) {
        // Another process created the folder meanwhile: its copy is as good as ours.
        if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) return fail((e as Error).message);
        fs.rmSync(temp, { recursive: true, force: true });
      }
      resolve();
    });
    function fail(reason: string) {
      fs.rmSync(temp, { recursive: true, force: true });
      reject(new Error(`could not create the embedded database in ${dir}: ${reason}`));
    }
  });
}
