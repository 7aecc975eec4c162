/** Service tags. `tools` is the programme's word for prevention material (工具). */
export const SERVICE_TAGS = [
  'tools',
  'testing',
  'pep',
  'medical',
  'social',
  'legal',
  'language',
  'shower-food',
  'peer-support',
] as const;
export type ServiceTag = (typeof SERVICE_TAGS)[number];

export const ARTICLE_CATEGORIES = [
  'news',
  'rights',
  'insurance',
  'health',
  'emergency',
  'safety',
  'about',
  'history',
] as const;
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];

/** Languages a service's staff speak, as BCP 47 primary tags. */
export const SPOKEN_LANGUAGES = ['zh', 'fr', 'en', 'es', 'pt', 'ro', 'bg', 'ru', 'ar', 'vi', 'th', 'tl', 'yue', 'wuu'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];
