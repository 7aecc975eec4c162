import type { Lang } from '@lotus/server/contract/lang';
import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, peek } from './request';

const PATH: PathOf<'updates'> = '/api/updates';
const updatesQuery = (lang: Lang, city: string | null) => [PATH, { lang, city: city ?? undefined } satisfies RequestOf<'updates'>] as const;

export const peekUpdates = (lang: Lang, city: string | null) => peek<ResponseOf<'updates'>>(...updatesQuery(lang, city));
export const getUpdates = (lang: Lang, city: string | null, force = false) => load<ResponseOf<'updates'>>(...updatesQuery(lang, city), { force });
