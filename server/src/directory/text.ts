import type { Localized } from '../contract/lang';
import type { ServiceTag, SpokenLanguage } from '../contract/vocab';

/**
 * HSDS text fields hold one string each. The directory is read by French partners first, so French
 * leads and the Chinese follows in the same field; `name` is French, `alternate_name` Chinese.
 */
export function frenchFirst(t: Localized): string {
  return t.fr ?? t['zh-Hans'];
}

export function chineseIfDifferent(t: Localized): string | undefined {
  return t['zh-Hans'] !== frenchFirst(t) ? t['zh-Hans'] : undefined;
}

export function bilingual(t: Localized): string {
  const zh = chineseIfDifferent(t);
  return zh ? `${frenchFirst(t)}\n${zh}` : frenchFirst(t);
}

/** Our codes are ISO 639-1 where one exists and ISO 639-3 otherwise (yue, wuu), as HSDS asks. */
export const LANGUAGE_NAMES: Record<SpokenLanguage, string> = {
  zh: 'mandarin',
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
  yue: 'cantonais',
  wuu: 'wu (Wenzhou, Shanghai)',
};

/** Same French labels as the mini-program, so partners and users read the same words. */
export const TAG_TERMS: Record<ServiceTag, { name: string; description: string }> = {
  tools: { name: 'Matériel de prévention', description: 'Préservatifs, gel et autre matériel de prévention gratuit.' },
  testing: { name: 'Dépistage', description: 'Dépistage du VIH, des hépatites et des IST.' },
  pep: { name: 'TPE (48 h)', description: "Traitement post-exposition, à commencer dans les 48 heures après un risque d'exposition au VIH." },
  medical: { name: 'Soins', description: 'Consultations et soins médicaux.' },
  social: { name: 'Aide sociale', description: 'Droits sociaux, couverture maladie, hébergement.' },
  legal: { name: 'Droits', description: 'Information juridique et accès au droit.' },
  language: { name: 'Interprétariat', description: 'Accueil en chinois ou avec un interprète.' },
  'shower-food': { name: 'Douche, repas', description: 'Hygiène, douche, repas ou colis alimentaires.' },
  'peer-support': { name: 'Entraide', description: 'Accueil et soutien par des paires.' },
};
