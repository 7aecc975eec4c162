import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LANGS } from '../contract/lang';
import { getScreener } from '../screen';
import { ADVICE } from './advice';
import { canonicalReference, newReference } from './reference';
import { monthsBefore, parisMonth, retentionCutoff } from './retention';
import { scrubDetails } from './scrub';

describe('references', () => {
  it('are 20 base32 characters in groups of four, and read back whatever the case or dashes', () => {
    const ref = newReference();
    expect(ref).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(canonicalReference(ref.toLowerCase().replace(/-/g, ''))).toBe(ref);
    expect(canonicalReference('7KQM 3XPA 9D2F H8RT C4WN')).toBe('7KQM-3XPA-9D2F-H8RT-C4WN');
    expect(canonicalReference('oKQM-3XPA-9D2F-H8RT-C4WL')).toBe('0KQM-3XPA-9D2F-H8RT-C4W1');
    expect(canonicalReference('too-short')).toBeNull();
    expect(new Set(Array.from({ length: 200 }, newReference)).size).toBe(200);
  });
});

describe('scrubDetails', () => {
  const id = { value: '06 12 34 56 78', normalized: '+33612345678', masked: '+33 6 •• •• •• 78' };
  it('masks the reported identifier, other long numbers and email addresses', () => {
    expect(scrubDetails('il a appelé du 06 12 34 56 78, du 0033.6.12.34.56.78 puis du 07.98.76.54.32, écrit à x.y@mail.fr', id)).toBe(
      'il a appelé du +33 6 •• •• •• 78, du +33 6 •• •• •• 78 puis du +33 7 •• •• •• 32, écrit à x•••@•••',
    );
    expect(scrubDetails('plaque ab123cd', { value: 'AB-123-CD', normalized: 'AB-123-CD', masked: 'AB-•••-CD' })).toBe('plaque AB-•••-CD');
    expect(scrubDetails('rendez-vous le 12 mars à 21h', id)).toBe('rendez-vous le 12 mars à 21h');
  });
});

describe('retention', () => {
  it('counts months back from now, and months in Paris time', () => {
    expect(retentionCutoff(new Date('2026-11-23T12:00:00Z'), 24).toISOString()).toBe('2024-11-23T12:00:00.000Z');
    expect(parisMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(monthsBefore('2026-11', 23)).toBe('2024-12');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
  });
});

describe('advice', () => {
  it('exists for every case in every language and stays in a soft register, clean for the team’s word list', () => {
    const screener = getScreener(path.resolve(__dirname, '../../../content/words.yaml'));
    for (const texts of Object.values(ADVICE)) {
      expect(Object.keys(texts).sort()).toEqual([...LANGS].sort());
      for (const text of Object.values(texts)) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/暴力|强奸|警察|报警|性|杀|打人|violence|viol|police|rape|kill/i);
        expect(screener.screen(text)).toEqual([]);
      }
    }
  });
});
