import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_CATEGORIES } from '../contract/vocab';
import { loadContent } from './loader';

const SHIPPED = path.join(__dirname, '../../../content');

describe('the shipped content', () => {
  const content = loadContent(SHIPPED);

  it('covers at least 10 cities, with the Lotus Bus as a mobile service with stops and a closure', () => {
    expect(content.cities.length).toBeGreaterThanOrEqual(10);
    const paris = content.cities.find((c) => c.city === 'paris')!;
    const bus = paris.organizations.flatMap((o) => o.services).find((s) => s.mobile)!;
    expect(bus.locations.length).toBeGreaterThan(1);
    expect(bus.locations.some((l) => l.hours.some((h) => h.close < h.open))).toBe(true);
    expect(bus.closures.length).toBeGreaterThan(0);
  });

  it('holds at least 12 articles in zh-Hans, each with its French version, across every category', () => {
    const zh = content.articles.filter((a) => a.lang === 'zh-Hans');
    const fr = new Set(content.articles.filter((a) => a.lang === 'fr').map((a) => a.slug));
    expect(zh.length).toBeGreaterThanOrEqual(12);
    expect(zh.filter((a) => !fr.has(a.slug)).map((a) => a.slug)).toEqual([]);
    expect(new Set(zh.map((a) => a.category))).toEqual(new Set(ARTICLE_CATEGORIES));
  });

  it('says where each service comes from and whether it was verified', () => {
    for (const c of content.cities) {
      for (const s of c.organizations.flatMap((o) => o.services)) {
        expect(s.source.length, `${c.city}:${s.id}`).toBeGreaterThan(0);
        if (!s.verified) expect(s.notes?.fr ?? s.notes?.['zh-Hans'], `${c.city}:${s.id} is unverified and says why`).toBeTruthy();
      }
    }
  });

  it('has no stray space inside a Chinese sentence of a description or note (a folded YAML block adds one)', () => {
    const strays: string[] = [];
    const prose = /\.(description|notes|body|hoursNote)\.zh-Hans$/;
    const visit = (v: unknown, where: string): void => {
      if (typeof v === 'string' && prose.test(where)) {
        if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] [\u4e00-\u9fff]/.test(v)) strays.push(`${where}: ${v.slice(0, 40)}`);
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
      }
    };
    for (const c of content.cities) visit(c.organizations, c.file);
    visit(content.updates, 'updates.yaml');
    expect(strays).toEqual([]);
  });
});
