import path from 'node:path';
import { buildScreener, type Hit, type Screener } from './screener';
import { loadWordList } from './wordList';

export { buildScreener } from './screener';
export type { Applied, Change, Hit, Screener } from './screener';
export { loadWordList, parseWordList, WordListError, LEVELS } from './wordList';
export type { Level, WordEntry, WordList } from './wordList';

/** The shipped list; CONTENT_DIR moves it with the rest of the content, as in config.ts. */
export function defaultWordsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.CONTENT_DIR || path.resolve(__dirname, '../../../content'), 'words.yaml');
}

let cached: { file: string; screener: Screener } | undefined;

/** The screener for the team's list, built on first use and kept; a malformed list throws WordListError. */
export function getScreener(file: string = defaultWordsFile()): Screener {
  if (cached?.file !== file) cached = { file, screener: buildScreener(loadWordList(file)) };
  return cached.screener;
}

/** Forgets the cached screener, so the next call re-reads the list (after the team edited it). */
export function resetScreener(): void {
  cached = undefined;
}

export function screenText(text: string): Hit[] {
  return getScreener().screen(text);
}
