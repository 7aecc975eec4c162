import { localTime } from '../contract/hours';
import { SPOKEN_LANGUAGE_FR, type SpokenLanguage } from '../contract/vocab';
import { hsdsId } from './ids';
import { regionOf } from './regions';
import { schedulesFor } from './schedule';
import type { DirectorySnapshot } from './snapshot';
import { bilingual, chineseIfDifferent, frenchFirst, TAG_TERMS } from './text';
import type { ExportSummary, HsdsExport, HsdsOrganization, HsdsService, HsdsServiceAtLocation } from './types';

/**
 * The services directory as Open Referral HSDS 3 JSON:
 * `{ version: "3.0", generated, organizations: [organization] }`, each organisation shaped by HSDS's
 * organization.json with its services embedded, and each service (service.json) carrying its
 * service_at_locations, each with its location, address and schedules. One organisation per city file,
 * as stored. Every id is a version-5 UUID of our key (see ids.ts), so re-exports are stable.
 *
 * Unverified data is never presented as assured: `assured_date` is written only for a verified service
 * (the day a mediator checked it), and an unverified service says so first in its `alert`, with its source.
 * Closures still to come go in `alert`; a service closed on the export date is `temporarily closed`.
 */

type SnapService = DirectorySnapshot['services'][number];
type SnapLocation = DirectorySnapshot['locations'][number];
type SnapCity = DirectorySnapshot['cities'][number];

const UNVERIFIED =
  "Informations non vérifiées par l'équipe Lotus : adresse, horaires et contact sont à confirmer avant de se déplacer.\n" +
  '信息尚未经 Lotus 团队核实：地址、时间和联系方式请先确认再前往。';

function closureLine(c: SnapService['closures'][number]): string {
  const fr = c.from === c.to ? `Fermé le ${c.from}` : `Fermé du ${c.from} au ${c.to}`;
  const zh = c.from === c.to ? `${c.from} 暂停` : `${c.from} 至 ${c.to} 暂停`;
  const reasonZh = c.reason['zh-Hans'];
  return `${fr} : ${frenchFirst(c.reason)}\n${zh}：${reasonZh}`;
}

function alertFor(s: SnapService, today: string): string | undefined {
  const parts: string[] = [];
  if (!s.verified) parts.push(`${UNVERIFIED}\nSource : ${s.source}`);
  if (s.notes) parts.push(bilingual(s.notes));
  for (const c of s.closures) if (c.to >= today) parts.push(closureLine(c));
  return parts.length ? parts.join('\n\n') : undefined;
}

function serviceAtLocation(s: SnapService, l: SnapLocation, city: SnapCity, serviceId: string, at: Date): HsdsServiceAtLocation {
  const locationId = hsdsId('location', l.id);
  const salId = hsdsId('service_at_location', l.id);
  const name = l.name ?? s.name;
  const alternate = chineseIfDifferent(name);
  const about = [
    s.mobile ? "Arrêt d'un service mobile : lieu et heures indicatifs.\n流动服务停靠点：地点和时间仅供参考。" : null,
    l.hoursNote ? bilingual(l.hoursNote) : null,
    l.hours.length === 0 ? 'Horaires non connus : se renseigner avant de venir.\n时间不详，请先询问。' : null,
  ].filter((p): p is string => p !== null);
  return {
    id: salId,
    service_id: serviceId,
    location_id: locationId,
    ...(about.length ? { description: about.join('\n\n') } : {}),
    schedules: schedulesFor({ key: l.id, serviceId, locationId, serviceAtLocationId: salId, timeZone: l.timezone, hours: l.hours }, at),
    location: {
      id: locationId,
      location_type: 'physical',
      name: frenchFirst(name),
      ...(alternate ? { alternate_name: alternate } : {}),
      ...(l.lat !== null && l.lng !== null ? { latitude: l.lat, longitude: l.lng } : {}),
      addresses: [
        {
          id: hsdsId('address', l.id),
          location_id: locationId,
          address_1: l.address,
          city: frenchFirst(city.name),
          state_province: regionOf(l.postalCode) ?? frenchFirst(city.name),
          postal_code: l.postalCode,
          country: 'FR',
          address_type: 'physical',
        },
      ],
    },
  };
}

function service(s: SnapService, locations: SnapLocation[], city: SnapCity, at: Date): HsdsService {
  const id = hsdsId('service', s.id);
  const today = localTime(at, city.timezone).date;
  const closedToday = s.closures.some((c) => c.from <= today && today <= c.to);
  const alternate = chineseIfDifferent(s.name);
  const alert = alertFor(s, today);
  return {
    id,
    organization_id: hsdsId('organization', s.organizationId),
    name: frenchFirst(s.name),
    ...(alternate ? { alternate_name: alternate } : {}),
    description: bilingual(s.description),
    status: closedToday ? 'temporarily closed' : 'active',
    ...(alert ? { alert } : {}),
    ...(s.verified && s.verifiedOn ? { assured_date: s.verifiedOn } : {}),
    phones: s.phone ? [{ id: hsdsId('phone', s.id), service_id: id, number: s.phone }] : [],
    languages: s.languages.map((code) => ({
      id: hsdsId('language', `${s.id}:${code}`),
      service_id: id,
      name: SPOKEN_LANGUAGE_FR[code as SpokenLanguage] ?? code,
      code,
    })),
    service_at_locations: locations.map((l) => serviceAtLocation(s, l, city, id, at)),
    attributes: s.tags.map((tag) => {
      const termId = hsdsId('taxonomy_term', tag);
      return {
        id: hsdsId('attribute', `${s.id}:${tag}`),
        link_id: id,
        link_type: 'service_category',
        link_entity: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: { id: termId, code: tag, taxonomy: 'lotus', ...TAG_TERMS[tag] },
      };
    }),
  };
}

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Ordered by city, then as listed in content/, so the database and content/ give the same file. */
export function exportDirectory(snapshot: DirectorySnapshot, at: Date): HsdsExport {
  const cities = new Map(snapshot.cities.map((c) => [c.slug, c]));
  const servicesByOrg = groupBy(
    [...snapshot.services].sort((a, b) => a.position - b.position),
    (s) => s.organizationId,
  );
  const locationsByService = groupBy(
    [...snapshot.locations].sort((a, b) => a.position - b.position),
    (l) => l.serviceId,
  );
  const firstPosition = (orgId: string) => servicesByOrg.get(orgId)?.[0]?.position ?? Number.MAX_SAFE_INTEGER;
  const organizations = [...snapshot.organizations]
    .sort((a, b) => (a.city === b.city ? firstPosition(a.id) - firstPosition(b.id) : a.city < b.city ? -1 : 1))
    .map((o): HsdsOrganization => {
      const city = cities.get(o.city);
      if (!city) throw new Error(`organisation ${o.id} names city ${o.city}, which is not in the directory`);
      const services = servicesByOrg.get(o.id) ?? [];
      const alternate = chineseIfDifferent(o.name);
      const where = city.name.fr ?? city.name['zh-Hans'];
      return {
        id: hsdsId('organization', o.id),
        name: frenchFirst(o.name),
        ...(alternate ? { alternate_name: alternate } : {}),
        description:
          `${frenchFirst(o.name)} à ${where} : ${services.length} service${services.length > 1 ? 's' : ''} dans l'annuaire Lotus.\n` +
          `${o.name['zh-Hans']}（${city.name['zh-Hans']}）：Lotus 名录收录 ${services.length} 项服务。`,
        ...(o.email ? { email: o.email } : {}),
        ...(o.website ? { website: o.website } : {}),
        services: services.map((s) => service(s, locationsByService.get(s.id) ?? [], city, at)),
      };
    });
  return { version: '3.0', generated: at.toISOString(), organizations };
}

export function summarize(doc: HsdsExport): ExportSummary {
  const services = doc.organizations.flatMap((o) => o.services);
  const sals = services.flatMap((s) => s.service_at_locations);
  return {
    organizations: doc.organizations.length,
    services: services.length,
    locations: sals.length,
    schedules: sals.reduce((n, sal) => n + sal.schedules.length, 0),
  };
}
