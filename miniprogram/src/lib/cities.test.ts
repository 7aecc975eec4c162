import { describe, expect, it } from 'vitest';
import type { CityDTO } from '@lotus/server/contract/directory';
import { orderCities } from './cities';

const city = (slug: string, name: string): CityDTO => ({ slug, name, timezone: 'Europe/Paris', serviceCount: 1 });

describe('orderCities', () => {
  it('puts Paris first, then the rest alphabetically in the reader’s language', () => {
    const fr = [city('toulouse', 'Toulouse'), city('lyon', 'Lyon'), city('paris', 'Paris'), city('bordeaux', 'Bordeaux')];
    expect(orderCities(fr, 'fr').map((c) => c.slug)).toEqual(['paris', 'bordeaux', 'lyon', 'toulouse']);
    const zh = [city('toulouse', '图卢兹'), city('lyon', '里昂'), city('paris', '巴黎'), city('bordeaux', '波尔多')];
    // Pinyin: bōěrduō, lǐáng, túlǔzī.
    expect(orderCities(zh, 'zh-Hans').map((c) => c.slug)).toEqual(['paris', 'bordeaux', 'lyon', 'toulouse']);
  });
});
