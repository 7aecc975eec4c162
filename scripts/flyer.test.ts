import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, freshDataDir, freshPostgresUrl } from '../server/test/db';
import { openDb } from '../server/src/db/dataSource';
import { SceneCode } from '../server/src/entities';
import { seedFlyerTargets } from '../server/src/flyers/testSeed';
import { decodeQr, pdfText, rasterizePdf } from '../server/src/flyers/testRaster';
import { startFakeWechat, type FakeWechat } from './fake-wechat';
import { flyer } from './flyer';

describe(`npm run flyer on ${engine}`, () => {
  let env: Record<string, string>;
  let out: string;
  let wx: FakeWechat;
  const rows = async () => {
    const db = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { pgliteDir: path.join(env.DATA_DIR, 'pglite') });
    try {
      return await db.dataSource.getRepository(SceneCode).find({ order: { code: 'ASC' } });
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    env = { ...(engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir() }), H5_URL: 'https://lotus.example.org/h5/' };
    const db = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { pgliteDir: path.join(env.DATA_DIR, 'pglite') });
    await db.dataSource.runMigrations();
    await seedFlyerTargets(db.dataSource.manager);
    await db.close();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-cli-'));
    wx = await startFakeWechat();
  });
  afterAll(async () => {
    await wx.close();
    if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('registers the flyer and writes an A6 PDF whose code opens the H5 build on the scene', async () => {
    const file = path.join(out, 'bt.pdf');
    const lines = await flyer(['--scene', 'c=paris', '--label', 'Bus tour Belleville, Nov 2026', '--code', 'bt2611', '--lang', 'zh-Hans,fr', '--out', file], env);
    expect(lines[0]).toBe('Created flyer bt2611 "Bus tour Belleville, Nov 2026": scene c=paris&f=bt2611');
    expect(lines[1]).toBe('QR code: https://lotus.example.org/h5/?scene=c%3Dparis%26f%3Dbt2611');
    expect(await rows()).toMatchObject([{ code: 'bt2611', target: 'c=paris', label: 'Bus tour Belleville, Nov 2026' }]);
    const pdf = fs.readFileSync(file);
    expect(decodeQr(rasterizePdf(pdf, 'cli').png)).toBe('https://lotus.example.org/h5/?scene=c%3Dparis%26f%3Dbt2611');
    expect(pdfText(pdf)).toContain('扫一扫');
  });

  it('prints an existing flyer again as SVG, without creating another', async () => {
    const file = path.join(out, 'again.svg');
    const lines = await flyer(['--code', 'bt2611', '--out', file], env);
    expect(lines[0]).toBe('Printed flyer bt2611 "Bus tour Belleville, Nov 2026": scene c=paris&f=bt2611');
    expect(fs.readFileSync(file, 'utf8').startsWith('<svg')).toBe(true);
    expect(await rows()).toHaveLength(1);
  });

  it('asks the (fake) WeChat for a mini-program code when the mini-program credentials are set', async () => {
    const file = path.join(out, 'wx.pdf');
    const wxEnv = { ...env, MINIPROGRAM_APPID: wx.appid, MINIPROGRAM_SECRET: wx.secret, WECHAT_API_BASE: wx.url };
    const lines = await flyer(['--scene', 'a=pep', '--label', 'Map, Belleville', '--code', 'map1', '--out', file], wxEnv);
    expect(lines[1]).toBe('QR code: WeChat mini-program code (wxa/getwxacodeunlimit)');
    expect(wx.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit')).toHaveLength(1);
    expect(decodeQr(rasterizePdf(fs.readFileSync(file), 'cli-wx').png)).toBe('a=pep&f=map1');
  });

  it('refuses bad input with a message, writing nothing', async () => {
    const file = path.join(out, 'no.pdf');
    const refusal = (argv: string[]) => flyer(argv, env).then(() => 'accepted', (e: Error) => e.message.split('\n')[0]);
    expect(await refusal(['--scene', 'c=lutece', '--label', 'x', '--out', file])).toBe('scene: there is no city "lutece" in the directory');
    expect(await refusal(['--scene', 'c=paris', '--label', 'x', '--out', 'flyer.png'])).toBe('--out must name a .pdf or .svg file');
    expect(await refusal(['--scene', 'c=paris', '--out', file])).toBe('--label is required with --scene: say where and when the flyer is handed out');
    expect(await refusal(['--scene', 'c=paris', '--label', 'x', '--lang', 'en', '--out', file])).toBe('--lang takes zh-Hans and/or fr, comma-separated, each once');
    expect(await refusal(['--code', 'nope', '--out', file])).toBe('There is no flyer "nope"');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a code that opens this machine, unless asked for a test print (stamped TEST)', async () => {
    const local = { ...env, H5_URL: 'http://127.0.0.1:10086/' };
    const file = path.join(out, 'local.pdf');
    const refused = await flyer(['--scene', 'c=paris', '--label', 'Local', '--code', 'loc1', '--out', file], local).then(() => 'accepted', (e: Error) => e.message);
    expect(refused).toBe(
      'The code would open http://127.0.0.1:10086/, which a phone cannot reach: set H5_URL to the public address of the H5 build (or MINIPROGRAM_APPID and MINIPROGRAM_SECRET), or ask for a test print',
    );
    expect(fs.existsSync(file)).toBe(false);
    expect((await rows()).map((r) => r.code)).not.toContain('loc1');
    const lines = await flyer(['--scene', 'c=paris', '--label', 'Local', '--code', 'loc1', '--test', '--out', file], local);
    expect(lines[2]).toMatch(/, stamped TEST: not for handing out$/);
    expect(pdfText(fs.readFileSync(file))).toContain('TEST');
  });

  it('exits 1 with the message alone when run from the shell', async () => {
    const run = promisify(execFile);
    // One process (node with tsx's loader), not tsx's launcher and its child.
    const result = await run(process.execPath, ['--import', 'tsx', 'scripts/flyer.ts', '--scene', 'c=paris&f=bt2611', '--label', 'again', '--out', path.join(out, 'dup.pdf')], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result).toEqual({ code: 1, stderr: 'The flyer code "bt2611" is already used by "Bus tour Belleville, Nov 2026"\n' });
    // A process start on a machine that may be busy.
  }, 120_000);
});
