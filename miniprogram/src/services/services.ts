import type { ServiceDTO } from '@lotus/server/contract/directory';
import type { Lang } from '@lotus/server/contract/lang';
import { load, peek } from './request';

/**
 * A city's whole list is fetched once and cached; search, tag filter and "open now" run on the
 * device, so they work offline and cost no data.
 */
const servicesQuery = (city: string, lang: Lang) => ['/api/services', { city, lang }] as const;

export const peekServices = (city: string, lang: Lang) => peek<ServiceDTO[]>(...servicesQuery(city, lang));
export const getServices = (city: string, lang: Lang, force = false) => load<ServiceDTO[]>(...servicesQuery(city, lang), { force });
