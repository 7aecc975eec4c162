import { z } from 'zod';
import type { HoursRule } from './hours';
import { LANGS } from './lang';
import { SERVICE_TAGS, type ServiceTag } from './vocab';

export const LangQuery = z.enum(LANGS, { message: `lang must be one of ${LANGS.join(', ')}` }).default('zh-Hans');

export const CitiesQuerySchema = z.object({ lang: LangQuery });

const SLUG_RE = /^[a-z0-9-]{1,40}$/;

export const ServicesQuerySchema = z.object({
  lang: LangQuery,
  city: z.string({ message: 'city is required, e.g. city=paris (see GET /api/cities)' }).regex(SLUG_RE, {
    message: 'city must be a city slug such as paris (see GET /api/cities)',
  }),
  q: z.string().trim().max(100, { message: 'q must be at most 100 characters' }).optional(),
  tag: z.enum(SERVICE_TAGS, { message: `tag must be one of ${SERVICE_TAGS.join(', ')}` }).optional(),
  openNow: z.enum(['0', '1'], { message: 'openNow must be 1 or 0' }).optional(),
});

export interface CityDTO {
  slug: string;
  name: string;
  timezone: string;
  serviceCount: number;
}

export interface ClosureDTO {
  from: string;
  to: string;
  reason: string;
}

export interface LocationDTO {
  id: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  lat: number | null;
  lng: number | null;
  timezone: string;
  hours: HoursRule[];
  /** Free text such as "every other Tuesday", shown under the hours. */
  hoursNote: string;
}

export interface ServiceDTO {
  id: string;
  name: string;
  description: string;
  organization: { id: string; name: string; website: string | null; email: string | null };
  tags: ServiceTag[];
  languages: string[];
  phone: string | null;
  notes: string;
  /** A mobile service (the bus) has several stops, each a location. */
  mobile: boolean;
  /** True once someone of the team checked address, phone and hours; the app says so when false. */
  verified: boolean;
  /** YYYY-MM-DD of that check (Paris date), null when never checked. */
  verifiedOn: string | null;
  source: string;
  locations: LocationDTO[];
  closures: ClosureDTO[];
  openNow: boolean;
}

/** A service as the console lists it for checking: both languages, where it is, and its verification. */
export interface AdminServiceDTO {
  id: string;
  city: string;
  name: { 'zh-Hans': string; fr: string };
  organization: string;
  phone: string | null;
  addresses: string[];
  verified: boolean;
  verifiedOn: string | null;
  source: string;
}

export const ServiceIdParamsSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}:[a-z0-9][a-z0-9-]{0,59}$/, { message: 'id must be a service id from the list, such as paris:paris-lotus-bus' }),
});
