import type { Lang } from '@lotus/server/contract/lang';
import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, peek } from './request';

/**
 * A city's whole list is fetched once and cached; search, tag filter and "open now" run on the
 * device, so they work offline and cost no data.
 */
const PATH: PathOf<'services'> = '/api/services';
const servicesQuery = (city: string, lang: Lang) => [PATH, { city, lang } satisfies RequestOf<'services'>] as const;

export const peekServices = (city: string, lang: Lang) => peek<ResponseOf<'services'>>(...servicesQuery(city, lang));
export const getServices = (city: string, lang: Lang, force = false) => load<ResponseOf<'services'>>(...servicesQuery(city, lang), { force });
