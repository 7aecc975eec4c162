import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, freshDataDir, freshPostgresUrl, type TestDb } from '../../test/db';
import { importContent } from '../content/importer';
import { loadContent } from '../content/loader';
import { exportDirectory, summarize } from './export';
import { hsdsId } from './ids';
import { snapshotFromContent, snapshotFromDb } from './snapshot';
import type { HsdsExport, HsdsService } from './types';

const ROOT = path.join(__dirname, '../../..');
const FIXTURE = path.join(__dirname, 'fixture');
const SCHEMAS = path.join(ROOT, 'scripts/hsds');
const WINTER = new Date('2026-11-23T10:00:00Z');
const SUMMER = new Date('2026-07-14T10:00:00Z');
const run = promisify(execFile);

/** HSDS's compiled schemas carry Frictionless Data keywords and a `csv` format; declared so strict mode still catches typos. */
function compileSchemas(): { organization: ValidateFunction; service: ValidateFunction } {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addFormat('csv', true);
  for (const k of ['constraints', 'core', 'example', 'name', 'datapackage_metadata', 'datapackage_type', 'tabular_required', 'order', 'path', 'profile', 'mediatype']) {
    ajv.addKeyword(k);
  }
  const load = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));
  return { organization: ajv.compile(load('organization.json')), service: ajv.compile(load('service.json')) };
}

let schemas: ReturnType<typeof compileSchemas>;
beforeAll(() => {
  schemas = compileSchemas();
});

/** Every organisation against organization.json and every service against service.json; the errors, if any. */
function schemaErrors(doc: HsdsExport): unknown[] {
  const errors: unknown[] = [];
  const check = (validate: ValidateFunction, value: { name: string }) => {
    if (!validate(value as unknown)) errors.push({ name: value.name, errors: validate.errors });
  };
  for (const o of doc.organizations) {
    check(schemas.organization, o);
    for (const s of o.services) check(schemas.service, s);
  }
  return errors;
}

function allIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => allIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else allIds(v, out);
    }
  }
  return out;
}

const fixture = () => snapshotFromContent(loadContent(FIXTURE));

function serviceNamed(doc: HsdsExport, name: string): HsdsService {
  const s = doc.organizations.flatMap((o) => o.services).find((x) => x.name === name);
  if (!s) throw new Error(`no service ${name}`);
  return s;
}

describe('HSDS export of the fixture directory', () => {
  it('validates against organization.json and service.json', () => {
    const doc = exportDirectory(fixture(), WINTER);
    expect(schemaErrors(doc)).toEqual([]);
    expect(summarize(doc)).toEqual({ organizations: 3, services: 3, locations: 4, schedules: 4 });
    expect(doc.version).toBe('3.0');
    expect(doc.generated).toBe('2026-11-23T10:00:00.000Z');
  });

  it('the schema check can fail: a bad id and a missing status are refused', () => {
    const doc = exportDirectory(fixture(), WINTER);
    const broken = structuredClone(doc);
    broken.organizations[0].id = 'cabiria';
    const { status: _status, ...noStatus } = broken.organizations[1].services[0];
    broken.organizations[1].services[0] = noStatus as HsdsService;
    expect(JSON.stringify(schemaErrors(broken))).toContain('must match format \\"uuid\\"');
    expect(JSON.stringify(schemaErrors(broken))).toContain("must have required property 'status'");
  });

  it('keeps every id stable across exports, and unique within one', () => {
    const a = exportDirectory(fixture(), WINTER);
    const b = exportDirectory(fixture(), SUMMER);
    expect(allIds(b)).toEqual(allIds(a));
    // A taxonomy term appears once per service tagged with it; every other id names one object.
    const terms = new Set(a.organizations.flatMap((o) => o.services.flatMap((s) => s.attributes.map((t) => t.taxonomy_term_id))));
    const ids = allIds(a).filter((id) => !terms.has(id));
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
    expect(serviceNamed(a, 'Lotus Bus').id).toBe(hsdsId('service', 'paris:lotus-bus'));
    expect(serviceNamed(a, 'Lotus Bus').id).toBe('30ad7109-6263-565d-9fc1-687d2fb4f7bb');
  });

  it('writes French as name and Chinese as alternate_name, languages as ISO codes', () => {
    const doc = exportDirectory(fixture(), WINTER);
    expect(doc.organizations.map((o) => o.name)).toEqual(['Cabiria', 'Médecins du Monde', 'Hôpital Saint-Louis']);
    const { services: _services, ...mdm } = doc.organizations[1];
    expect(mdm).toEqual({
      id: hsdsId('organization', 'paris:mdm'),
      name: 'Médecins du Monde',
      alternate_name: '世界医生组织',
      description: "Médecins du Monde à Paris : 1 service dans l'annuaire Lotus.\n世界医生组织（巴黎）：Lotus 名录收录 1 项服务。",
      email: 'lotusbus@medecinsdumonde.net',
      website: 'https://www.medecinsdumonde.org',
    });
    const bus = serviceNamed(doc, 'Lotus Bus');
    expect(bus.alternate_name).toBe('莲花巴士');
    expect(bus.description).toBe('Bus de prévention\n流动服务');
    expect(bus.languages.map((l) => [l.code, l.name])).toEqual([
      ['zh', 'mandarin'],
      ['fr', 'français'],
      ['wuu', 'wu (Wenzhou, Shanghai)'],
    ]);
    expect(bus.phones).toEqual([{ id: hsdsId('phone', 'paris:lotus-bus'), service_id: bus.id, number: '+33 1 44 92 15 15' }]);
    expect(bus.attributes.map((a) => a.taxonomy_term.code)).toEqual(['tools', 'testing', 'peer-support']);
    const place = bus.service_at_locations[0].location;
    expect([place.name, place.alternate_name, place.latitude, place.longitude]).toEqual(['Belleville', '美丽城', 48.87, 2.38]);
    expect(place.addresses[0]).toMatchObject({ city: 'Paris', state_province: 'Île-de-France', postal_code: '75020', country: 'FR' });
  });

  it('keeps a session crossing midnight as 20:00–01:00 and says it ends the next day', () => {
    const bus = serviceNamed(exportDirectory(fixture(), WINTER), 'Lotus Bus');
    const [belleville] = bus.service_at_locations[0].schedules;
    expect(belleville).toMatchObject({ freq: 'WEEKLY', wkst: 'MO', byday: 'TU,TH', opens_at: '20:00', closes_at: '01:00' });
    expect(belleville.description).toBe(
      'mardi, jeudi : de 20:00 à 01:00 le lendemain (la séance passe minuit)\n周二、周四：20:00 至次日 01:00（跨过午夜）',
    );
    const [wednesday, saturday] = bus.service_at_locations[1].schedules;
    expect(wednesday.description).toBe('mercredi : de 19:00 à 23:00\n周三：19:00–23:00');
    expect(saturday).toMatchObject({ byday: 'SA', opens_at: '21:00', closes_at: '02:30' });
    expect(bus.service_at_locations[0].description).toContain('Horaires indicatifs\n时间仅供参考');
  });

  it('writes the UTC offset of the export date: +1 in winter, +2 in summer, and says so', () => {
    const winter = serviceNamed(exportDirectory(fixture(), WINTER), 'Lotus Bus').service_at_locations[0].schedules[0];
    const summer = serviceNamed(exportDirectory(fixture(), SUMMER), 'Lotus Bus').service_at_locations[0].schedules[0];
    expect(winter.timezone).toBe(1);
    expect(summer.timezone).toBe(2);
    expect(winter.notes).toBe(
      "Heures locales (Europe/Paris). Décalage UTC+1 en vigueur à la date de l'export (2026-11-23), jusqu'au changement d'heure du 2027-03-28.",
    );
    expect(summer.notes).toContain("Décalage UTC+2 en vigueur à la date de l'export (2026-07-14), jusqu'au changement d'heure du 2026-10-25.");
  });

  it('never presents unverified data as assured', () => {
    const doc = exportDirectory(fixture(), WINTER);
    expect(doc.organizations.flatMap((o) => o.services).filter((s) => s.assured_date).map((s) => s.name)).toEqual(['Urgences']);
    const bus = serviceNamed(doc, 'Lotus Bus');
    expect(bus.alert?.startsWith("Informations non vérifiées par l'équipe Lotus")).toBe(true);
    expect(bus.alert).toContain('Source : test fixture');
    expect(bus.alert).toContain('Arrêts indicatifs\n停车点仅供参考');
    expect(serviceNamed(doc, '接待处').alert).toContain('信息尚未经 Lotus 团队核实');
    expect(serviceNamed(doc, 'Urgences').alert).toBeUndefined();
  });

  it('dates a verified service with assured_date, the day it was checked', () => {
    const doc = exportDirectory(fixture(), WINTER);
    expect(schemaErrors(doc)).toEqual([]);
    expect(serviceNamed(doc, 'Urgences').assured_date).toBe('2026-11-20');
  });

  it('announces closures to come, drops past ones, and marks a service closed on the export date', () => {
    const before = serviceNamed(exportDirectory(fixture(), WINTER), 'Lotus Bus');
    expect(before.status).toBe('active');
    expect(before.alert).toContain('Fermé le 2026-12-24 : Pas de tournée\n2026-12-24 暂停：平安夜不出车');
    expect(before.alert).not.toContain('Nouvel an');
    const during = serviceNamed(exportDirectory(fixture(), new Date('2026-12-24T19:00:00Z')), 'Lotus Bus');
    expect(during.status).toBe('temporarily closed');
    const after = serviceNamed(exportDirectory(fixture(), new Date('2026-12-25T09:00:00Z')), 'Lotus Bus');
    expect(after.status).toBe('active');
    expect(after.alert).not.toContain('Fermé');
  });

  it('says when hours are unknown and writes 24-hour services plainly', () => {
    const doc = exportDirectory(fixture(), WINTER);
    const cabiria = serviceNamed(doc, '接待处').service_at_locations[0];
    expect(cabiria.schedules).toEqual([]);
    expect(cabiria.description).toBe('Horaires non connus : se renseigner avant de venir.\n时间不详，请先询问。');
    const urgences = serviceNamed(doc, 'Urgences').service_at_locations[0].schedules[0];
    expect(urgences).toMatchObject({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' });
    expect(urgences.description).toBe('lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche : 24 h/24\n周一、周二、周三、周四、周五、周六、周日：全天');
  });
});

describe(`HSDS export from the database on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('gives exactly the export of the content it was imported from', async () => {
    const content = loadContent(FIXTURE);
    await importContent(db.dataSource, content);
    const fromDb = exportDirectory(await snapshotFromDb(db.dataSource), WINTER);
    expect(fromDb).toEqual(exportDirectory(snapshotFromContent(content), WINTER));
    expect(summarize(fromDb).services).toBe(3);
  });
});

describe('npm run directory:export', { timeout: 90_000 }, () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const out = () => {
    made.push(fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-hsds-')));
    return path.join(made[made.length - 1], 'directory.hsds.json');
  };
  const script = (args: string[], env: Record<string, string>) =>
    run('npx', ['tsx', 'scripts/directory-export.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });

  it('exports the fixture straight from content/ with the expected counts', async () => {
    const file = out();
    const { stdout } = await script(['--from-content', '--out', file], { CONTENT_DIR: FIXTURE });
    expect(stdout.trim()).toBe(`${file}: 3 organisations, 3 services, 4 locations, 4 schedules`);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as HsdsExport;
    expect(schemaErrors(doc)).toEqual([]);
    expect(summarize(doc)).toEqual({ organizations: 3, services: 3, locations: 4, schedules: 4 });
  });

  it('exports the real content/ as valid HSDS, one organisation, service and location per content entry', async () => {
    const content = loadContent(path.join(ROOT, 'content'));
    const orgs = content.cities.flatMap((c) => c.organizations);
    const services = orgs.flatMap((o) => o.services);
    const locations = services.flatMap((s) => s.locations);
    const file = out();
    const { stdout } = await script(['--from-content', '--out', file], { CONTENT_DIR: path.join(ROOT, 'content') });
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as HsdsExport;
    expect(schemaErrors(doc)).toEqual([]);
    expect(summarize(doc)).toEqual({
      organizations: orgs.length,
      services: services.length,
      locations: locations.length,
      schedules: locations.reduce((n, l) => n + l.hours.length, 0),
    });
    expect(stdout).toContain(`${orgs.length} organisations, ${services.length} services`);
  });

  it(`reads the configured database on ${engine}, importing content/ only into an empty one`, async () => {
    const env: Record<string, string> = engine === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : { DATA_DIR: await freshDataDir() };
    if (env.DATA_DIR) made.push(env.DATA_DIR);
    const first = out();
    const { stdout } = await script(['--out', first], { ...env, CONTENT_DIR: FIXTURE });
    expect(stdout.trim()).toBe(`${first}: 3 organisations, 3 services, 4 locations, 4 schedules`);
    expect(schemaErrors(JSON.parse(fs.readFileSync(first, 'utf8')) as HsdsExport)).toEqual([]);
    // Pointed at the real content/ now, it still exports what the database holds.
    const second = out();
    const again = await script(['--out', second], { ...env, CONTENT_DIR: path.join(ROOT, 'content') });
    expect(again.stdout.trim()).toBe(`${second}: 3 organisations, 3 services, 4 locations, 4 schedules`);
  });

  it('refuses an unknown option with a usage line and exit code 2', async () => {
    const failed = await script(['--frm-content'], {}).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain("Unknown option '--frm-content'");
    expect((failed as { stderr: string }).stderr).toContain('usage: directory-export [--from-content] [--out FILE]');
  });
});
