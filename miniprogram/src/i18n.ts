import { useEffect, useState } from 'react';
import { DEFAULT_LANG, LANGS, type Lang } from '@lotus/server/contract/lang';
import { MESSAGES, type Messages } from './locales';
import { cache } from './cache';
import { setDocumentLang } from './platform';

/** Chinese unless the person chose otherwise; her choice is remembered on the device. */
let current: Lang = DEFAULT_LANG;
let loaded = false;
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  if (!loaded) {
    const saved = cache.lang();
    if (saved && (LANGS as readonly string[]).includes(saved)) current = saved;
    loaded = true;
    setDocumentLang(current);
  }
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  loaded = true;
  cache.setLang(lang);
  setDocumentLang(lang);
  listeners.forEach((fn) => fn(lang));
}

export function messages(lang: Lang = getLang()): Messages {
  return MESSAGES[lang];
}

/** The current language and its messages; every mounted page re-renders when it changes. */
export function useI18n(): { lang: Lang; t: Messages; setLang: (lang: Lang) => void } {
  const [lang, setState] = useState<Lang>(getLang);
  useEffect(() => {
    listeners.add(setState);
    setState(getLang());
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return { lang, t: MESSAGES[lang], setLang };
}
