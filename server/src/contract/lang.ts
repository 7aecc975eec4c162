export const LANGS = ['zh-Hans', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hans';

/** Text in several languages; zh-Hans is always present, the others may be missing. */
export type Localized = { 'zh-Hans': string } & Partial<Record<Exclude<Lang, 'zh-Hans'>, string>>;

/** English readers get French before Chinese: both are Latin script, and most French services answer in French. */
const FALLBACKS: Record<Lang, Lang[]> = {
  'zh-Hans': ['zh-Hans', 'fr'],
  fr: ['fr', 'zh-Hans'],
  en: ['en', 'fr', 'zh-Hans'],
};

export function fallbackOrder(lang: Lang): readonly Lang[] {
  return FALLBACKS[lang];
}

export function pick(text: Partial<Record<Lang, string>> | null | undefined, lang: Lang): string {
  if (!text) return '';
  for (const l of FALLBACKS[lang]) {
    const value = text[l];
    if (value) return value;
  }
  return '';
}
