import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { DEVICE_ID, MONTH } from './identifiers';
import { REPORT_CATEGORIES, type ReportCategory } from './alerts';

/**
 * Alerts by description (issue #16 part 2): what a worker reports when she has no number, plate or
 * ID to give — city, area, month, what happened and how he looks or works. Nothing names her.
 */

/** As Projet Jasmine grades the alerts it sends: set by the moderator, never by the sender. */
export const DESCRIPTION_LEVELS = ['information', 'caution', 'danger'] as const;
export type DescriptionLevel = (typeof DESCRIPTION_LEVELS)[number];

/** Short enough to read on a phone in one look; long enough for a car, a face and a way of operating. */
export const DESCRIPTION_MAX = 500;
export const AREA_MAX = 60;

const CITY = /^[a-z0-9-]{1,40}$/;
const city = z.string({ message: 'city is required' }).regex(CITY, 'city must be a city slug such as paris');
const category = z.enum(REPORT_CATEGORIES, { message: `category must be one of ${REPORT_CATEGORIES.join(', ')}` });
const text = z
  .string({ message: 'text is required' })
  .trim()
  .min(1, 'text is required')
  .max(DESCRIPTION_MAX, `text must be at most ${DESCRIPTION_MAX} characters`);
const area = z.string().trim().max(AREA_MAX, `area must be at most ${AREA_MAX} characters`);

export const DescriptionAlertCreateSchema = z.object({
  city,
  /** A street, a station, a neighbourhood: free words, optional. */
  area: area.optional(),
  month: z.string().regex(MONTH, ERROR_CODES.invalid_month).optional(),
  /** One or more, as identifier reports take them; a repeated one counts once. */
  categories: z
    .array(category, { message: 'categories must be a list of categories' })
    .min(1, ERROR_CODES.no_category)
    .max(REPORT_CATEGORIES.length * 2, 'categories has too many entries')
    .transform((list) => REPORT_CATEGORIES.filter((c) => list.includes(c))),
  text,
  /** The install id from `POST /api/device`: counted against the reports' rate limit, never stored. */
  device: z.string().regex(DEVICE_ID, ERROR_CODES.invalid_device),
});
export type DescriptionAlertCreateRequest = z.input<typeof DescriptionAlertCreateSchema>;
export type DescriptionAlertCreateInput = z.output<typeof DescriptionAlertCreateSchema>;

/** Nothing to keep: no reference, since nothing links a sender to what she sent. */
export interface DescriptionAlertCreatedResponse {
  status: 'pending';
}

export const DescriptionAlertsQuerySchema = z.object({ city });
export type DescriptionAlertsQuery = z.infer<typeof DescriptionAlertsQuerySchema>;

/** An approved alert as the mini-program's "最近的提醒" page shows it. */
export interface DescriptionAlertDTO {
  id: string;
  city: string;
  area: string | null;
  /** YYYY-MM when it happened. */
  month: string;
  categories: ReportCategory[];
  level: DescriptionLevel;
  /** As the moderator left it: screened and scrubbed of identifiers. */
  text: string;
  /** When it was approved or last edited, ISO 8601. */
  approvedAt: string;
}

/** Pending alerts are waiting; a rejected one is deleted, so it has no status to list. */
export const DESCRIPTION_STATUSES = ['pending', 'approved'] as const;
export type DescriptionStatus = (typeof DESCRIPTION_STATUSES)[number];

export const DescriptionModerationQuerySchema = z.object({
  status: z.enum(DESCRIPTION_STATUSES, { message: `status must be one of ${DESCRIPTION_STATUSES.join(', ')}` }).default('pending'),
  limit: z.coerce.number().int().min(1, 'limit must be from 1 to 200').max(200, 'limit must be from 1 to 200').default(50),
});
export type DescriptionModerationQuery = z.infer<typeof DescriptionModerationQuerySchema>;

/** `POST /api/admin/description-alerts/:id/approve`: the text as it will be shown (the original is not kept) and the level. */
export const DescriptionApproveSchema = z.object({
  text,
  area: area.optional(),
  level: z.enum(DESCRIPTION_LEVELS, { message: `level must be one of ${DESCRIPTION_LEVELS.join(', ')}` }),
});
export type DescriptionApproveRequest = z.input<typeof DescriptionApproveSchema>;

/** A description alert in the moderators' queue. */
export interface ModerationDescriptionAlertDTO {
  id: string;
  city: string;
  area: string | null;
  month: string;
  categories: ReportCategory[];
  text: string;
  /** Words the screener flagged in `text` and `area`; null when it could not screen. */
  screenHits: number | null;
  level: DescriptionLevel | null;
  status: DescriptionStatus;
  createdAt: string;
  decidedAt: string | null;
}
