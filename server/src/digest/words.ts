import type { ReportCategory, ReportLevel } from '../contract/alerts';

/**
 * The digest's and the sheet's fixed words, in Chinese then French, as the mini-program says them
 * (miniprogram/src/locales): a worker reads the same word for the same thing everywhere. Everything
 * here reaches WeChat or paper and is screened by the tests.
 */
export type Bilingual = { 'zh-Hans': string; fr: string };

export const CATEGORY_WORDS: Record<ReportCategory, Bilingual> = {
  violence: { 'zh-Hans': '动手伤人', fr: 'Coups' },
  robbery: { 'zh-Hans': '抢东西', fr: 'Vol' },
  'non-payment': { 'zh-Hans': '不给钱', fr: 'N’a pas payé' },
  harassment: { 'zh-Hans': '纠缠骚扰', fr: 'Harcèlement' },
  'refuses-tools': { 'zh-Hans': '拒绝使用工具', fr: 'Refuse le matériel' },
  stealthing: { 'zh-Hans': '偷偷摘掉工具', fr: 'A retiré le matériel en cachette' },
  'fake-client': { 'zh-Hans': '冒充身份', fr: 'Se fait passer pour un autre' },
  other: { 'zh-Hans': '其他', fr: 'Autre' },
};

/** Reports' levels, and description alerts' levels (Projet Jasmine's three), with an icon: never colour alone. */
export const LEVEL_WORDS: Record<ReportLevel | 'danger' | 'caution' | 'information', Bilingual & { icon: string }> = {
  dangerous: { 'zh-Hans': '危险', fr: 'Dangereux', icon: '⚠' },
  risky: { 'zh-Hans': '要小心', fr: 'Prudence', icon: '!' },
  annoying: { 'zh-Hans': '让人不舒服', fr: 'Désagréable', icon: 'i' },
  danger: { 'zh-Hans': '危险', fr: 'Danger', icon: '⚠' },
  caution: { 'zh-Hans': '要小心', fr: 'Prudence', icon: '!' },
  information: { 'zh-Hans': '提醒', fr: 'Information', icon: 'i' },
};

export const categoryWord = (c: string): Bilingual => CATEGORY_WORDS[c as ReportCategory] ?? CATEGORY_WORDS.other;
export const levelWord = (l: string): Bilingual & { icon: string } => LEVEL_WORDS[l as keyof typeof LEVEL_WORDS] ?? LEVEL_WORDS.information;

/** "2026-11" → "2026年11月" / "nov. 2026". */
export function monthWords(month: string): Bilingual {
  const [y, m] = month.split('-').map(Number);
  const fr = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][m - 1];
  return { 'zh-Hans': `${y}年${m}月`, fr: `${fr} ${y}` };
}

export const CHECK_IN_MINIPROGRAM: Bilingual = {
  'zh-Hans': '完整的号码请在小程序里查询',
  fr: 'Vérifiez le numéro complet dans le mini-programme',
};
