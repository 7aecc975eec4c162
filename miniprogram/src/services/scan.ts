import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { send } from './request';

const PATH: PathOf<'scan'> = '/api/scan';

/** Counts a flyer scan; fire and forget, a failure changes nothing for the person. */
export function postScan(scene: string): void {
  void send<ResponseOf<'scan'>>('POST', PATH, { scene } satisfies RequestOf<'scan'>);
}
