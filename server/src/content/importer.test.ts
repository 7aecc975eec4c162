import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { Article, Location, Service, Update } from '../entities';
import { importContent } from './importer';
import { loadContent } from './loader';

const FIXTURE = path.join(__dirname, '../../test/fixtures/content');
const ROOT = path.join(__dirname, '../../..');
const run = promisify(execFile);

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-content-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe(`content import on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('is idempotent: a second run changes no row', async () => {
    const first = await importContent(db.dataSource, loadContent(FIXTURE));
    expect(first.services).toEqual({ inserted: 3, updated: 0, deleted: 0, unchanged: 0 });
    expect(first.articles.inserted).toBe(3);
    expect(first.updates.inserted).toBe(5);
    const ids = (await db.dataSource.getRepository(Article).find({ order: { slug: 'ASC', lang: 'ASC' } })).map((a) => a.id);
    const second = await importContent(db.dataSource, loadContent(FIXTURE));
    for (const counts of Object.values(second)) expect(counts.inserted + counts.updated + counts.deleted).toBe(0);
    const again = (await db.dataSource.getRepository(Article).find({ order: { slug: 'ASC', lang: 'ASC' } })).map((a) => a.id);
    expect(again).toEqual(ids);
  });

  it('updates the row of a changed file and removes what left content/, keeping console rows', async () => {
    const dir = copyFixture();
    const ame = path.join(dir, 'articles/ame.zh-Hans.md');
    fs.writeFileSync(ame, fs.readFileSync(ame, 'utf8').replace('申请方法。', '新的申请方法。'));
    fs.rmSync(path.join(dir, 'articles/pep.fr.md'));
    await db.dataSource.getRepository(Article).insert({
      slug: 'console-only', lang: 'zh-Hans', category: 'news', title: 't', summary: 's', body: 'b', updated: '2026-11-01', source: 'console', listed: false, contentHash: null,
    });
    const report = await importContent(db.dataSource, loadContent(dir));
    expect(report.articles).toEqual({ inserted: 0, updated: 1, deleted: 1, unchanged: 1 });
    const repo = db.dataSource.getRepository(Article);
    expect((await repo.findOneByOrFail({ slug: 'ame', lang: 'zh-Hans' })).body).toBe('新的申请方法。');
    expect(await repo.countBy({ slug: 'pep', lang: 'fr' })).toBe(0);
    expect(await repo.countBy({ slug: 'console-only' })).toBe(1);
  });

  it('imports nothing when the database refuses part of it (one transaction)', async () => {
    const before = await db.dataSource.getRepository(Service).count();
    const content = loadContent(FIXTURE);
    const lyon = content.cities.find((c) => c.city === 'lyon')!;
    const services = lyon.organizations[0].services;
    // Two locations with one id: the second insert violates the primary key after others went in.
    services[1].locations.push({ ...services[1].locations[0] });
    services.push({ ...services[1], id: 'brand-new' });
    await expect(importContent(db.dataSource, content)).rejects.toThrow();
    expect(await db.dataSource.getRepository(Service).count()).toBe(before);
    expect(await db.dataSource.getRepository(Service).countBy({ id: 'lyon:brand-new' })).toBe(0);
    expect(await db.dataSource.getRepository(Location).count()).toBeGreaterThan(0);
    expect(await db.dataSource.getRepository(Update).count()).toBe(5);
  });
});

describe('npm run content:import', () => {
  const env = (extra: Record<string, string>) => ({ ...process.env, LOG_LEVEL: 'silent', ...extra });

  it('imports, then imports again with nothing to do', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-cli-'));
    const e = engine === 'postgres' ? env({ CONTENT_DIR: FIXTURE, DATA_DIR: dataDir, DATABASE_URL: (await createTestDb()).env.DATABASE_URL }) : env({ CONTENT_DIR: FIXTURE, DATA_DIR: dataDir });
    const first = await run('npx', ['tsx', 'scripts/content-import.ts'], { cwd: ROOT, env: e });
    expect(first.stdout).toContain('services       3 new, 0 changed, 0 removed, 0 unchanged');
    const second = await run('npx', ['tsx', 'scripts/content-import.ts'], { cwd: ROOT, env: e });
    expect(second.stdout).toContain('services       0 new, 0 changed, 0 removed, 3 unchanged');
    expect(second.stdout).toContain('articles       0 new, 0 changed, 0 removed, 3 unchanged');
  }, 90_000);

  it('stops at a malformed file with file, line and reason, exit 1, and imports nothing', async () => {
    const dir = copyFixture();
    const file = path.join(dir, 'directory/paris.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('postalCode: "75020"', 'postalCode: "750"'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-cli-'));
    const err = await run('npx', ['tsx', 'scripts/content-import.ts'], { cwd: ROOT, env: env({ CONTENT_DIR: dir, DATA_DIR: dataDir }) }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim().split('\n').pop()).toMatch(
      /directory\/paris\.yaml:22: organizations\.0\.services\.0\.locations\.0\.postalCode: must be a 5-digit French postal code$/,
    );
    expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(false);
  }, 60_000);
});
