import { z } from 'zod';
import { ARTICLE_CATEGORIES, SERVICE_TAGS, SPOKEN_LANGUAGES } from '../contract/vocab';
import { LANGS, type Lang } from '../contract/lang';
import { TIME_RE, WEEKDAYS } from '../contract/hours';
import { ScreenSettingsSchema } from '../screen/accept';

/** What the team writes in content/. Modelled on Open Referral HSDS: city → organisation → service → location → schedule. */

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lowercase letters, digits and dashes');
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** YAML turns an unquoted 2026-12-24 into a Date: accept both and keep the text. */
const date = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), ymd);

export const LocalizedSchema = z
  .object({
    'zh-Hans': z.string().min(1, 'zh-Hans text is required'),
    ...Object.fromEntries(LANGS.filter((l) => l !== 'zh-Hans').map((l) => [l, z.string().min(1).optional()])),
  } as { 'zh-Hans': z.ZodString } & Record<Exclude<Lang, 'zh-Hans'>, z.ZodOptional<z.ZodString>>)
  .strict();

/**
 * A note the app shows beside a service: the reader must get it in her language, so both the
 * Chinese and the French are required (a French note in a Chinese screen is noise at best).
 */
export const NoteSchema = z
  .object({
    'zh-Hans': z.string({ message: 'zh-Hans text is required' }).min(1, 'zh-Hans text is required'),
    fr: z.string({ message: 'fr text is required' }).min(1, 'fr text is required'),
    en: z.string().min(1).optional(),
  })
  .strict();

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/');
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Paris');

export const HoursRuleSchema = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).min(1),
    open: z.string().regex(TIME_RE, 'must be HH:MM'),
    close: z.string().regex(TIME_RE, 'must be HH:MM'),
  })
  .strict();

export const ClosureSchema = z
  .object({ from: date, to: date, reason: NoteSchema })
  .strict()
  .refine((c) => c.from <= c.to, 'from must be on or before to');

export const LocationSchema = z
  .object({
    id: slug,
    name: LocalizedSchema.optional(),
    address: z.string().min(1),
    postalCode: z.string().regex(/^\d{5}$/, 'must be a 5-digit French postal code'),
    lat: z.number().min(41).max(52).nullable().optional(),
    lng: z.number().min(-6).max(10).nullable().optional(),
    hours: z.array(HoursRuleSchema).default([]),
    hoursNote: NoteSchema.optional(),
  })
  .strict();

export const ServiceSchema = z
  .object({
    id: slug,
    name: LocalizedSchema,
    description: LocalizedSchema,
    tags: z.array(z.enum(SERVICE_TAGS)).min(1),
    languages: z.array(z.enum(SPOKEN_LANGUAGES)).min(1),
    phone: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'must be a phone number such as +33 1 44 92 15 15').nullable().optional(),
    notes: NoteSchema.optional(),
    mobile: z.boolean().default(false),
    locations: z.array(LocationSchema).min(1),
    closures: z.array(ClosureSchema).default([]),
    verified: z.boolean(),
    /** The day someone of the team checked address, phone and hours (by calling or visiting). */
    verifiedOn: date.nullable().optional(),
    source: z.string().min(1, 'say where this came from'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.verified && !s.verifiedOn) ctx.addIssue({ code: 'custom', path: ['verifiedOn'], message: 'verified: true needs verifiedOn, the day it was checked (YYYY-MM-DD)' });
    if (!s.verified && s.verifiedOn) ctx.addIssue({ code: 'custom', path: ['verified'], message: 'verifiedOn is set: write verified: true, or remove verifiedOn' });
  });

export const OrganizationSchema = z
  .object({
    id: slug,
    name: LocalizedSchema,
    website: z.string().url().nullable().optional(),
    email: z.string().email().nullable().optional(),
    services: z.array(ServiceSchema).min(1),
  })
  .strict();

export const CityFileSchema = z
  .object({
    city: slug,
    name: LocalizedSchema,
    timezone: timeZone,
    organizations: z.array(OrganizationSchema).min(1),
    /** Warnings of the screener the team accepted for this file (see server/src/screen/accept.ts). */
    screen: ScreenSettingsSchema.optional(),
  })
  .strict();
export type CityFile = z.infer<typeof CityFileSchema>;

export const ArticleFrontMatterSchema = z
  .object({
    slug,
    lang: z.enum(LANGS),
    category: z.enum(ARTICLE_CATEGORIES),
    title: z.string().min(1).max(64),
    summary: z.string().min(1).max(200),
    updated: date,
    /** Warnings of the screener the team accepted for this article (see server/src/screen/accept.ts). */
    screen: ScreenSettingsSchema.optional(),
  })
  .strict();
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

export const UpdateItemSchema = z
  .object({
    key: slug,
    city: slug.nullable().optional(),
    published: date,
    expires: date.nullable().optional(),
    title: LocalizedSchema,
    body: LocalizedSchema,
  })
  .strict();
export const UpdatesFileSchema = z.array(UpdateItemSchema);
export type UpdateItem = z.infer<typeof UpdateItemSchema>;
