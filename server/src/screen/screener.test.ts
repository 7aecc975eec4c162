import { describe, expect, it } from 'vitest';
import { buildScreener } from './screener';
import type { WordEntry } from './wordList';

const w = (word: string, level: 'block' | 'warn' = 'block', suggest: string[] = []): WordEntry => ({ word, category: 'test', level, suggest });

const s = buildScreener({
  file: 'test list',
  words: [
    w('安全套', 'block', ['工具']),
    w('学生', 'warn'),
    w('大学生', 'warn'),
    w('卖淫', 'block', ['工作']),
    w('一夜情'),
    w('敏感', 'warn'),
    w('毒品', 'block', ['物质']),
    w('viol', 'block', ['agression']),
    w('préservatif', 'block', ['matériel de prévention']),
    w('sex'),
    w('garde à vue', 'warn'),
    w('sans-papiers', 'warn'),
    w('3P'),
    w('K粉'),
    w('𠮷野'),
  ],
  allow: [{ phrase: '反对卖淫组织' }, { phrase: 'Syndicat du sex' }],
});

/** What was found, as `matched text=listed word`. */
const found = (text: string) => s.screen(text).map((h) => `${h.text}=${h.word}`);

describe('evasions', () => {
  it.each([
    ['plain', '我有安全套。', '安全套'],
    ['spaces', '安 全 套', '安 全 套'],
    ['asterisks', '安*全*套', '安*全*套'],
    ['three noise characters', '安 * 全套', '安 * 全套'],
    ['zero-width space', '安\u200b全\u200b套', '安\u200b全\u200b套'],
    ['zero-width joiner and word joiner', '安\u200d全\u2060套', '安\u200d全\u2060套'],
    ['emoji', '安😀全🍌套', '安😀全🍌套'],
    ['an emoji family counts as one', '安👨‍👩‍👧全套', '安👨‍👩‍👧全套'],
    ['traditional', '賣淫', '賣淫'],
    ['traditional variant', '安全套與賣淫', '安全套'],
    ['full-width Latin', 'ＶＩＯＬ', 'ＶＩＯＬ'],
    ['case', 'ViOl', 'ViOl'],
    ['accents dropped', 'preservatif', 'preservatif'],
    ['accents added', 'PRÉSERVATIF', 'PRÉSERVATIF'],
    ['decomposed accent', 'pre\u0301servatif', 'pre\u0301servatif'],
    ['Cyrillic look-alikes', 'ѕех', 'ѕех'],
    ['mathematical letters', '𝐬𝐞𝐱', '𝐬𝐞𝐱'],
    ['circled letters', 'ⓥⓘⓞⓛ', 'ⓥⓘⓞⓛ'],
    ['Kangxi radicals', '⼤学⽣', '⼤学⽣'],
    ['circled digit', '①夜情', '①夜情'],
    ['financial digit', '壹夜情', '壹夜情'],
    ['ASCII digit', '1夜情', '1夜情'],
    ['dingbat digit', '❶夜情', '❶夜情'],
    ['digit for digit', '③P', '③P'],
    ['keycap digit', '1\ufe0f\u20e3夜情', '1\ufe0f\u20e3夜情'],
    ['tags inside a word', '敏<b>感</b>', '敏<b>感'],
    ['decimal entity', '&#25935;感', '&#25935;感'],
    ['hex entity', '&#x654F;&#x611F;', '&#x654F;&#x611F;'],
    ['named entity', 'pr&eacute;servatif', 'pr&eacute;servatif'],
    ['non-breaking space entity', '毒&nbsp;品', '毒&nbsp;品'],
    ['dotted Latin', 's.e.x', 's.e.x'],
    ['starred Latin', 'v*i*o*l', 'v*i*o*l'],
    ['zero-width in Latin', 'vi\u200bol', 'vi\u200bol'],
    ['spaced-out Latin', 'v i o l', 'v i o l'],
    ['astral CJK', '𠮷 野', '𠮷 野'],
  ])('%s', (_, text, matched) => {
    expect(s.screen(text).map((h) => h.text)).toContain(matched);
  });

  it('reports the listed word with its category, level and suggestions', () => {
    expect(s.screen('買安 全 套')).toEqual([
      { start: 1, end: 6, text: '安 全 套', word: '安全套', category: 'test', level: 'block', suggest: ['工具'] },
    ]);
  });
});

describe('what stops a match', () => {
  it.each([
    ['a full stop', '安。全套'],
    ['an exclamation mark', '安！全套'],
    ['an ASCII full stop before a Chinese character', '毒.品'],
    ['a line break', '安\n全套'],
    ['a Windows line break', '毒\r\n品'],
    ['four noise characters', '安    全套'],
    ['a block tag', '敏<br>感'],
    ['a paragraph', '敏</p><p>感'],
  ])('%s', (_, text) => {
    expect(s.screen(text)).toEqual([]);
  });

  it('counts noise per gap, so each gap may hold three', () => {
    expect(found('安 * 全 * 套')).toEqual(['安 * 全 * 套=安全套']);
  });
});

describe('Latin script', () => {
  it('matches whole words only', () => {
    expect(found('la violence, violer, inviolable')).toEqual([]);
    expect(found('un viol.')).toEqual(['viol=viol']);
    expect(found('(viol)')).toEqual(['viol=viol']);
    expect(found("l'viol")).toEqual(['viol=viol']);
  });

  it('does not join two real words separated by a space', () => {
    expect(found('les ex')).toEqual([]);
    expect(found('vi ol')).toEqual([]);
    expect(found('des exemples')).toEqual([]);
  });

  it('does not take a spaced-out word out of a longer spaced-out one', () => {
    expect(found('l a v i o l e n c e')).toEqual([]);
    expect(found('le v i o l est')).toEqual(['v i o l=viol']);
  });

  it('accepts any spacing where the listed form has a separator', () => {
    expect(found('garde à vue, garde  a  vue, gardeavue')).toEqual(['garde à vue=garde à vue', 'garde  a  vue=garde à vue', 'gardeavue=garde à vue']);
    expect(found('sans papiers / sans-papiers')).toEqual(['sans papiers=sans-papiers', 'sans-papiers=sans-papiers']);
  });

  it('checks boundaries on the Latin ends of mixed words only', () => {
    expect(found('买K粉')).toEqual(['K粉=K粉']);
    expect(found('OK粉丝')).toEqual([]);
    expect(found('玩3P了')).toEqual(['3P=3P']);
  });

  it('keeps a decomposed accent inside the highlight and treats it as part of the word', () => {
    expect(found('violé')).toEqual([]);
    expect(found('viole\u0301')).toEqual([]);
  });
});

describe('hits', () => {
  it('reports overlapping words, longest first at the same place', () => {
    expect(found('大学生')).toEqual(['大学生=大学生', '学生=学生']);
  });

  it('never reports an allow-listed phrase, in any writing', () => {
    expect(found('反对卖淫组织')).toEqual([]);
    expect(found('反對賣淫組織')).toEqual([]);
    expect(found('卖淫和反对卖淫组织')).toEqual(['卖淫=卖淫']);
    expect(found('Syndicat du sex')).toEqual([]);
  });

  it('gives UTF-16 offsets into the original text, across surrogate pairs and emoji', () => {
    const text = '😀𠮷🇫🇷 安👍🏽全\u200b套 e\u0301 viol';
    for (const h of s.screen(text)) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(s.screen(text).map((h) => [h.start, h.end])).toEqual([
      [9, 17],
      [21, 25],
    ]);
  });

  it('returns nothing for empty or clean text', () => {
    expect(s.screen('')).toEqual([]);
    expect(s.screen('今天天气很好。Il fait beau.')).toEqual([]);
  });
});

describe('applySuggestions', () => {
  it('replaces block hits leftmost-longest by their first suggestion and says what changed', () => {
    const r = s.applySuggestions('买安 全 套和卖淫，大学生');
    expect(r.text).toBe('买工具和工作，大学生');
    expect(r.changes).toEqual([
      { start: 1, end: 6, from: '安 全 套', to: '工具', word: '安全套' },
      { start: 7, end: 9, from: '卖淫', to: '工作', word: '卖淫' },
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('leaves words without a suggestion for a person, and lists them', () => {
    const r = s.applySuggestions('一夜情和毒品');
    expect(r.text).toBe('一夜情和物质');
    expect(r.unresolved.map((h) => h.word)).toEqual(['一夜情']);
  });
});

describe('speed', () => {
  it('screens 1 MB of text with hits in well under a second', () => {
    const para = '我们在巴黎街头发放工具，也提供健康咨询和法律帮助。安 全 套不要写出来。\n';
    const text = para.repeat(Math.ceil(1_000_000 / Buffer.byteLength(para)));
    const t = performance.now();
    const hits = s.screen(text);
    const ms = performance.now() - t;
    expect(hits.length).toBe(text.split('\n').length - 1);
    expect(hits.every((h) => text.slice(h.start, h.end) === '安 全 套')).toBe(true);
    expect(ms).toBeLessThan(500);
  });
});
