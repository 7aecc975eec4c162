import path from 'node:path';
import { z } from 'zod';
import { loadYaml } from '../content/yaml';

export const FLYER_LANGS = ['zh-Hans', 'fr'] as const;
export type FlyerLang = (typeof FLYER_LANGS)[number];

const Line = z.string().trim().min(1).max(60, 'a flyer line is at most 60 characters');
const FlyerTextsSchema = z.object({
  name: z.string().min(1).max(30),
  organisation: z.object({ 'zh-Hans': z.string().min(1), fr: z.string().min(1) }),
  lines: z.object({ 'zh-Hans': z.array(Line).length(3), fr: z.array(Line).length(3) }),
  contact: z.string().email(),
});
export type FlyerTexts = z.infer<typeof FlyerTextsSchema>;

/** The flyer's words from content/flyer-texts.yaml, where the team edits them and CI screens them. */
export function loadFlyerTexts(contentDir: string): FlyerTexts {
  return loadYaml(path.join(contentDir, 'flyer-texts.yaml'), FlyerTextsSchema);
}
