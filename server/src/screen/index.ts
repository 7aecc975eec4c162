import fs from 'node:fs';
import path from 'node:path';
import { buildScreener, type Hit, type Screener } from './screener';
import { loadWordList } from './wordList';

export { buildScreener } from './screener';
export type { Applied, Change, Hit, Screener, ScreenerOptions } from './screener';
export type { Ambiguity } from './ambiguity';
export { acceptancesOf, markAccepted, ScreenSettingsSchema } from './accept';
export type { Acceptance, AcceptedHit, ScreenSettings } from './accept';
export { loadWordList, parseWordList, WordListError, LEVELS } from './wordList';
export type { Level, WordEntry, WordList } from './wordList';

/** The shipped list; CONTENT_DIR moves it with the rest of the content, as in config.ts. */
export function defaultWordsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.CONTENT_DIR || path.resolve(__dirname, '../../../content'), 'words.yaml');
}

let cached: { file: string; version: string; screener: Screener } | undefined;

function version(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * The screener for the team's list, built on first use and kept until the file changes (the team edits
 * it while the server runs); a malformed list throws WordListError.
 */
export function getScreener(file: string = defaultWordsFile()): Screener {
  const v = version(file);
  if (cached?.file !== file || cached.version !== v) cached = { file, version: v, screener: buildScreener(loadWordList(file)) };
  return cached.screener;
}

/** Forgets the cached screener, so the next call re-reads the list (after the team edited it). */
export function resetScreener(): void {
  cached = undefined;
}

export function screenText(text: string): Hit[] {
  return getScreener().screen(text);
}
