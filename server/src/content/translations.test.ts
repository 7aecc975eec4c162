import { describe, expect, it } from 'vitest';
import { SHIPPED_CONTENT } from '../../test/server';
import { loadContent } from './loader';

/**
 * Translations of medical and legal articles must not change a figure: the 48 hours of PEP, the
 * 5 days of emergency contraception, phone numbers, custody limits. Every number of the French text
 * is in each translation, and no other.
 */
describe('translated articles keep the French numbers', () => {
  const content = loadContent(SHIPPED_CONTENT);
  const numbers = (text: string) => [...new Set(text.match(/\d[\d ]*\d|\d/g)?.map((n) => n.replace(/ /g, '')) ?? [])].sort();

  it('has the same numbers, title, summary and body, in every language of every translated article', () => {
    const french = new Map(content.articles.filter((a) => a.lang === 'fr').map((a) => [a.slug, a]));
    const translated = content.articles.filter((a) => !['zh-Hans', 'fr'].includes(a.lang));
    expect(translated.length).toBeGreaterThanOrEqual(30);
    const differ: string[] = [];
    for (const a of translated) {
      const fr = french.get(a.slug);
      if (!fr) {
        differ.push(`${a.file}: no French text to compare with`);
        continue;
      }
      expect(a.category).toBe(fr.category);
      for (const part of ['title', 'summary', 'body'] as const) {
        const want = numbers(fr[part]).join(', ');
        const got = numbers(a[part]).join(', ');
        if (want !== got) differ.push(`${a.file} ${part}: French has [${want}], this has [${got}]`);
      }
    }
    expect(differ).toEqual([]);
  });
});
