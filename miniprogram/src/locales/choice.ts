import { DEFAULT_LANG, langFromLocale, type Lang } from '@lotus/server/contract/lang';
import { cache } from '../cache';

/**
 * The language to open in: the one she picked on this device, else the first of her browser's or
 * phone's languages that the app offers here, else Chinese (the programme's first language).
 */
export function chooseLang(offered: readonly Lang[], system: readonly string[]): Lang {
  const saved = cache.lang();
  if (saved && offered.includes(saved)) return saved;
  for (const locale of system) {
    const lang = langFromLocale(locale);
    if (lang && offered.includes(lang)) return lang;
  }
  return DEFAULT_LANG;
}
