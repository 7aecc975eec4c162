import { z } from 'zod';
import { LANGS } from './lang';
import { ERROR_CODES } from './errors';
import { DEVICE_ID, IDENTIFIER_MAX, MONTH } from './identifiers';

export const IDENTIFIER_KINDS = ['phone', 'wechat', 'plate', 'email'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** `refuses-tools`: refuses condoms, in the programme's wording (工具). */
export const REPORT_CATEGORIES = [
  'violence',
  'robbery',
  'non-payment',
  'harassment',
  'refuses-tools',
  'stealthing',
  'fake-client',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** As Projet Jasmine grades its alerts, so a check can say how worried to be. */
export const REPORT_LEVELS = ['dangerous', 'risky', 'annoying'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

const kind = z.enum(IDENTIFIER_KINDS, { message: `kind must be one of ${IDENTIFIER_KINDS.join(', ')}` });
const value = z.string({ message: 'value is required' }).trim().min(1, 'value is required').max(IDENTIFIER_MAX, 'value is too long');
const device = z.string().regex(DEVICE_ID, ERROR_CODES.invalid_device);

export const CheckRequestSchema = z.object({
  kind,
  value,
  /** For a phone number written without +country: FR unless said otherwise (CN for Chinese mobiles). */
  region: z.enum(['FR', 'CN']).optional(),
  lang: z.enum(LANGS).default('zh-Hans'),
  /** The install id from `POST /api/device`: the tight rate limit is per install id, the address gets a looser one. */
  device: device.optional(),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export interface CheckResponse {
  reported: boolean;
  /** Approved reports from distinct devices. */
  count: number;
  /**
   * Independent sources of reports still waiting for a moderator: 0 until at least two (distinct
   * install ids issued by the server, from distinct address ranges and days) have become visible,
   * hours after they were sent. Say it as "someone mentioned it, not yet checked" — never a level.
   */
  unconfirmed: number;
  categories: ReportCategory[];
  level: ReportLevel | null;
  /** YYYY-MM */
  lastReported: string | null;
  advice: string;
}

const category = z.enum(REPORT_CATEGORIES, { message: `category must be one of ${REPORT_CATEGORIES.join(', ')}` });

/** Older versions of the app sent one `category`, and a phone's outbox may still hold such a report: both are read. */
const categories = z.array(category, { message: 'categories must be a list of categories' }).max(REPORT_CATEGORIES.length * 2, 'categories has too many entries');

export const ReportCreateSchema = z
  .object({
    kind,
    value,
    region: z.enum(['FR', 'CN']).optional(),
    /** One or more; a repeated one counts once. */
    categories: categories.optional(),
    /** The single category of older versions of the app. */
    category: category.optional(),
    level: z.enum(REPORT_LEVELS, { message: `level must be one of ${REPORT_LEVELS.join(', ')}` }).default('risky'),
    city: z.string().regex(/^[a-z0-9-]{1,40}$/, 'city must be a city slug such as paris').optional(),
    month: z.string().regex(MONTH, ERROR_CODES.invalid_month).optional(),
    details: z.string().max(1000, 'details must be at most 1000 characters').optional(),
    /** The install id from `POST /api/device` (stored only as a keyed hash); an id the app made itself is accepted but does not count as a source. */
    device,
  })
  .superRefine((body, ctx) => {
    if (!body.category && !body.categories?.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: ERROR_CODES.no_category });
  })
  // Distinct, in REPORT_CATEGORIES order, whichever way the app sent them.
  .transform(({ category: single, categories: list, ...rest }) => ({ ...rest, categories: REPORT_CATEGORIES.filter((c) => c === single || list?.includes(c)) }));
export type ReportCreateRequest = z.infer<typeof ReportCreateSchema>;
/** A report body as an older version of the app queued it: one category. */
export type LegacyReportCreateRequest = Omit<ReportCreateRequest, 'categories'> & { category: ReportCategory };

export interface ReportCreatedResponse {
  reference: string;
}

export const REPORT_STATUSES = ['pending', 'approved', 'rejected', 'duplicate'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a moderator decides: the URL's last segment, `POST /api/admin/reports/:id/approve`. */
export const MODERATION_DECISIONS = { approve: 'approved', reject: 'rejected', duplicate: 'duplicate' } as const;
export type ModerationDecision = keyof typeof MODERATION_DECISIONS;

export const ModerationQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES, { message: `status must be one of ${REPORT_STATUSES.join(', ')}` }).default('pending'),
  limit: z.coerce.number().int().min(1, 'limit must be from 1 to 200').max(200, 'limit must be from 1 to 200').default(50),
});

/** A report as a moderator sees it: the identifier masked, never the reporter. */
export interface ModerationReportDTO {
  id: string;
  kind: IdentifierKind;
  masked: string;
  categories: ReportCategory[];
  level: ReportLevel;
  city: string | null;
  month: string;
  details: string | null;
  /** Words the screener flagged in `details`; null when it was not screened. */
  screenHits: number | null;
  status: ReportStatus;
  createdAt: string;
  decidedAt: string | null;
  /** Other live reports about the same identifier, to spot duplicates. */
  sameIdentifier: { approved: number; pending: number };
  /** Part of a burst of pending reports about one identifier (more than the daily cap): read with care; not counted in checks until decided. */
  flagged: boolean;
}

/** `POST /api/device`: the install id the app keeps and sends with checks and reports. */
export interface DeviceIssuedResponse {
  device: string;
}
