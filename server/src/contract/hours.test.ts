import { describe, expect, it } from 'vitest';
import { isOpenAt, localTime, type HoursRule } from './hours';

const PARIS = 'Europe/Paris';
const weekdayMorning: HoursRule[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '12:00' }];
const busNight: HoursRule[] = [{ days: ['sat'], open: '20:00', close: '01:00' }];

describe('isOpenAt', () => {
  it('follows summer time: 07:30 UTC is 08:30 on the Friday before the change and 09:30 on the Monday after', () => {
    // Clocks went forward on Sunday 29 March 2026 at 01:00 UTC.
    expect(isOpenAt(weekdayMorning, [], PARIS, new Date('2026-03-27T07:30:00Z'))).toBe(false);
    expect(isOpenAt(weekdayMorning, [], PARIS, new Date('2026-03-30T07:30:00Z'))).toBe(true);
  });

  it('follows winter time: 10:30 UTC is 12:30 (closed) before 25 October 2026 and 11:30 (open) after', () => {
    expect(isOpenAt(weekdayMorning, [], PARIS, new Date('2026-10-23T10:30:00Z'))).toBe(false);
    expect(isOpenAt(weekdayMorning, [], PARIS, new Date('2026-10-26T10:30:00Z'))).toBe(true);
  });

  it('keeps a session that runs past midnight open until it closes, across the night of the change', () => {
    // Saturday 28 March 2026, 23:30 UTC = Sunday 00:30 CET: still the Saturday bus.
    expect(isOpenAt(busNight, [], PARIS, new Date('2026-03-28T23:30:00Z'))).toBe(true);
    // 00:30 UTC = 01:30 CET... then 03:30 CEST: closed either way.
    expect(isOpenAt(busNight, [], PARIS, new Date('2026-03-29T00:30:00Z'))).toBe(false);
    expect(isOpenAt(busNight, [], PARIS, new Date('2026-03-28T19:30:00Z'))).toBe(true);
    expect(isOpenAt(busNight, [], PARIS, new Date('2026-03-28T18:59:00Z'))).toBe(false);
  });

  it('closes the whole night of a closure day, the hours after midnight included', () => {
    const closures = [{ from: '2026-12-26', to: '2026-12-26' }];
    expect(isOpenAt(busNight, closures, PARIS, new Date('2026-12-26T20:00:00Z'))).toBe(false);
    expect(isOpenAt(busNight, closures, PARIS, new Date('2026-12-26T23:30:00Z'))).toBe(false);
    expect(isOpenAt(busNight, [], PARIS, new Date('2026-12-26T23:30:00Z'))).toBe(true);
    expect(isOpenAt(busNight, closures, PARIS, new Date('2027-01-02T20:00:00Z'))).toBe(true);
  });

  it('gives the same local time without Intl time-zone data (the EU rule fallback)', () => {
    const at = new Date('2026-07-14T22:15:00Z');
    expect(localTime(at, PARIS)).toEqual({ date: '2026-07-15', weekday: 'wed', minutes: 15 });
    expect(localTime(at, 'Not/AZone')).toEqual({ date: '2026-07-15', weekday: 'wed', minutes: 15 });
    const winter = new Date('2026-01-10T23:10:00Z');
    expect(localTime(winter, 'Not/AZone')).toEqual(localTime(winter, PARIS));
  });
});
