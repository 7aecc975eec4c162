import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDirOf } from '../config';
import { wordsFile, getScreener, resetScreener, screenText, WordListError } from '.';

afterEach(() => resetScreener());

describe('getScreener / screenText', () => {
  it('builds the shipped list once and reuses it', () => {
    const first = getScreener();
    expect(getScreener()).toBe(first);
    expect(screenText('免费发放避孕套')).toMatchObject([{ word: '避孕套', level: 'block', suggest: ['工具'], start: 4, end: 7 }]);
  });

  it('finds the list in CONTENT_DIR when it is set', () => {
    expect(wordsFile({ CONTENT_DIR: '/srv/content' })).toBe(path.join('/srv/content', 'words.yaml'));
    expect(wordsFile({ CONTENT_DIR: contentDirOf({}) })).toBe(path.resolve(__dirname, '../../../content/words.yaml'));
  });

  it('re-reads a list the team edited, and a broken one throws WordListError', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-words-'));
    const file = path.join(dir, 'words.yaml');
    fs.writeFileSync(file, 'words:\n  - { word: 工具, category: x, level: warn }\n');
    expect(getScreener(file).screen('工具 用品')).toHaveLength(1);
    fs.writeFileSync(file, 'words:\n  - { word: 工具, category: x, level: warn }\n  - { word: 用品, category: x, level: warn }\n');
    expect(getScreener(file).screen('工具 用品')).toHaveLength(2);
    fs.writeFileSync(file, 'words:\n  - { word: 工具, category: x }\n');
    expect(() => getScreener(file)).toThrow(WordListError);
    fs.rmSync(dir, { recursive: true });
  });
});
