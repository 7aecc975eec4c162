import { describe, expect, it } from 'vitest';
import { formatOffset, nextOffsetChange, utcOffsetHours } from './timezone';

describe('utcOffsetHours', () => {
  it('gives Paris +1 in winter and +2 in summer, switching at 01:00 UTC on the last Sundays of March and October', () => {
    expect(utcOffsetHours('Europe/Paris', new Date('2026-01-15T12:00:00Z'))).toBe(1);
    expect(utcOffsetHours('Europe/Paris', new Date('2026-07-15T12:00:00Z'))).toBe(2);
    expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T00:59:00Z'))).toBe(1);
    expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T01:00:00Z'))).toBe(2);
    expect(utcOffsetHours('Europe/Paris', new Date('2026-10-25T01:00:00Z'))).toBe(1);
  });

  it('handles UTC, negative and half-hour zones', () => {
    const at = new Date('2026-01-15T12:00:00Z');
    expect(utcOffsetHours('UTC', at)).toBe(0);
    expect(utcOffsetHours('America/New_York', at)).toBe(-5);
    expect(utcOffsetHours('Asia/Kolkata', at)).toBe(5.5);
    expect(formatOffset(5.5)).toBe('UTC+5:30');
    expect(formatOffset(-5)).toBe('UTC-5');
    expect(formatOffset(1)).toBe('UTC+1');
  });
});

describe('nextOffsetChange', () => {
  it('finds the next change of the clocks, even from an instant just before 01:00 UTC', () => {
    expect(nextOffsetChange('Europe/Paris', new Date('2026-11-23T12:00:00Z'))).toBe('2027-03-28');
    expect(nextOffsetChange('Europe/Paris', new Date('2026-03-01T00:30:00Z'))).toBe('2026-03-29');
    expect(nextOffsetChange('Europe/Paris', new Date('2026-07-15T12:00:00Z'))).toBe('2026-10-25');
    expect(nextOffsetChange('Asia/Shanghai', new Date('2026-07-15T12:00:00Z'))).toBeNull();
  });
});
