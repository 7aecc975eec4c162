import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/db';
import { request } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';

const ROOT = path.resolve(__dirname, '../../..');

/** `npm run content:import` in its own process, while the server runs: its answers follow within seconds. */
describe(`an import by the command line, seen by the running server, on ${engine}`, () => {
  let s: TestServer;
  let content: string;
  beforeAll(async () => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-cli-content-'));
    fs.cpSync(path.join(__dirname, '../../test/fixtures/content'), content, { recursive: true });
    s = await startTestServer({ env: { CONTENT_DIR: content } });
  });
  afterAll(async () => {
    await s.close();
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('drops a city removed from content/ from /api/cities', async () => {
    const cities = async () => (await request(`${s.url}/api/cities?lang=fr`)).body.data.map((c: { slug: string }) => c.slug);
    expect(await cities()).toEqual(['lyon', 'paris']);
    fs.rmSync(path.join(content, 'directory/paris.yaml'));
    fs.writeFileSync(path.join(content, 'updates.yaml'), '[]\n');
    const env = { ...process.env, CONTENT_DIR: content, DATA_DIR: s.config.DATA_DIR, DATABASE_URL: s.config.DATABASE_URL ?? '', NODE_ENV: 'test' };
    const code = await new Promise<number>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', 'scripts/content-import.ts'], { cwd: ROOT, env }, (err) => resolve(err ? Number((err as { code?: number }).code ?? 1) : 0)),
    );
    expect(code).toBe(0);
    // Another process's commit: told by NOTIFY on PostgreSQL, by the change counter read every 5 s on either engine.
    const until = Date.now() + 30_000;
    let seen = await cities();
    while (seen.includes('paris') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      seen = await cities();
    }
    expect(seen).toEqual(['lyon']);
  }, 120_000);
});
