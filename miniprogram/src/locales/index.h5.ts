import { DEFAULT_LANG, LANGS, type Lang } from '@lotus/server/contract/lang';
import type { Messages } from './types';
import { chooseLang } from './choice';

export type { Messages };

/** Every language on the open web: the workers who are not on WeChat read these. */
export const UI_LANGS: readonly Lang[] = LANGS;

/** One chunk per language, fetched when chosen: the first screen carries only the language it shows. */
const CHUNKS: Record<Lang, () => Promise<{ default: Messages }>> = {
  'zh-Hans': () => import(/* webpackChunkName: "lang-zh-Hans" */ './zh-Hans'),
  fr: () => import(/* webpackChunkName: "lang-fr" */ './fr'),
  en: () => import(/* webpackChunkName: "lang-en" */ './en'),
  es: () => import(/* webpackChunkName: "lang-es" */ './es'),
  pt: () => import(/* webpackChunkName: "lang-pt" */ './pt'),
  ro: () => import(/* webpackChunkName: "lang-ro" */ './ro'),
  bg: () => import(/* webpackChunkName: "lang-bg" */ './bg'),
};
const loaded: Partial<Record<Lang, Messages>> = {};

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (loaded[lang] ??= (await CHUNKS[lang]()).default);
}

export function loadedMessages(lang: Lang): Messages | undefined {
  return loaded[lang];
}

export const initialLang: Lang = chooseLang(UI_LANGS, browserLanguages());

// The app's modules wait for this before the first page renders, so no page ever draws without words.
// A chunk that cannot be fetched (offline before the service worker has it) falls back to Chinese.
await loadMessages(initialLang).catch(() => loadMessages(DEFAULT_LANG));
