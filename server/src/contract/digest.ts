import { z } from 'zod';
import { ERROR_CODES } from './errors';

/**
 * The weekly digest for the official account and the printable alerts sheet, as the console sees
 * them (routes under /api/admin/digests and /api/admin/sheet). Nothing here carries an identifier.
 */
export const DIGEST_STATUSES = ['draft', 'approved'] as const;
/** `approved`: a mediator read it and it may be published; an edit sends it back to `draft`. */
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

/** New alerts of one kind in the week: how many, per category and per level (keys as the alerts name them). */
export interface DigestTally {
  total: number;
  byCategory: Record<string, number>;
  byLevel: Record<string, number>;
}

export interface DigestCounts {
  /** Reports about an identifier approved during the week: counted, never listed. */
  reports: DigestTally;
  /** Alerts by description approved during the week: counted and given in full. */
  descriptions: DigestTally;
}

export interface DigestListItemDTO {
  id: string;
  city: string;
  /** Monday of the week, YYYY-MM-DD (Paris). */
  weekStart: string;
  title: string;
  status: DigestStatus;
  wechat: { status: 'draft' | 'published' | 'failed' | null; url: string | null; error: string | null };
  massSentAt: string | null;
}

export interface DigestDTO extends DigestListItemDTO {
  markdown: string;
  counts: DigestCounts;
  screenHits: number;
  updatedAt: string;
  approvedAt: string | null;
}

/** How many mass messages the account has sent this month and may send. */
export interface MassQuotaDTO {
  /** YYYY-MM, Paris time. */
  month: string;
  used: number;
  limit: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const citySlug = z.string().regex(/^[a-z0-9-]{1,40}$/, 'city must be a city slug such as paris');

/** `POST /api/admin/digests/draft`: draft now instead of waiting for Monday's job. */
export const DigestDraftSchema = z.object({
  city: citySlug.optional(),
  /** Any day of the week to draft; the week before this one when absent. */
  day: z.string().regex(DAY, `day: ${ERROR_CODES.invalid_date}`).optional(),
});
export type DigestDraftRequest = z.infer<typeof DigestDraftSchema>;

/** The title goes to WeChat as an article title: 32 characters at most. */
export const DigestWriteSchema = z.object({
  title: z.string().trim().min(1, 'title is required').max(32, 'title: WeChat takes 32 characters at most'),
  markdown: z.string().trim().min(1, 'markdown is required').max(15_000, 'markdown: 15000 characters at most'),
});
export type DigestWrite = z.infer<typeof DigestWriteSchema>;

export const DigestPublishSchema = z.object({
  override: z.string().trim().min(5, 'override: write a reason of at least 5 characters').max(500, 'override: 500 characters at most').optional(),
});
export type DigestPublishRequest = z.infer<typeof DigestPublishSchema>;

/** `GET /api/admin/sheet?city=paris`: the A4 alerts sheet for the bus as a PDF. */
export const SheetQuerySchema = z.object({
  city: citySlug,
  /** A test print: allowed while the QR code would open a local address, and stamped TEST. */
  test: z.enum(['0', '1']).optional(),
});
export type SheetQuery = z.infer<typeof SheetQuerySchema>;

export const DigestIdSchema = z.object({ id: z.string().uuid('id must be a digest id') });
