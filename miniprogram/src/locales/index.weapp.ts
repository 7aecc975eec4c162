import Taro from '@tarojs/taro';
import { WECHAT_LANGS, type Lang } from '@lotus/server/contract/lang';
import type { Messages } from './types';
import { chooseLang } from './choice';
import zhHans from './zh-Hans';
import fr from './fr';
import en from './en';

export type { Messages };

/**
 * WeChat carries Chinese, French and English only: its readers are the Chinese-speaking women the
 * programme meets, and the censorship screen only knows Chinese and French words (content/README.md,
 * "Languages"). The other languages are on the open web.
 */
const MESSAGES: Partial<Record<Lang, Messages>> = { 'zh-Hans': zhHans, fr, en };
export const UI_LANGS: readonly Lang[] = WECHAT_LANGS;

/** WeChat's own language ("zh_CN", "en"…), the phone's only when the base library is too old to say. */
function wechatLanguages(): readonly string[] {
  try {
    const language = Taro.getAppBaseInfo ? Taro.getAppBaseInfo().language : Taro.getSystemInfoSync().language;
    return language ? [language] : [];
  } catch {
    return [];
  }
}

export const initialLang: Lang = chooseLang(UI_LANGS, wechatLanguages());

export function loadMessages(lang: Lang): Promise<Messages> {
  return Promise.resolve(MESSAGES[lang] ?? zhHans);
}

export function loadedMessages(lang: Lang): Messages | undefined {
  return MESSAGES[lang];
}
