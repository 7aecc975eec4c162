import path from 'node:path';
import type { Config } from '../../../config';
import { getScreener, type Hit } from '../../../screen';
import type { AcceptedHit } from '../../../screen/accept';

/**
 * A hit as the console receives it: offsets into the text sent, the text matched, the listed word, why a
 * block-level word is only a warning (`ambiguous`) and whether a mediator accepted it (`accepted`).
 */
export type ScreenHit = AcceptedHit;

/** Screens with the word list of the configured content folder (content/words.yaml). */
export function screen(config: Config, text: string): Hit[] {
  return getScreener(path.join(config.CONTENT_DIR, 'words.yaml')).screen(text);
}

export function blockingHits(hits: ScreenHit[]): ScreenHit[] {
  return hits.filter((h) => h.level === 'block');
}
