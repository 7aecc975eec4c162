import type { Lang } from '@lotus/server/contract/lang';

/**
 * Each language's name in its own script, as the picker shows it: someone who does not read the
 * current language still finds hers. Kept apart from the messages so the picker names all seven
 * without loading them.
 */
export const LANG_NAMES: Record<Lang, string> = {
  'zh-Hans': '中文',
  fr: 'Français',
  en: 'English',
  es: 'Español',
  pt: 'Português',
  ro: 'Română',
  bg: 'Български',
};
