import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Article, City, Location, Organization, Service, Update } from '../entities';
import { LANGS, type Lang, type Localized } from '../contract/lang';
import type { Content } from './loader';
import type { CityFile } from './schema';

export interface ImportCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
export type ImportReport = Record<'cities' | 'organizations' | 'services' | 'locations' | 'articles' | 'updates', ImportCounts>;

type Row = ObjectLiteral & { contentHash: string | null };

function hash(row: object): string {
  return createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 32);
}

function withHash<T extends object>(row: T): T & { contentHash: string } {
  return { ...row, contentHash: hash(row) };
}

function allText(t: Partial<Record<Lang, string>> | undefined | null): string {
  return t ? LANGS.map((l) => t[l] ?? '').join(' ') : '';
}

export function directoryRows(cities: CityFile[]) {
  const rows = { cities: [] as Row[], organizations: [] as Row[], services: [] as Row[], locations: [] as Row[] };
  for (const c of cities) {
    rows.cities.push(withHash({ slug: c.city, name: c.name, timezone: c.timezone }));
    let position = 0;
    for (const o of c.organizations) {
      const orgId = `${c.city}:${o.id}`;
      rows.organizations.push(withHash({ id: orgId, city: c.city, name: o.name, website: o.website ?? null, email: o.email ?? null }));
      for (const s of o.services) {
        const serviceId = `${c.city}:${s.id}`;
        const searchText = [allText(s.name), allText(s.description), allText(o.name), s.tags.join(' '), ...s.locations.map((l) => `${l.address} ${l.postalCode} ${allText(l.name)}`)]
          .join(' ')
          .toLowerCase();
        rows.services.push(
          withHash({
            id: serviceId,
            organizationId: orgId,
            city: c.city,
            position: position++,
            name: s.name,
            description: s.description,
            tags: s.tags,
            languages: s.languages,
            phone: s.phone ?? null,
            notes: (s.notes ?? null) as Localized | null,
            mobile: s.mobile,
            verified: s.verified,
            verifiedOn: s.verifiedOn ?? null,
            source: s.source,
            closures: s.closures,
            searchText,
          }),
        );
        s.locations.forEach((l, i) =>
          rows.locations.push(
            withHash({
              id: `${serviceId}:${l.id}`,
              serviceId,
              position: i,
              name: l.name ?? null,
              address: l.address,
              postalCode: l.postalCode,
              lat: l.lat ?? null,
              lng: l.lng ?? null,
              timezone: c.timezone,
              hours: l.hours,
              hoursNote: l.hoursNote ?? null,
            }),
          ),
        );
      }
    }
  }
  return rows;
}

/**
 * Brings the rows of one table in line with `rows`: inserts the new, updates the changed (by content
 * hash), deletes those gone from content/ (`owned` limits deletion to rows that came from content/).
 */
async function sync(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  keyOf: (r: ObjectLiteral) => string,
  rows: Row[],
  owned: (r: ObjectLiteral) => boolean = () => true,
  keep: (old: ObjectLiteral, row: Row) => Row = (_old, row) => row,
): Promise<ImportCounts> {
  const counts: ImportCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
  const existing = new Map((await m.find(entity)).map((r) => [keyOf(r), r]));
  const wanted = new Set(rows.map(keyOf));
  for (const [key, row] of existing) {
    if (!wanted.has(key) && owned(row)) {
      await m.delete(entity, m.getRepository(entity).getId(row));
      counts.deleted++;
    }
  }
  for (const row of rows) {
    const old = existing.get(keyOf(row));
    if (!old) {
      await m.insert(entity, row);
      counts.inserted++;
    } else if (old.contentHash !== row.contentHash || !owned(old)) {
      await m.update(entity, m.getRepository(entity).getId(old), keep(old, row));
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return counts;
}

/**
 * A mediator's one-click check in the console is newer knowledge than the file: the later of the
 * two dates wins, so editing a description in content/ does not silently unverify a service.
 */
export function keepLaterVerification(old: ObjectLiteral, row: Row): Row {
  const checked = old.verifiedOn as string | null;
  if (!checked || (row.verifiedOn && row.verifiedOn >= checked)) return row;
  return { ...row, verified: true, verifiedOn: checked };
}

/**
 * Loads validated content into the database in one transaction: all of it or nothing. Parents are
 * synced before children so inserts meet their foreign keys; deleting a parent cascades.
 */
export async function importContent(dataSource: DataSource, content: Content): Promise<ImportReport> {
  const dir = directoryRows(content.cities);
  const articles = content.articles.map(({ file: _file, screen: _screen, ...a }) => withHash({ ...a, source: 'content' as const, listed: true }));
  const updates = content.updates.flatMap((u) =>
    LANGS.filter((l) => u.title[l] && u.body[l]).map((lang) =>
      withHash({
        key: u.key,
        lang,
        city: u.city ?? null,
        title: u.title[lang] as string,
        body: u.body[lang] as string,
        publishedOn: u.published,
        expiresOn: u.expires ?? null,
        source: 'content' as const,
      }),
    ),
  );
  const fromContent = (r: ObjectLiteral) => r.source === 'content';
  return dataSource.transaction(async (m) => {
    const byId = (r: ObjectLiteral) => r.id as string;
    const report = {} as ImportReport;
    report.cities = await sync(m, City, (r) => r.slug as string, dir.cities);
    report.organizations = await sync(m, Organization, byId, dir.organizations);
    report.services = await sync(m, Service, byId, dir.services, undefined, keepLaterVerification);
    report.locations = await sync(m, Location, byId, dir.locations);
    report.articles = await sync(m, Article, (r) => `${r.slug}.${r.lang}`, articles, fromContent);
    report.updates = await sync(m, Update, (r) => `${r.key}.${r.lang}`, updates, fromContent);
    return report;
  });
}
