import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { City } from '../entities';
import { NotFoundError } from '../errors';
import type { SubscriptionCrypto } from '../subscriptions/crypto';
import { SUBSCRIPTION_DAYS } from '../subscriptions/message';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  crypto: SubscriptionCrypto;
  /** Her mini-program openid, from jscode2session: sealed here, never stored or logged in clear. */
  openid: string;
  /** City slugs she wants to hear about. */
  cities: string[];
  now: Date;
}

/**
 * Her subscription, found by the keyed hash of her openid: created, or its cities joined with the
 * new ones and its 90 days started again (each tap in WeChat allows one more message).
 */
export default async function subscriptionCreate({ m, crypto, openid, cities, now }: Props): Promise<{ cities: string[]; expiresAt: Date }> {
  const wanted = [...new Set(cities)];
  const known = await m.find(City, { select: { slug: true }, where: { slug: In(wanted) } });
  if (known.length !== wanted.length) throw NotFoundError('There is no such city in the directory', { code: 'city_not_found', field: 'cities' });
  const rows: Array<{ cities: string[] }> = await m.query(
    `INSERT INTO alert_subscriptions (openid_key, openid_sealed, cities, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (openid_key) DO UPDATE SET cities = ARRAY(SELECT DISTINCT unnest(alert_subscriptions.cities || EXCLUDED.cities) ORDER BY 1), created_at = EXCLUDED.created_at
     RETURNING cities`,
    [crypto.key(openid), crypto.seal(openid), wanted.sort(), now],
  );
  return { cities: rows[0].cities, expiresAt: new Date(now.getTime() + SUBSCRIPTION_DAYS * 86_400_000) };
}
