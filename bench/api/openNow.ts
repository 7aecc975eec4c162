import { gzipSync } from 'node:zlib';
import { directoryRows } from '../../server/src/content/importer';
import { loadContent } from '../../server/src/content/loader';
import type { City, Service } from '../../server/src/entities';
import { openAt, presentService } from '../../server/src/presenters/service';
import { ContentModel } from '../../server/src/snapshot/content';
import { etagOf } from '../../server/src/snapshot/prepared';

/** Paris's services from the shipped content/, shaped as the snapshot holds them (no database). */
function parisServices(): { cities: City[]; services: Service[] } {
  const rows = directoryRows(loadContent(`${__dirname}/../../content`).cities);
  const orgs = new Map(rows.organizations.map((o) => [o.id, o]));
  const services = rows.services
    .filter((s) => s.city === 'paris')
    .map((s) => ({ ...s, organization: orgs.get(s.organizationId), locations: rows.locations.filter((l) => l.serviceId === s.id) }) as unknown as Service);
  return { cities: rows.cities as unknown as City[], services };
}

function perCall(n: number, f: () => void): number {
  for (let i = 0; i < Math.min(n, 200); i++) f(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f();
  return Number(process.hrtime.bigint() - start) / n / 1000;
}

/**
 * The two ways to keep openNow right, timed in this process: computed for every request from the
 * prepared schedules (then the body, its gzip and ETag are made per request too), or the answer kept
 * per minute and remade only when an openNow value flips (what snapshot/content.ts does).
 */
export function measureOpenNow(): { perRequestUs: number; perMinuteUs: number } {
  const { cities, services } = parisServices();
  const dtos = services.map((s) => presentService(s, 'zh-Hans', new Date()));
  const perRequestUs = perCall(2_000, () => {
    const now = new Date();
    const json = JSON.stringify({ data: dtos.map((d, i) => ({ ...d, openNow: openAt(services[i], now) })) });
    gzipSync(json);
    etagOf(json);
  });
  const model = new ContentModel(new Set(['paris']), cities, new Map([['paris', services.length]]), new Map([['paris', services]]), [], []);
  const perMinuteUs = perCall(200_000, () => model.servicesAnswer('paris', 'zh-Hans', new Date()));
  return { perRequestUs, perMinuteUs };
}
