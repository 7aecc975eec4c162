import type { AdminServiceDTO } from '../contract/directory';
import { pick } from '../contract/lang';
import type { Service } from '../entities';

/** The console's view of a service to check: names in both console languages, never the public DTO. */
export function presentAdminService(s: Service): AdminServiceDTO {
  return {
    id: s.id,
    city: s.city,
    name: { 'zh-Hans': pick(s.name, 'zh-Hans'), fr: pick(s.name, 'fr') },
    organization: pick(s.organization.name, 'fr'),
    phone: s.phone,
    addresses: [...s.locations].sort((a, b) => a.position - b.position).map((l) => `${l.address}, ${l.postalCode}`),
    verified: s.verified,
    verifiedOn: s.verifiedOn,
    source: s.source,
  };
}
