import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '@lotus/server/contract/lang';
import { MESSAGES } from './all';
import { LANG_NAMES } from './names';
import { ERROR_TEXT } from './errors';

/** Arguments that every message function of the app accepts (numbers, dates, names…). */
const SAMPLE_ARGS = [2, 2026] as const;

/** Every leaf of a messages tree, by its dotted path: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    let result: unknown;
    try {
      result = (value as (...a: unknown[]) => unknown)(...SAMPLE_ARGS);
    } catch (e) {
      result = `threw ${String(e)}`;
    }
    out.set(`${path}()`, typeof result === 'string' ? result : `not text: ${typeof result}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`).forEach((x, k) => out.set(k, x)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k).forEach((x, key) => out.set(key, x));
  else out.set(path, `not text: ${String(value)}`);
  return out;
}

describe('every language has every message', () => {
  const reference = leaves(MESSAGES['zh-Hans']);

  it('ships the seven languages', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGS].sort());
    expect(reference.size).toBeGreaterThan(200);
  });

  for (const lang of LANGS) {
    it(`${lang}: no key missing, none extra, none empty`, () => {
      const mine = leaves(MESSAGES[lang]);
      const missing = [...reference.keys()].filter((k) => !mine.has(k));
      const extra = [...mine.keys()].filter((k) => !reference.has(k));
      const empty = [...mine].filter(([, v]) => typeof v !== 'string' || !v.trim() || v.startsWith('not text') || v.startsWith('threw')).map(([k]) => k);
      expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] });
    });
  }

  it('names every language in its own script, and in every language for the fallback banners', () => {
    for (const lang of LANGS) {
      expect(LANG_NAMES[lang].trim()).not.toBe('');
      for (const other of LANGS) expect(MESSAGES[lang].common.langNames[other]?.trim(), `${lang} naming ${other}`).toBeTruthy();
    }
    expect(new Set(Object.values(LANG_NAMES)).size).toBe(LANGS.length);
  });

  it('translates every error code into every language', () => {
    const missing = Object.entries(ERROR_TEXT).flatMap(([code, texts]) =>
      LANGS.filter((l: Lang) => !(texts as Partial<Record<Lang, string>>)[l]?.trim()).map((l) => `${code} (${l})`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps every number of the French text (emergency numbers, 48 h, 24 months…) in the other Latin and Cyrillic languages', () => {
    const numbers = (text: unknown) => [...new Set(String(text).match(/\d+/g) ?? [])].sort().join(' ');
    const french = leaves(MESSAGES.fr);
    for (const lang of LANGS.filter((l) => l !== 'zh-Hans' && l !== 'fr')) {
      const mine = leaves(MESSAGES[lang]);
      const differ = [...french].filter(([k, v]) => numbers(v) !== numbers(mine.get(k))).map(([k, v]) => `${k}: fr "${String(v)}" / ${lang} "${String(mine.get(k))}"`);
      expect(differ).toEqual([]);
    }
  });
});
