import type { CheckRequest, CheckResponse } from '@lotus/server/contract/alerts';
import { send } from './request';

export const postCheck = (req: CheckRequest) => send<CheckResponse>('POST', '/api/check', req);
