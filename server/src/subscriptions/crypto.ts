import type { Config } from '../config';
import { createSealer } from '../sealing';
import { loadSecret } from '../secretFile';

/**
 * Her mini-program openid, the only thing a subscription knows of her, is sealed with AES-256-GCM
 * under SUBSCRIPTIONS_SECRET (not the alerts or inbox key: a leak of one opens nothing of the others)
 * and found through a keyed hash.
 */
export interface SubscriptionCrypto {
  seal(openid: string): Buffer;
  open(sealed: Buffer): string;
  /** The same openid always gives the same key; without the secret it cannot be turned back. */
  key(openid: string): string;
  /** Names the key without revealing it: stored once, compared at every start. */
  fingerprint(): string;
}

export const SUBSCRIPTIONS_SECRET_FILE = 'subscriptions-secret';

export function loadSubscriptionsSecret(config: Pick<Config, 'SUBSCRIPTIONS_SECRET' | 'NODE_ENV' | 'DATA_DIR'>): string {
  return loadSecret({
    name: 'SUBSCRIPTIONS_SECRET', value: config.SUBSCRIPTIONS_SECRET, nodeEnv: config.NODE_ENV, dataDir: config.DATA_DIR, file: SUBSCRIPTIONS_SECRET_FILE,
    productionHint: 'at least 32 random characters, not the same as ALERTS_SECRET or INBOX_SECRET, when SUBSCRIBE_TEMPLATE_ID is set',
  });
}

const PURPOSE = 'lotus-subscription-openid';

export function createSubscriptionCrypto(secret: string): SubscriptionCrypto {
  const sealer = createSealer('subscriptions', secret);
  return {
    seal: (openid) => sealer.seal(openid, PURPOSE),
    open: (sealed) => sealer.open(sealed, PURPOSE).toString('utf8'),
    key: (openid) => sealer.hash(`openid:${openid}`),
    fingerprint: sealer.fingerprint,
  };
}

const cache = new WeakMap<Config, SubscriptionCrypto>();

export function subscriptionCrypto(config: Config): SubscriptionCrypto {
  let c = cache.get(config);
  if (!c) cache.set(config, (c = createSubscriptionCrypto(loadSubscriptionsSecret(config))));
  return c;
}
