import { z } from 'zod';
import { LangQuery } from './directory';
import type { Lang } from './lang';

export const UpdatesQuerySchema = z.object({
  lang: LangQuery,
  city: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'city must be a city slug such as paris' }).optional(),
});

export interface UpdateDTO {
  key: string;
  lang: Lang;
  fallback: boolean;
  city: string | null;
  title: string;
  body: string;
  publishedAt: string;
  expiresAt: string | null;
}
