import { useEffect, useState } from 'react';
import type { Lang } from '@lotus/server/contract/lang';
import { initialLang, loadMessages, loadedMessages, type Messages } from './locales';
import { cache } from './cache';
import { setDocumentLang } from './platform';

/** Her language: the one she chose on this device, else her browser's or phone's (locales/choice.ts). */
let current: Lang = initialLang;
let announced = false;
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  if (!announced) {
    announced = true;
    setDocumentLang(current);
  }
  return current;
}

/** Switches every mounted page once the language's messages are here, and remembers the choice. */
export async function setLang(lang: Lang): Promise<void> {
  await loadMessages(lang);
  current = lang;
  announced = true;
  cache.setLang(lang);
  setDocumentLang(lang);
  listeners.forEach((fn) => fn(lang));
}

/** The messages of a loaded language; the current one always is (the app starts once it is). */
export function messages(lang: Lang = getLang()): Messages {
  return loadedMessages(lang) ?? (loadedMessages(current) as Messages);
}

/** The current language and its messages; every mounted page re-renders when it changes. */
export function useI18n(): { lang: Lang; t: Messages; setLang: (lang: Lang) => Promise<void> } {
  const [lang, setState] = useState<Lang>(getLang);
  useEffect(() => {
    listeners.add(setState);
    setState(getLang());
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return { lang, t: messages(lang), setLang };
}
