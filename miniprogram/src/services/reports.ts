import type { Filled, PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { send } from './request';

const PATH: PathOf<'reportCreate'> = '/api/reports';
const withdrawPath = (reference: string): Filled<PathOf<'reportWithdraw'>> => `/api/reports/${encodeURIComponent(reference)}`;

export const postReport = (req: RequestOf<'reportCreate'>) => send<ResponseOf<'reportCreate'>>('POST', PATH, req);
export const deleteReport = (reference: string) => send<ResponseOf<'reportWithdraw'>>('DELETE', withdrawPath(reference));
