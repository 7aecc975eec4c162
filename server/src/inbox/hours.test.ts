import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { describeOpening, nextOpening, parseProgrammeHours, withinHours } from './hours';

describe('programme hours (Europe/Paris)', () => {
  const slots = parseProgrammeHours('mon-fri 10:00-18:00; sat 14:00-17:00');

  it('knows when a person reads the inbox, in Paris time across daylight saving', () => {
    expect(withinHours(slots, new Date('2026-11-24T09:30:00Z'))).toBe(true); // Tue 10:30 CET
    expect(withinHours(slots, new Date('2026-11-24T08:30:00Z'))).toBe(false); // Tue 09:30 CET
    expect(withinHours(slots, new Date('2026-07-07T08:30:00Z'))).toBe(true); // Tue 10:30 CEST
    expect(withinHours(slots, new Date('2026-11-29T14:00:00Z'))).toBe(false); // Sunday
  });

  it('says when the next person reads it', () => {
    const next = nextOpening(slots, new Date('2026-11-28T21:00:00Z'))!; // Saturday 22:00
    expect(next.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(describeOpening(next, 'fr')).toBe('lundi 10:00');
    expect(nextOpening(slots, new Date('2026-11-28T12:07:00Z'))!.toISOString()).toBe('2026-11-28T13:00:00.000Z');
    expect(nextOpening([], new Date())).toBeNull();
  });

  it('refuses hours it cannot read, naming the variable', () => {
    expect(() => parseProgrammeHours('lundi 10h-18h')).toThrow('is not like "mon-fri 10:00-18:00"');
    expect(() => loadConfig({ PROGRAMME_HOURS: 'mon 18:00-10:00' })).toThrow('configuration: PROGRAMME_HOURS must be like "mon-fri 10:00-18:00; sat 14:00-17:00" (Paris time)');
  });
});
