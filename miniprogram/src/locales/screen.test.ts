import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The same screener and word list as the CI gate (`npm run screen -- miniprogram/src/locales`), so a
 * blocked word fails here first. Warn-level words appear only where listed here, on purpose: the
 * contract's category key `violence` (never shown), and the emergency page naming what 17, 3114 and
 * 3919 are — someone without papers must know that 17 is the police before she dials it.
 */
const MEANT = new Set(['violence', '警察', 'police', 'Police', 'suicide', 'Suicide', 'Violences', 'violences']);
/** Loaded by path so this package's stricter tsc does not type-check the server's sources. */
const SCREEN = path.resolve(__dirname, '../../../server/src/screen/index.ts');
type ScreenText = (text: string) => { text: string; level: 'block' | 'warn' }[];

describe('locale files pass the censorship screen', () => {
  for (const file of ['zh-Hans.ts', 'fr.ts', 'en.ts', 'es.ts', 'pt.ts', 'ro.ts', 'bg.ts', 'names.ts', 'types.ts', 'errors.ts']) {
    // The first file loads the screener and its dictionaries: seconds on a busy machine.
    it(`${file} has no blocked word`, async () => {
      const { screenText } = (await import(SCREEN)) as { screenText: ScreenText };
      const hits = screenText(readFileSync(path.join(__dirname, file), 'utf8'));
      expect(hits.filter((h) => h.level === 'block').map((h) => h.text)).toEqual([]);
      expect(hits.map((h) => h.text).filter((t) => !MEANT.has(t))).toEqual([]);
    }, 60_000);
  }
});
