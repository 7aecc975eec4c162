import type { EntityManager } from 'typeorm';
import { enqueue } from '../jobs/queue';
import { CITY_ALERT_FAN_OUT, type FanOutData } from './jobNames';

export interface AnnounceProps {
  /** The moderator's transaction: the announcement exists only if the approval commits. */
  m: EntityManager;
  /** The city's slug (`paris`). */
  city: string;
  /** The approved alert: `kind` and its id. Announced once, ever, even if approved again later. */
  alert: { kind: 'report' | 'description'; id: string };
  now: Date;
}

/**
 * Tells everyone subscribed to `city` that it has a new alert: queues, in the caller's transaction,
 * a job that sends each of them one neutral WeChat message within a minute of the commit. Call it
 * when a moderator approves an alert of a dangerous level. Returns false when this alert was
 * already announced (nothing is queued).
 */
export default async function announceCityAlert({ m, city, alert, now }: AnnounceProps): Promise<boolean> {
  const key = `${alert.kind}:${alert.id}`;
  const inserted: unknown[] = await m.query(
    `INSERT INTO city_alert_announcements (alert, city, announced_at) VALUES ($1, $2, $3) ON CONFLICT (alert) DO NOTHING RETURNING alert`,
    [key, city, now],
  );
  if (inserted.length === 0) return false;
  const data: FanOutData = { alert: key, city };
  await enqueue(m, CITY_ALERT_FAN_OUT, data);
  return true;
}
