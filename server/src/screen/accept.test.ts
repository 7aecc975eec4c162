import { describe, expect, it } from 'vitest';
import { acceptancesOf, markAccepted, ScreenSettingsSchema, unusedAcceptances } from './accept';
import { buildScreener } from './screener';

const s = buildScreener({
  file: 'test',
  words: [
    { word: '警察', category: 'police', level: 'warn', suggest: [] },
    { word: '安全套', category: 'x', level: 'block', suggest: ['工具'] },
    { word: 'sexe', category: 'x', level: 'warn', suggest: [] },
    { word: 'travailleuses du sexe', category: 'x', level: 'warn', suggest: [] },
  ],
  allow: [],
});

describe('acknowledged warnings', () => {
  it('reads bare words and words with a reason', () => {
    const settings = ScreenSettingsSchema.parse({ accept: ['警察', { word: 'sexe', reason: 'nom d’association' }] });
    expect(acceptancesOf(settings)).toEqual([{ word: '警察' }, { word: 'sexe', reason: 'nom d’association' }]);
    expect(ScreenSettingsSchema.safeParse({ accept: [{ word: '警察' }] }).success).toBe(false);
    expect(ScreenSettingsSchema.safeParse({ accpet: ['警察'] }).success).toBe(false);
  });

  it('marks accepted warnings, keeps them visible, and never accepts a block', () => {
    const hits = markAccepted(s.screen('遇到警察，要带安全套。'), [{ word: '警察', reason: '权利文章' }, { word: '安全套' }]);
    expect(hits.map((h) => [h.text, h.level, h.accepted?.reason ?? null])).toEqual([
      ['警察', 'warn', '权利文章'],
      ['安全套', 'block', null],
    ]);
  });

  it('accepts a warning nested in an accepted one', () => {
    const hits = markAccepted(s.screen('les travailleuses du sexe'), [{ word: 'travailleuses du sexe' }]);
    expect(hits.map((h) => [h.word, Boolean(h.accepted)])).toEqual([
      ['travailleuses du sexe', true],
      ['sexe', true],
    ]);
  });

  it('names accepted words that no longer occur', () => {
    const acceptances = [{ word: '警察' }, { word: '公安' }];
    expect(unusedAcceptances(markAccepted(s.screen('警察'), acceptances), acceptances)).toEqual(['公安']);
  });
});

describe('content files', () => {
  it('accept the screen setting in article front matter and city files, and refuse a malformed one', async () => {
    const { ArticleFrontMatterSchema, CityFileSchema } = await import('../content/schema');
    const meta = { slug: 'x', lang: 'zh-Hans', category: 'rights', title: 't', summary: 's', updated: '2026-11-30' };
    expect(ArticleFrontMatterSchema.parse({ ...meta, screen: { accept: ['警察'] } }).screen).toEqual({ accept: ['警察'] });
    expect(ArticleFrontMatterSchema.safeParse({ ...meta, screen: { accept: [{ word: '警察' }] } }).success).toBe(false);
    expect(CityFileSchema.shape.screen.safeParse({ accept: ['violences'] }).success).toBe(true);
  });
});
