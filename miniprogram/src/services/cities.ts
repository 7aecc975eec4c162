import type { Lang } from '@lotus/server/contract/lang';
import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, peek } from './request';

const PATH: PathOf<'cities'> = '/api/cities';
export const citiesQuery = (lang: Lang) => [PATH, { lang } satisfies RequestOf<'cities'>] as const;

export const peekCities = (lang: Lang) => peek<ResponseOf<'cities'>>(...citiesQuery(lang));
export const getCities = (lang: Lang, force = false) => load<ResponseOf<'cities'>>(...citiesQuery(lang), { force });
