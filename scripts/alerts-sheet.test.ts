import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, freshDataDir, freshPostgresUrl } from '../server/test/db';
import { openDb } from '../server/src/db/dataSource';
import { seedCities, seedDescription, seedReport } from '../server/src/digest/testSeed';
import { decodeQr, pdfText, rasterizePdf } from '../server/src/flyers/testRaster';
import { alertsSheet, UsageError } from './alerts-sheet';

describe(`npm run alerts:sheet on ${engine}`, () => {
  let env: Record<string, string>;
  let out: string;
  const month = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    env = { ...(engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir() }), H5_URL: 'https://lotus.example.org/h5/' };
    const db = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { pgliteDir: path.join(env.DATA_DIR, 'pglite') });
    await db.dataSource.runMigrations();
    await seedCities(db.dataSource.manager);
    await seedReport(db.dataSource.manager, { kind: 'phone', value: '06 44 55 66 77', categories: ['robbery'], level: 'dangerous', city: 'paris', month });
    await seedDescription(db.dataSource.manager, { city: 'paris', categories: ['violence'], level: 'danger', month, text: '戴黑色帽子，开灰色小车。' });
    await db.close();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-sheet-'));
  });
  afterAll(() => {
    if (env.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
  });

  it('writes the city’s A4 sheet: dated, the description in full, the number only by its last digits, the check page’s code', async () => {
    const file = path.join(out, 'sheet.pdf');
    const lines = await alertsSheet(['--city', 'paris', '--out', file], env);
    expect(lines).toEqual(['Paris: 1 description alert(s), 1 reported identifier(s) of the last 3 months', expect.stringMatching(/^Wrote .*sheet\.pdf \(\d+ KB\)$/)]);
    const pdf = fs.readFileSync(file);
    const text = pdfText(pdf);
    expect(text.replace(/\s+/g, '')).toContain('戴黑色帽子，开灰色小车。');
    expect(text).toContain('…77');
    for (const whole of ['06 44 55 66 77', '0644556677', '644556677', '+33']) expect(text).not.toContain(whole);
    expect(text.replace(/\D/g, '')).not.toContain('4455');
    expect(decodeQr(rasterizePdf(pdf, 'cli-sheet', 100).png)).toBe('https://lotus.example.org/h5/?scene=p%3Dcheck');
  });

  it('refuses a code phones cannot open unless a test print is asked for, and says how it is used', async () => {
    const local = { ...env, H5_URL: 'http://127.0.0.1:10086/' };
    await expect(alertsSheet(['--city', 'paris', '--out', path.join(out, 'x.pdf')], local)).rejects.toMatchObject({ code: 'flyer_private_address' });
    const file = path.join(out, 'test.pdf');
    expect((await alertsSheet(['--city', 'paris', '--test', '--out', file], local))[1]).toMatch(/stamped TEST/);
    expect(pdfText(fs.readFileSync(file))).toContain('TEST · 测试样张');
    await expect(alertsSheet(['--out', file], env)).rejects.toBeInstanceOf(UsageError);
    await expect(alertsSheet(['--city', 'paris', '--out', 'sheet.svg'], env)).rejects.toThrow(/--out must name a \.pdf file/);
    await expect(alertsSheet(['--city', 'atlantis', '--out', file], env)).rejects.toMatchObject({ code: 'city_not_found' });
  });
});
