import type { ServiceDTO } from '@lotus/server/contract/directory';
import type { ServiceTag } from '@lotus/server/contract/vocab';

/** Search and tag filter on the device, over the whole cached list of a city. */
export function filterServices(list: ServiceDTO[], q: string, tag: ServiceTag | null): ServiceDTO[] {
  const needle = q.trim().toLowerCase();
  return list.filter((s) => {
    if (tag && !s.tags.includes(tag)) return false;
    if (!needle) return true;
    const hay = [s.name, s.organization.name, s.description, ...s.locations.flatMap((l) => [l.name, l.address, l.postalCode])]
      .join(' ')
      .toLowerCase();
    return hay.includes(needle);
  });
}
