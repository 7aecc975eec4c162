import type { ServiceDTO } from '@lotus/server/contract/directory';
import { isOpenAt } from '@lotus/server/contract/hours';

/**
 * The device's own "open now", with the server's rule (isOpenAt), so the badge stays right in a
 * cached list opened hours later. `null` when no location has hours: unknown, not closed.
 */
export function openNow(service: Pick<ServiceDTO, 'locations' | 'closures'>, at: Date): boolean | null {
  const withHours = service.locations.filter((l) => l.hours.length > 0);
  if (withHours.length === 0) return null;
  return withHours.some((l) => isOpenAt(l.hours, service.closures, l.timezone, at));
}

/** The badge's words: a service nobody has checked gets a habit ("usually open"), not a promise. */
export function openBadge(open: boolean, verified: boolean, t: { openNow: string; closedNow: string; usuallyOpen: string; usuallyClosed: string }): string {
  if (verified) return open ? t.openNow : t.closedNow;
  return open ? t.usuallyOpen : t.usuallyClosed;
}
