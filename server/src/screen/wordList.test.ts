import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScreener } from './screener';
import { loadWordList, parseWordList, WordListError } from './wordList';

/** The error a list text produces, as `line: entry: reason` (the file name is checked separately). */
function failure(yaml: string): string {
  try {
    buildScreener(parseWordList(yaml, 'words.yaml'));
  } catch (e) {
    if (!(e instanceof WordListError)) throw e;
    expect(e.file).toBe('words.yaml');
    expect(e.message).toBe(`words.yaml${e.line ? `:${e.line}` : ''}: ${e.entry}: ${e.reason}`);
    return `${e.line ?? '-'}: ${e.entry}: ${e.reason}`;
  }
  return 'no error';
}

const ok = '  - { word: 安全套, category: sexual-health, level: block, suggest: [工具] }\n';

describe('a malformed word list fails loudly with file, line, entry and reason', () => {
  it.each([
    ['YAML syntax', 'words: [\n', /^\d+: YAML: /],
    ['not a mapping', '- a\n- b\n', '1: top level: must be a mapping with "words" and "allow"'],
    ['unknown top-level key', `words:\n${ok}alow: []\n`, '-: top level: unknown key "alow" (expected words, allow)'],
    ['words not a list', 'words: 安全套\n', '1: words: must be a list of entries'],
    ['missing level', `words:\n${ok}  - { word: 卖淫, category: sex-work }\n`, '3: words[1] "卖淫": level: must be "block" or "warn"'],
    ['bad level', `words:\n${ok}  - { word: 卖淫, category: sex-work, level: high }\n`, '3: words[1] "卖淫": level: must be "block" or "warn"'],
    ['missing word', `words:\n${ok}  - { category: sex-work, level: warn }\n`, '3: words[1]: word: is missing'],
    ['empty word', `words:\n  - { word: "  ", category: x, level: warn }\n`, '2: words[0] "  ": word: is empty'],
    ['bad category', `words:\n  - { word: 卖淫, category: Sex Work, level: warn }\n`, '2: words[0] "卖淫": category: must be a lowercase tag such as sexual-health'],
    ['unknown field', `words:\n  - { word: 卖淫, category: x, level: warn, sugest: [工作] }\n`, '2: words[0] "卖淫": unknown field "sugest"'],
    ['suggest not a list', `words:\n  - { word: 卖淫, category: x, level: warn, suggest: 工作 }\n`, /^2: words\[0\] "卖淫": suggest: /],
    ['allow not a list', `words:\n${ok}allow: 安全套\n`, '3: allow: must be a list of phrases'],
    ['allow entry not text', `words:\n${ok}allow:\n  - [a]\n`, '4: allow[0]: must be a non-empty text'],
    ['only punctuation', `words:\n  - { word: "***", category: x, level: warn }\n`, '2: words[0] "***": has no letters or digits once folded'],
    ['duplicate once folded', `words:\n${ok}  - { word: 安 全 套, category: x, level: warn }\n`, '3: words[1] "安 全 套": is the same as words[0] "安全套" once folded (case, accents, traditional forms…)'],
    ['duplicate in traditional', `words:\n  - { word: 卖淫, category: x, level: warn }\n  - { word: 賣淫, category: x, level: warn }\n`, /^3: words\[1\] "賣淫": is the same as words\[0\] "卖淫"/],
    ['duplicate with accents', `words:\n  - { word: drogue, category: x, level: warn }\n  - { word: Drogué, category: x, level: warn }\n`, /^3: words\[1\] "Drogué": is the same as words\[0\] "drogue"/],
    ['allow that allows nothing', `words:\n${ok}allow:\n  - 今天天气很好\n`, '4: allow[0] "今天天气很好": contains no listed word, so it allows nothing'],
    ['blocked suggestion', `words:\n  - { word: 套套, category: x, level: block, suggest: [安全套] }\n${ok}`, '2: words[0] "套套": suggestion "安全套" is itself on the list ("安全套", block)'],
  ])('%s', (_, yaml, expected) => {
    const got = failure(yaml);
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });

  it('refuses a suggestion holding a warn-level word too: replacing must not trade one hit for another', () => {
    expect(failure(`words:\n  - { word: 条子, category: x, level: block, suggest: [警察] }\n  - { word: 警察, category: x, level: warn }\n`)).toBe(
      '2: words[0] "条子": suggestion "警察" is itself on the list ("警察", warn)',
    );
    expect(
      failure(`words:\n  - { word: prostitution, category: x, level: block, suggest: [travail du sexe] }\n  - { word: sexe, category: x, level: warn }\n`),
    ).toBe('2: words[0] "prostitution": suggestion "travail du sexe" is itself on the list ("sexe", warn)');
  });

  it('accepts a list without allow', () => {
    expect(failure(`words:\n${ok}`)).toBe('no error');
  });

  it('names the file it could not read', () => {
    const missing = path.join(os.tmpdir(), 'lotus-no-such-words.yaml');
    expect(() => loadWordList(missing)).toThrow(`${missing}: file: cannot be read (ENOENT)`);
  });
});

describe('the shipped list', () => {
  const file = path.resolve(__dirname, '../../../content/words.yaml');
  const list = loadWordList(file);
  const screener = buildScreener(list);

  it('has a few hundred Chinese and French words in every category the field needs', () => {
    expect(list.words.length).toBeGreaterThanOrEqual(300);
    expect(list.words.filter((w) => /\p{Script=Han}/u.test(w.word)).length).toBeGreaterThanOrEqual(150);
    expect(list.words.filter((w) => /^[\p{Script=Latin}\s'-]+$/u.test(w.word)).length).toBeGreaterThanOrEqual(100);
    expect(new Set(list.words.map((w) => w.category))).toEqual(
      new Set(['sexual-health', 'sexual-acts', 'sex-work', 'violence', 'police', 'migration', 'drugs', 'rights', 'political', 'lgbt', 'gambling', 'abortion']),
    );
  });

  it('documents its shape at the top of the file', () => {
    const head = fs.readFileSync(file, 'utf8').split('\n').slice(0, 20).join('\n');
    expect(head).toMatch(/words:/);
    expect(head).toMatch(/allow:/);
  });

  it('offers the programme’s own euphemisms', () => {
    const hit = (text: string) => screener.screen(text)[0];
    expect(hit('免费发放安全套')).toMatchObject({ word: '安全套', level: 'block', suggest: ['工具'] });
    expect(hit('保險套')).toMatchObject({ word: '保险套', suggest: ['工具'] });
    expect(hit('des préservatifs gratuits')).toMatchObject({ word: 'préservatifs', suggest: ['matériel de prévention'] });
    expect(screener.applySuggestions('我们免费发安 全 套。').text).toBe('我们免费发工具。');
  });

  it('suggests words that keep the meaning (reviewed): no 执法人员, no 检查 for raids, no 接触 for sex', () => {
    const suggest = (word: string) => list.words.find((w) => w.word === word)?.suggest;
    expect(suggest('警察')).toEqual([]);
    expect(suggest('扫黄')).not.toContain('检查');
    expect(suggest('查房')).not.toContain('检查');
    expect(suggest('性行为')).not.toContain('接触');
    expect(screener.applySuggestions('卖淫在法国不是犯罪').text).toBe('做这份工作在法国不是犯罪');
    expect(list.words.flatMap((w) => w.suggest)).not.toContain('执法人员');
  });

  it('covers what WeChat watches beyond sex and violence, at the levels the programme needs', () => {
    const level = (text: string) => screener.screen(text).map((h) => `${h.word}:${h.level}:${h.category}`);
    expect(level('维权')).toEqual(['维权:warn:rights']);
    expect(level('游行示威')).toEqual(['游行:warn:rights', '示威:warn:rights']);
    expect(level('人权')).toEqual(['人权:warn:rights']);
    expect(level('跨性别')).toEqual(['跨性别:warn:lgbt']);
    expect(level('赌博')).toEqual(['赌博:warn:gambling']);
    expect(level('高利贷')).toEqual(['高利贷:warn:gambling']);
    expect(level('人流')).toEqual(['人流:warn:abortion']);
    expect(screener.screen('堕胎')[0].suggest).toEqual(['终止怀孕']);
    expect(level('上门服务')).toEqual(['上门服务:block:sex-work']);
    expect(level('半套')).toEqual(['半套:block:sex-work']);
    expect(level('出台')).toEqual(['出台:block:sex-work']);
    expect(level('政府出台新政策，人流量很大')).toEqual([]);
  });

  it('lets the programme’s euphemistic register through', () => {
    const text =
      '莲花巴士晚上开到姐妹们工作的地方。车上有会说中文的同伴，免费发工具，可以聊健康、权利和安全的问题。' +
      'Le bus passe le soir et donne gratuitement du matériel de prévention. 小姐姐们别怕大麻烦。';
    expect(screener.screen(text)).toEqual([]);
  });
});
