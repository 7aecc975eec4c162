import type { UpdateDTO } from '@lotus/server/contract/updates';
import type { Lang } from '@lotus/server/contract/lang';
import { load, peek } from './request';

const updatesQuery = (lang: Lang, city: string | null) => ['/api/updates', { lang, city: city ?? undefined }] as const;

export const peekUpdates = (lang: Lang, city: string | null) => peek<UpdateDTO[]>(...updatesQuery(lang, city));
export const getUpdates = (lang: Lang, city: string | null, force = false) => load<UpdateDTO[]>(...updatesQuery(lang, city), { force });
