import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { send } from './request';

const PATH: PathOf<'check'> = '/api/check';

export const postCheck = (req: RequestOf<'check'>) => send<ResponseOf<'check'>>('POST', PATH, req);
