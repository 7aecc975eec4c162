import { z } from 'zod';
import { isCalendarDay } from '../../../contract/admin';
import { FLYER_LANGS, type FlyerLang } from '../../../flyers/texts';

const Day = z.string().refine(isCalendarDay, 'takes a calendar date as YYYY-MM-DD');

export const ScenesListSchema = z.object({ from: Day.optional(), to: Day.optional() });

export const ScenesCreateSchema = z.object({
  scene: z.string({ error: 'give the target as c=<city>, a=<article> or p=<page>' }),
  label: z.string({ error: 'say where and when the flyer is handed out' }).trim().min(1, 'say where and when the flyer is handed out').max(120, 'at most 120 characters'),
  code: z.string().optional(),
});

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
