import path from 'node:path';
import { contentDirOf, type Config } from '../config';
import { fileVersion } from '../content/yaml';
import { buildScreener, type Hit, type Screener } from './screener';
import { loadWordList } from './wordList';

export { buildScreener } from './screener';
export type { Applied, Change, Hit, Screener, ScreenerOptions } from './screener';
export type { Ambiguity } from './ambiguity';
export { acceptancesOf, markAccepted, ScreenSettingsSchema } from './accept';
export type { Acceptance, AcceptedHit, ScreenSettings } from './accept';
export { loadWordList, parseWordList, WordListError, LEVELS } from './wordList';
export type { Level, WordEntry, WordList } from './wordList';

/** The team's list in the configured content folder (`CONTENT_DIR`, read by config.ts like every setting). */
export function wordsFile(config: Pick<Config, 'CONTENT_DIR'> = { CONTENT_DIR: contentDirOf() }): string {
  return path.join(config.CONTENT_DIR, 'words.yaml');
}

let cached: { file: string; version: string; screener: Screener } | undefined;

/**
 * The screener for the team's list, built on first use and kept until the file changes (the team edits
 * it while the server runs); a malformed list throws WordListError.
 */
export function getScreener(file: string = wordsFile()): Screener {
  const v = fileVersion(file);
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

/** What every route and command screens with: the list of the configured content folder. */
export function screen(config: Pick<Config, 'CONTENT_DIR'>, text: string): Hit[] {
  return getScreener(wordsFile(config)).screen(text);
}

export function blockingHits<H extends Hit>(hits: H[]): H[] {
  return hits.filter((h) => h.level === 'block');
}
