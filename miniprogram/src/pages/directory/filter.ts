import type { ServiceDTO } from '@lotus/server/contract/directory';
import type { ServiceTag } from '@lotus/server/contract/vocab';

/**
 * Search and tag filter on the device, over the whole cached list of a city. Services whose own name
 * matches come before those that only mention the words.
 */
export function filterServices(list: ServiceDTO[], q: string, tag: ServiceTag | null): ServiceDTO[] {
  const needle = q.trim().toLowerCase();
  const named = (s: ServiceDTO) => (needle && `${s.name} ${s.organization.name}`.toLowerCase().includes(needle) ? 0 : 1);
  return list
    .filter((s) => {
    if (tag && !s.tags.includes(tag)) return false;
    if (!needle) return true;
    const hay = [s.name, s.organization.name, s.description, ...s.locations.flatMap((l) => [l.name, l.address, l.postalCode])]
      .join(' ')
      .toLowerCase();
    return hay.includes(needle);
    })
    .sort((a, b) => named(a) - named(b));
}
