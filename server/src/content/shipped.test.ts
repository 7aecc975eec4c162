import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_CATEGORIES, SERVICE_TAG_FR, SPOKEN_LANGUAGE_FR } from '../contract/vocab';
import { loadContent } from './loader';

const SHIPPED = path.join(__dirname, '../../../content');
const LOCALES = path.join(__dirname, '../../../miniprogram/src/locales');

/** Every string the mini-program shows in `lang`: the quoted literals of its locale file, and the French words it takes from the contract. */
function uiLabels(lang: 'zh-Hans' | 'fr'): Set<string> {
  const source = fs.readFileSync(path.join(LOCALES, `${lang}.ts`), 'utf8');
  const literals = [...source.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'").trim());
  return new Set(lang === 'fr' ? [...literals, ...Object.values(SERVICE_TAG_FR), ...Object.values(SPOKEN_LANGUAGE_FR)] : literals);
}

/** An article may be named by its whole title or by the part before the colon (« TPE » for "TPE : dans les 48 heures"). */
function titleNames(titles: string[]): Set<string> {
  return new Set(titles.flatMap((t) => [t, t.split(/\s*[:：]\s*/)[0]]));
}

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

  it('names the menus of the mini-program as its screens say them, and articles by their titles', () => {
    const wrong: string[] = [];
    const zhUi = uiLabels('zh-Hans');
    const frUi = uiLabels('fr');
    const zhTitles = titleNames(content.articles.filter((a) => a.lang === 'zh-Hans').map((a) => a.title));
    const frTitles = titleNames(content.articles.filter((a) => a.lang === 'fr').map((a) => a.title));
    for (const a of content.articles) {
      const text = a.body.replace(/\*\*/g, '');
      if (a.lang === 'zh-Hans') {
        // 「…」 is kept for what the screen shows, 《…》 for another article.
        for (const [, name] of text.matchAll(/「([^」]+)」/g)) if (!zhUi.has(name)) wrong.push(`${a.file}: 「${name}」 is not a label of the mini-program`);
        for (const [, name] of text.matchAll(/《([^》]+)》/g)) if (!zhTitles.has(name)) wrong.push(`${a.file}: 《${name}》 is not an article title`);
      } else if (a.lang === 'fr') {
        for (const [, before, raw] of text.matchAll(/(\S*)\s*«\s*([^»]+?)\s*»/g)) {
          const name = raw.trim();
          if (/^l['’]article$/i.test(before)) {
            if (!frTitles.has(name)) wrong.push(`${a.file}: l'article « ${name} » is not an article title`);
          } else if (/^(rubrique|filtre|onglet|menu|bouton|page|ouvrez|touchez)$/i.test(before) || (/^\p{Lu}/u.test(name) && !/[.!?,;:]/.test(name))) {
            // A capitalised name that is not a sentence someone says is a screen, a filter or an article.
            if (!frUi.has(name) && !frTitles.has(name)) wrong.push(`${a.file}: « ${name} » is neither a label of the mini-program nor an article title`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows every note in Chinese and in French, and keeps doubts out of addresses (the address is shown as is in every language)', () => {
    const bad: string[] = [];
    for (const c of content.cities) {
      for (const s of c.organizations.flatMap((o) => o.services)) {
        const notes = [s.notes, ...s.locations.map((l) => l.hoursNote), ...s.closures.map((x) => x.reason)].filter(Boolean);
        for (const n of notes) if (!n!['zh-Hans'] || !n!.fr) bad.push(`${c.city}:${s.id}: a note without both zh-Hans and fr`);
        for (const l of s.locations) {
          if (/confirmer|demander|vérifi|annonc|incertain|\(|\?/i.test(l.address)) bad.push(`${c.city}:${s.id}:${l.id}: "${l.address}" — put the doubt in notes, in both languages`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
