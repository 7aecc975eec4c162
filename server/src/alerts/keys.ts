import { createHmac, createSecretKey } from 'node:crypto';
import type { Config } from '../config';
import type { IdentifierKind } from '../contract/alerts';
import { loadSecret } from '../secretFile';

/**
 * Everything the alerts store is a keyed hash: identifiers, install ids, IP addresses, references.
 * Without the secret a database dump cannot be turned back into a phone number by trying them all.
 */
export interface AlertKeys {
  identifier(kind: IdentifierKind, normalized: string): string;
  device(id: string): string;
  ip(address: string): string;
  reference(code: string): string;
  /** A signature for an install id the server issues (alerts/device.ts). */
  signDevice(id: string): string;
}

export const SECRET_FILE = 'alerts-secret';

/** ALERTS_SECRET when set (required in production); otherwise made once into the data folder. */
export function loadAlertsSecret(config: Pick<Config, 'ALERTS_SECRET' | 'NODE_ENV' | 'DATA_DIR'>): string {
  return loadSecret({
    name: 'ALERTS_SECRET', value: config.ALERTS_SECRET, nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, file: SECRET_FILE,
    productionHint: 'at least 32 random characters, the same for every process',
  });
}

export function createAlertKeys(secret: string): AlertKeys {
  // Imported once: given as a string, the key was converted again for every hash, several per check.
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('hex');
  // Prefixes keep the uses apart: no kind is called device, ip, reference or device-token.
  return {
    identifier: (kind, normalized) => mac(`${kind}:${normalized}`),
    device: (id) => mac(`device:${id}`),
    ip: (address) => mac(`ip:${address}`),
    reference: (code) => mac(`reference:${code}`),
    signDevice: (id) => mac(`device-token:${id}`),
  };
}

const cache = new WeakMap<Config, AlertKeys>();

/** Set at start-up from the database's keyring (alerts/keyring.ts), before any request is served. */
export function installAlertKeys(config: Config, dataKey: string): void {
  cache.set(config, createAlertKeys(dataKey));
}

/** The keys for this configuration: installed at start-up; outside a server, made from the secret as the keyring's first start does. */
export function alertKeys(config: Config): AlertKeys {
  let keys = cache.get(config);
  if (!keys) {
    keys = createAlertKeys(loadAlertsSecret(config));
    cache.set(config, keys);
  }
  return keys;
}
