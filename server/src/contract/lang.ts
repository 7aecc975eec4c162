export const LANGS = ['zh-Hans', 'fr', 'en', 'es', 'pt', 'ro', 'bg'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hans';

/**
 * The languages that may reach WeChat (the mini-program and the official account): the ones the
 * screener knows. The others go to the open web app only (content/README.md, "Languages").
 */
export const WECHAT_LANGS = ['zh-Hans', 'fr', 'en'] as const satisfies readonly Lang[];
export type WechatLang = (typeof WECHAT_LANGS)[number];

export function isWechatLang(lang: Lang): lang is WechatLang {
  return (WECHAT_LANGS as readonly Lang[]).includes(lang);
}

/** Text in several languages; zh-Hans is always present, the others may be missing. */
export type Localized = { 'zh-Hans': string } & Partial<Record<Exclude<Lang, 'zh-Hans'>, string>>;

/**
 * What a reader gets when her language is missing. English readers get French before Chinese: both are
 * Latin script, and most French services answer in French. Spanish, Portuguese and Romanian readers get
 * French first (a close Romance language, and the language of the services they will call), then
 * English; Bulgarian readers get English first (the foreign language most learnt in Bulgaria), then French.
 */
const FALLBACKS: Record<Lang, Lang[]> = {
  'zh-Hans': ['zh-Hans', 'fr'],
  fr: ['fr', 'zh-Hans'],
  en: ['en', 'fr', 'zh-Hans'],
  es: ['es', 'fr', 'en', 'zh-Hans'],
  pt: ['pt', 'fr', 'en', 'zh-Hans'],
  ro: ['ro', 'fr', 'en', 'zh-Hans'],
  bg: ['bg', 'en', 'fr', 'zh-Hans'],
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

/** The language a browser or phone setting such as "ro-RO", "pt_BR" or "zh-CN" asks for, if Lotus has it. */
export function langFromLocale(locale: string | null | undefined): Lang | null {
  if (!locale) return null;
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return null;
  // Traditional-script Chinese readers read simplified better than any Latin-script language.
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-Hans';
  const base = tag.split('-')[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

/** The first language of a preference list (navigator.languages, or WeChat's one language) Lotus has. */
export function langFromLocales(locales: readonly (string | null | undefined)[]): Lang | null {
  for (const l of locales) {
    const found = langFromLocale(l);
    if (found) return found;
  }
  return null;
}
