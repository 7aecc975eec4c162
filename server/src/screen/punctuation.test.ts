import { describe, expect, it } from 'vitest';
import { foldTables, HARD, NOISE, SPACE, DOT } from './fold';
import { ASCII_SENTENCE_END, CLAUSE, SENTENCE_END, separatorOf } from './punctuation';
import { buildScreener } from './screener';

const s = buildScreener({ file: 'test', words: [{ word: '安全套', category: 't', level: 'block', suggest: [] }], allow: [] });
const levels = (text: string) => s.screen(text).map((h) => h.level);

describe('the punctuation table', () => {
  it('puts each separator in exactly one class', () => {
    const all = [...SENTENCE_END, ...ASCII_SENTENCE_END, ...CLAUSE];
    expect(new Set(all).size).toBe(all.length);
    for (const ch of SENTENCE_END) expect(separatorOf(ch)).toBe('sentence');
    for (const ch of CLAUSE) expect(separatorOf(ch)).toBe('clause');
    for (const ch of ['*', ' ', '·', '-', '_', '~', '\u200b', '♥', '/']) expect(separatorOf(ch)).toBe('noise');
    for (const ch of ['安', 'a', '1', 'é']) expect(separatorOf(ch)).toBeUndefined();
  });

  it('is what the matcher folds by: sentence ends are breaks, clause marks are skipped like noise', () => {
    const { kind } = foldTables();
    for (const ch of SENTENCE_END) expect(kind[ch.charCodeAt(0)]).toBe(HARD);
    for (const ch of ASCII_SENTENCE_END) expect(kind[ch.charCodeAt(0)]).toBe(DOT);
    for (const ch of CLAUSE) expect([NOISE, SPACE]).toContain(kind[ch.charCodeAt(0)]);
  });

  it.each([
    ['a full stop', '安。全套', []],
    ['an exclamation mark', '安！全套', []],
    ['an ellipsis', '安…全套', []],
    ['a comma between lone characters', '安，全，套', ['block']],
    ['an enumeration comma', '安、全、套', ['block']],
    ['a semicolon', '安；全；套', ['block']],
    ['a colon', '安：全：套', ['block']],
    ['brackets', '安（全）套', ['block']],
    ['a comma between two real words', '很安全，套餐', ['warn']],
    ['a colon between two real words', '很安全：套餐', ['warn']],
    ['an asterisk', '安*全*套', ['block']],
  ])('%s', (_, text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});
