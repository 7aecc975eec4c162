import type { Config } from '../config';
import { createSealer } from '../sealing';
import { loadSecret } from '../secretFile';

/**
 * Everything the inbox keeps is sealed with AES-256-GCM under INBOX_SECRET: message bodies, her
 * openid (a reply needs it), cached voice and images, notes. Who she is shows only as a keyed hash.
 */
export interface InboxCrypto {
  seal(plain: Buffer | string, purpose: string): Buffer;
  open(sealed: Buffer, purpose: string): Buffer;
  /** The same openid always gives the same key; without the secret it cannot be turned back. */
  senderKey(openid: string): string;
  /** A keyed hash for other values that must be matched but not read (WeChat's MsgId). */
  key(kind: string, value: string): string;
  /** Names the key without revealing it: stored once, compared at every start. */
  fingerprint(): string;
}

export const INBOX_SECRET_FILE = 'inbox-secret';

/** INBOX_SECRET when set (required in production); otherwise made once into the data folder, as the alerts secret is. */
export function loadInboxSecret(config: Pick<Config, 'INBOX_SECRET' | 'NODE_ENV' | 'DATA_DIR'>): string {
  return loadSecret({
    name: 'INBOX_SECRET', value: config.INBOX_SECRET, nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, file: INBOX_SECRET_FILE,
    productionHint: 'at least 32 random characters, not the same as ALERTS_SECRET',
  });
}

export function createInboxCrypto(secret: string): InboxCrypto {
  const sealer = createSealer('inbox', secret);
  return {
    seal: sealer.seal,
    open: sealer.open,
    senderKey: (openid) => sealer.hash(`openid:${openid}`),
    key: (kind, value) => sealer.hash(`${kind}:${value}`),
    fingerprint: sealer.fingerprint,
  };
}

/** "3F2A": four hex digits of her key, shown as 姐妹 3F2A / Sœur 3F2A. */
export function senderLabel(senderKey: string): string {
  return senderKey.slice(0, 4).toUpperCase();
}

const cache = new WeakMap<Config, InboxCrypto>();

export function inboxCrypto(config: Config): InboxCrypto {
  let c = cache.get(config);
  if (!c) cache.set(config, (c = createInboxCrypto(loadInboxSecret(config))));
  return c;
}
