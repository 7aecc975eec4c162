import type { AppDeps } from '../context';
import { ConfigError } from '../config';
import { SubscriptionsKey } from '../entities';
import { subscriptionCrypto } from './crypto';

/**
 * At every start, once city alerts are set up: the key must be there (a production start without
 * SUBSCRIPTIONS_SECRET stops here, not at her first tap) and be the one the database's subscriptions
 * were sealed with.
 */
export async function subscriptionsStartup(deps: AppDeps): Promise<void> {
  const { SUBSCRIBE_TEMPLATE_ID, MINIPROGRAM_APPID, MINIPROGRAM_SECRET } = deps.config;
  if (!SUBSCRIBE_TEMPLATE_ID || !MINIPROGRAM_APPID || !MINIPROGRAM_SECRET) return;
  const fingerprint = subscriptionCrypto(deps.config).fingerprint();
  const m = deps.db.dataSource.manager;
  await m.query(`INSERT INTO subscriptions_keys (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [fingerprint]);
  const stored = await m.findOneByOrFail(SubscriptionsKey, { id: 1 });
  if (stored.fingerprint !== fingerprint) {
    throw new ConfigError(
      'configuration: SUBSCRIPTIONS_SECRET is not the key the alert subscriptions were sealed with; set the same SUBSCRIPTIONS_SECRET on every process (to start over with a new key: DELETE FROM alert_subscriptions; DELETE FROM subscriptions_keys)',
    );
  }
}
