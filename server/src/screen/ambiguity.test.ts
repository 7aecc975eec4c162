import { describe, expect, it } from 'vitest';
import { buildScreener } from './screener';
import { BOTH, BOTH_STRICT, ICU_ONLY, icuSegmenter, JIEBA_ONLY, jiebaSegmenter, NONE } from './segment';
import type { WordEntry } from './wordList';

const w = (word: string, suggest: string[] = []): WordEntry => ({ word, category: 'test', level: 'block', suggest });
const list = { file: 'test list', words: [w('性交', ['发生关系']), w('安全套', ['工具']), w('套套', ['工具']), w('卖淫'), w('一夜情')], allow: [] };
const s = buildScreener(list);
const seen = (text: string) => s.screen(text).map((h) => `${h.text}:${h.level}${h.ambiguous ? `:${h.ambiguous.words.join('|')}${h.ambiguous.punctuation ?? ''}` : ''}`);

describe('a word found across two neighbouring words is a warning, not a block', () => {
  it.each([
    ['a test result and a comma', '结果是阴性，交给医生', '性，交:warn:阴性|交给，'],
    ['a comma between two words', '阳性，交流', '性，交:warn:阳性|交流，'],
    ['inside a compound', '女性交流会', '性交:warn:女性|交流会'],
    ['异性交友', '异性交友', '性交:warn:异性|交友'],
    ['理性交友', '理性交友', '性交:warn:理性|交友'],
    ['a comma after 安全', '很安全，套餐', '安全，套:warn:安全|套餐，'],
    ['a measure word', '一套套', '套套:warn:一套套'],
  ])('%s', (_, text, expected) => {
    expect(seen(text)).toEqual([expected]);
  });

  it('keeps exact offsets and the listed word', () => {
    const [hit] = s.screen('结果是阴性，交给医生');
    expect(hit).toMatchObject({ start: 4, end: 7, text: '性，交', word: '性交', level: 'warn', suggest: ['发生关系'] });
  });

  it('never applies a suggestion to such a hit (结果是阴性，交给医生 stays as written)', () => {
    expect(s.applySuggestions('结果是阴性，交给医生').text).toBe('结果是阴性，交给医生');
  });
});

describe('deliberate writing stays a block', () => {
  it.each([
    ['the word itself', '我们要性交', '性交:block'],
    ['noise between every character', '安*全*套', '安*全*套:block'],
    ['spaces between every character', '性 交', '性 交:block'],
    ['noise inside a compound', '阴*性*交*流', '性*交:block'],
    ['commas between characters standing alone', '安，全，套', '安，全，套:block'],
    ['a comma between two lone characters', '来吧性，交', '性，交:block'],
    ['the word beside ordinary words', '免费发安全套给姐妹', '安全套:block'],
    ['traditional characters', '免費發安全套', '安全套:block'],
    ['a digit form', '①夜情', '①夜情:block'],
  ])('%s', (_, text, expected) => {
    expect(seen(text)).toEqual([expected]);
  });
});

describe('segmenters', () => {
  it('both cut the issue’s sentences the same way', () => {
    for (const seg of [jiebaSegmenter, icuSegmenter]) {
      expect(seg('结果是阴性，交给医生')).toEqual(['结果', '是', '阴性', '，', '交给', '医生']);
      expect(seg('很安全，套餐')).toEqual(['很', '安全', '，', '套餐']);
    }
  });

  it('across a comma one segmenter reading two words is enough; ICU alone cuts 套路 into 套|路 there', () => {
    const text = '工作的时候，安全，套路，钱，都要想清楚。';
    expect(buildScreener(list).screen(text)[0]).toMatchObject({ level: 'warn', ambiguous: { words: ['安全', '套路'], punctuation: '，' } });
    expect(buildScreener(list, { segmenters: BOTH_STRICT }).screen(text)[0].level).toBe('block');
  });

  it('a word written in one piece needs both: jieba alone reads 地方性|工作者 and would let an advert through', () => {
    const words = [...list.words, w('性工作者')];
    const ad = '老地方性工作者，晚上十点。';
    expect(buildScreener({ ...list, words }, { segmenters: JIEBA_ONLY }).screen(ad).find((h) => h.word === '性工作者')?.level).toBe('warn');
    expect(buildScreener({ ...list, words }).screen(ad).find((h) => h.word === '性工作者')?.level).toBe('block');
  });

  it('a hit written in one piece is demoted only when every segmenter given agrees', () => {
    // jieba reads 免费发 | 安全套, ICU 免费 | 发 | 安全 | 套: neither holds a character outside the word.
    for (const choice of [BOTH, JIEBA_ONLY, ICU_ONLY]) expect(buildScreener(list, { segmenters: choice }).screen('免费发安全套')[0].level).toBe('block');
    expect(buildScreener(list, { segmenters: NONE }).screen('女性交流会')[0].level).toBe('block');
    expect(buildScreener(list, { segmenters: { name: 'disagree', segmenters: [jiebaSegmenter, (t) => [...t]] } }).screen('女性交流会')[0].level).toBe('block');
  });
});
