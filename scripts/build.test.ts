import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDataDir } from '../server/test/db';
import { freePort, waitUntilAnswers } from '../server/test/process';

const ROOT = path.resolve(__dirname, '..');
const OUT = `.dist-test-${process.pid}`;

describe.skipIf(process.env.DATABASE_URL)('npm run build', () => {
  let dataDir = '';
  afterAll(() => {
    fs.rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('compiles a server that starts without tsx, serves the API and the prebuilt console script, and stops on SIGTERM', async () => {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', OUT], { cwd: ROOT });
    expect(fs.existsSync(path.join(ROOT, OUT, 'server/src/console/app.js'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, OUT, 'scripts/flyer.js'))).toBe(true);

    dataDir = await freshDataDir();
    const port = await freePort();
    // Plain node: no tsx loader, so anything the build missed fails here.
    const child = spawn(process.execPath, [path.join(ROOT, OUT, 'server/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    await waitUntilAnswers(`${url}/healthz`, child);
    const services = await fetch(`${url}/api/services?city=paris&lang=fr`);
    expect(services.status).toBe(200);
    expect(((await services.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    const script = await fetch(`${url}/console/app.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(fs.readFileSync(path.join(ROOT, OUT, 'server/src/console/app.js'), 'utf8'));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
