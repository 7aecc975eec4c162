import type { Localized } from '../contract/lang';
import { SERVICE_TAG_FR, type ServiceTag } from '../contract/vocab';

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

const TAG_DESCRIPTIONS: Record<ServiceTag, string> = {
  tools: 'Préservatifs, gel et autre matériel de prévention gratuit.',
  testing: 'Dépistage du VIH, des hépatites et des IST.',
  pep: "Traitement post-exposition, à commencer dans les 48 heures après un risque d'exposition au VIH.",
  medical: 'Consultations et soins médicaux.',
  social: 'Droits sociaux, couverture maladie, hébergement.',
  legal: 'Information juridique et accès au droit.',
  language: 'Accueil en chinois ou avec un interprète.',
  'shower-food': 'Hygiène, douche, repas ou colis alimentaires.',
  'peer-support': 'Accueil et soutien par des paires.',
};

/** Same French labels as the mini-program (contract/vocab.ts), so partners and users read the same words. */
export const TAG_TERMS: Record<ServiceTag, { name: string; description: string }> = Object.fromEntries(
  Object.entries(TAG_DESCRIPTIONS).map(([tag, description]) => [tag, { name: SERVICE_TAG_FR[tag as ServiceTag], description }]),
) as Record<ServiceTag, { name: string; description: string }>;
