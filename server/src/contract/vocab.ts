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

/**
 * The French words for tags and spoken languages, written once: the mini-program shows them and the
 * HSDS export gives them to partners, so both read the same words.
 */
export const SERVICE_TAG_FR: Record<ServiceTag, string> = {
  tools: 'Matériel de prévention',
  testing: 'Dépistage',
  pep: 'TPE (48 h)',
  medical: 'Soins',
  social: 'Aide sociale',
  legal: 'Droits',
  language: 'Interprétariat',
  'shower-food': 'Douche, repas',
  'peer-support': 'Entraide',
};

export const SPOKEN_LANGUAGE_FR: Record<SpokenLanguage, string> = {
  zh: 'mandarin',
  yue: 'cantonais',
  wuu: 'wu (Wenzhou, Shanghai)',
  fr: 'français',
  en: 'anglais',
  es: 'espagnol',
  pt: 'portugais',
  ro: 'roumain',
  bg: 'bulgare',
  ru: 'russe',
  ar: 'arabe',
  vi: 'vietnamien',
  th: 'thaï',
  tl: 'tagalog',
};
