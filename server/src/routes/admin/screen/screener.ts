import path from 'node:path';
import type { Config } from '../../../config';
import { getScreener, type Hit } from '../../../screen';

/** Screens with the word list of the configured content folder (content/words.yaml). */
export function screen(config: Config, text: string): Hit[] {
  return getScreener(path.join(config.CONTENT_DIR, 'words.yaml')).screen(text);
}

export function blockingHits<H extends Hit>(hits: H[]): H[] {
  return hits.filter((h) => h.level === 'block');
}
