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

/** HMAC(device-token:id): its first SIG_BYTES are the id's public signature, the rest never leaves the server. */
function tokenMac(keys: AlertKeys, id: string): Buffer {
  return Buffer.from(keys.signDevice(id), 'hex');
}

const signatureOf = (mac: Buffer) => mac.subarray(0, SIG_BYTES).toString('base64url');

function signature(keys: AlertKeys, id: string): string {
  return signatureOf(tokenMac(keys, id));
}

/** The MAC of an install id the server issued, null for anything else (an id the app made itself before). */
function verifiedMac(keys: AlertKeys, device: string | undefined | null): Buffer | null {
  if (typeof device !== 'string' || device.length !== ID_CHARS * 2 || !/^[A-Za-z0-9_-]+$/.test(device)) return null;
  const mac = tokenMac(keys, device.slice(0, ID_CHARS));
  const expected = Buffer.from(signatureOf(mac));
  const given = Buffer.from(device.slice(ID_CHARS));
  return expected.length === given.length && timingSafeEqual(expected, given) ? mac : null;
}

/** The install id when the server issued it; null for anything else. */
export function verifiedDevice(keys: AlertKeys, device: string | undefined | null): string | null {
  return verifiedMac(keys, device) ? device! : null;
}

/**
 * What an issued install id's rate limits are counted under: the half of its signing MAC that is never
 * sent, so a keyed hash as unlinkable without the secret as keys.device(), made by the hash that checked
 * the signature instead of one more per request. Null for an id the server did not issue.
 */
export function deviceLimitKey(keys: AlertKeys, device: string | undefined | null): string | null {
  return verifiedMac(keys, device)?.subarray(SIG_BYTES).toString('hex') ?? null;
}
