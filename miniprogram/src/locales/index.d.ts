import type { Lang } from '@lotus/server/contract/lang';
import type { Messages } from './types';
import zhHans from './zh-Hans';
import fr from './fr';
import en from './en';

export const MESSAGES: Record<Lang, Messages> = { 'zh-Hans': zhHans, fr, en };
export type { Messages };
