import { describe, expect, it } from 'vitest';
import type { LocationDTO } from '@lotus/server/contract/directory';
import { openNow } from './openNow';

function place(hours: LocationDTO['hours'], timezone = 'Europe/Paris'): LocationDTO {
  return { id: 'x', name: '', address: '', postalCode: '75020', city: 'Paris', lat: null, lng: null, timezone, hours, hoursNote: '' };
}

/** Paris is UTC+1 in winter: 2025-11-25 is a Tuesday. */
const at = (iso: string) => new Date(iso);

describe('openNow on the device', () => {
  const bus = { locations: [place([{ days: ['tue', 'thu'], open: '20:00', close: '01:00' }])], closures: [] };

  it('is open during an evening session, in the location time zone', () => {
    expect(openNow(bus, at('2025-11-25T20:30:00Z'))).toBe(true); // 21:30 in Paris
    expect(openNow(bus, at('2025-11-25T18:30:00Z'))).toBe(false); // 19:30 in Paris
  });

  it('keeps a session open past midnight, then closes it', () => {
    expect(openNow(bus, at('2025-11-25T23:30:00Z'))).toBe(true); // Wed 00:30 in Paris
    expect(openNow(bus, at('2025-11-26T00:30:00Z'))).toBe(false); // Wed 01:30 in Paris
  });

  it('follows summer time', () => {
    // 2025-07-01 is a Tuesday; 18:30 UTC is 20:30 in Paris (UTC+2) but 19:30 in winter offset.
    expect(openNow(bus, at('2025-07-01T18:30:00Z'))).toBe(true);
  });

  it('is closed on a closure day, past midnight included', () => {
    const closed = { ...bus, closures: [{ from: '2025-11-25', to: '2025-11-25', reason: '' }] };
    expect(openNow(closed, at('2025-11-25T20:30:00Z'))).toBe(false);
    expect(openNow(closed, at('2025-11-25T23:30:00Z'))).toBe(false);
  });

  it('is open when any of several stops is open', () => {
    const two = { locations: [place([{ days: ['mon'], open: '09:00', close: '12:00' }]), place([{ days: ['tue'], open: '09:00', close: '12:00' }])], closures: [] };
    expect(openNow(two, at('2025-11-25T09:00:00Z'))).toBe(true); // Tue 10:00
  });

  it('says nothing (null) when no location has hours', () => {
    expect(openNow({ locations: [place([])], closures: [] }, at('2025-11-25T09:00:00Z'))).toBeNull();
  });
});
