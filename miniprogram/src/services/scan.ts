import { send } from './request';

/** Counts a flyer scan; fire and forget, a failure changes nothing for the person. */
export function postScan(scene: string): void {
  void send<void>('POST', '/api/scan', { scene });
}
