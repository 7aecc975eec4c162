import { z } from 'zod';
import { FLYER_LANGS, type FlyerLang } from '../../../flyers/texts';

export const SceneParamsSchema = z.object({ code: z.string().regex(/^[a-z0-9]{1,12}$/, 'is not a flyer code') });

/** `test=1`: a test print, stamped TEST, allowed to open an address only this network reaches. */
const Test = z
  .enum(['0', '1'], { message: 'takes 1 for a test print' })
  .optional()
  .transform((v) => v === '1');
export const TestPrintSchema = z.object({ test: Test });

/** `langs=zh-Hans,fr`: the languages of the three lines, in print order. */
export const FlyerQuerySchema = z.object({
  test: Test,
  langs: z
    .string()
    .default(FLYER_LANGS.join(','))
    .transform((s) => s.split(',').map((l) => l.trim()))
    .refine((ls) => ls.every((l) => (FLYER_LANGS as readonly string[]).includes(l)), `takes ${FLYER_LANGS.join(' and/or ')}, comma-separated`)
    .refine((ls) => new Set(ls).size === ls.length, 'names a language twice')
    .transform((ls) => ls as FlyerLang[]),
});
