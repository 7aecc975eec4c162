import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AlertKeys } from './keys';

/**
 * Install ids are made by the server: 16 random bytes and a keyed signature over them, 44 base64url
 * characters, so one person cannot invent as many "reporters" as she likes. Handing them out is
 * rate-limited per address. The id says nothing about who holds it.
 */
const ID_CHARS = 22;
const SIG_BYTES = 16;

export function issueDevice(keys: AlertKeys): string {
  const id = randomBytes(16).toString('base64url');
  return id + signature(keys, id);
}

function signature(keys: AlertKeys, id: string): string {
  return Buffer.from(keys.signDevice(id), 'hex').subarray(0, SIG_BYTES).toString('base64url');
}

/** The install id when the server issued it; null for anything else (an id the app made itself before). */
export function verifiedDevice(keys: AlertKeys, device: string | undefined | null): string | null {
  if (typeof device !== 'string' || device.length !== ID_CHARS * 2 || !/^[A-Za-z0-9_-]+$/.test(device)) return null;
  const expected = Buffer.from(signature(keys, device.slice(0, ID_CHARS)));
  const given = Buffer.from(device.slice(ID_CHARS));
  return expected.length === given.length && timingSafeEqual(expected, given) ? device : null;
}
