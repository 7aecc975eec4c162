import type { ServiceDTO } from '../contract/directory';
import { isOpenAt } from '../contract/hours';
import { pick, type Lang } from '../contract/lang';
import type { Service } from '../entities';

export function presentService(s: Service, lang: Lang, now: Date): ServiceDTO {
  const locations = [...s.locations].sort((a, b) => a.position - b.position);
  const closures = s.closures.map((c) => ({ from: c.from, to: c.to, reason: pick(c.reason, lang) }));
  return {
    id: s.id,
    name: pick(s.name, lang),
    description: pick(s.description, lang),
    organization: {
      id: s.organization.id,
      name: pick(s.organization.name, lang),
      website: s.organization.website,
      email: s.organization.email,
    },
    tags: s.tags,
    languages: s.languages,
    phone: s.phone,
    notes: pick(s.notes, lang),
    mobile: s.mobile,
    verified: s.verified,
    verifiedOn: s.verifiedOn,
    source: s.source,
    locations: locations.map((l) => ({
      id: l.id,
      name: pick(l.name, lang),
      address: l.address,
      postalCode: l.postalCode,
      city: s.city,
      lat: l.lat,
      lng: l.lng,
      timezone: l.timezone,
      hours: l.hours,
      hoursNote: pick(l.hoursNote, lang),
    })),
    closures,
    openNow: openAt(s, now),
  };
}

/** Open at `now` at one of its locations, each in its own time zone. */
export function openAt(s: Service, now: Date): boolean {
  return s.locations.some((l) => isOpenAt(l.hours, s.closures, l.timezone, now));
}
