import type { ReportCreateRequest, ReportCreatedResponse } from '@lotus/server/contract/alerts';
import { send } from './request';

export const postReport = (req: ReportCreateRequest) => send<ReportCreatedResponse>('POST', '/api/reports', req);
export const deleteReport = (reference: string) => send<void>('DELETE', `/api/reports/${encodeURIComponent(reference)}`);
