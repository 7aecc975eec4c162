import type { DeviceIssuedResponse } from '@lotus/server/contract/alerts';
import { cache } from '../cache';
import { send } from './request';

let asked: Promise<string> | null = null;

/**
 * The install id to send, issued by the server: asked once per launch, sending the one held (the server
 * gives a valid one back unchanged). With no network the id held is used as it is.
 */
export function deviceId(): Promise<string> {
  if (!asked) {
    const held = cache.device();
    asked = send<DeviceIssuedResponse>('POST', '/api/device', { device: held }).then((res) => {
      if (!res.ok) {
        asked = null;
        return held;
      }
      if (res.data.device !== held) cache.setDevice(res.data.device);
      return res.data.device;
    });
  }
  return asked;
}
