import type { DescriptionAlertCreateRequest, DescriptionAlertCreatedResponse, DescriptionAlertDTO } from '@lotus/server/contract/descriptionAlerts';
import { load, peek, send } from './request';

const PATH = '/api/description-alerts';

export const peekDescriptionAlerts = (city: string) => peek<DescriptionAlertDTO[]>(PATH, { city });
export const getDescriptionAlerts = (city: string, force = false) => load<DescriptionAlertDTO[]>(PATH, { city }, { force });
export const postDescriptionAlert = (req: DescriptionAlertCreateRequest) => send<DescriptionAlertCreatedResponse>('POST', PATH, req);
