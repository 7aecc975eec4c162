import type { CityDTO } from '@lotus/server/contract/directory';
import type { Lang } from '@lotus/server/contract/lang';
import { load, peek } from './request';

export const citiesQuery = (lang: Lang) => ['/api/cities', { lang }] as const;

export const peekCities = (lang: Lang) => peek<CityDTO[]>(...citiesQuery(lang));
export const getCities = (lang: Lang, force = false) => load<CityDTO[]>(...citiesQuery(lang), { force });
