import type { Lang } from '@lotus/server/contract/lang';
import type { Messages } from './types';
import zhHans from './zh-Hans';
import fr from './fr';
import en from './en';
import es from './es';
import pt from './pt';
import ro from './ro';
import bg from './bg';

/** Every language at once, for tests and tools only: the app loads one language at a time (index.h5.ts). */
export const MESSAGES: Record<Lang, Messages> = { 'zh-Hans': zhHans, fr, en, es, pt, ro, bg };
