import type { EntityManager } from 'typeorm';
import type { MassQuotaDTO } from '../contract/digest';
import { MassSendMonth } from '../entities';

/**
 * The month's count of mass messages, taken before sending: the conditional upsert is one statement,
 * so two mediators pressing at once cannot both take the last one.
 */
export async function reserveMassSend(m: EntityManager, month: string, limit: number): Promise<boolean> {
  if (limit <= 0) return false;
  const rows: unknown[] = await m.query(
    `INSERT INTO "mass_send_months" ("month", "count") VALUES ($1, 1)
     ON CONFLICT ("month") DO UPDATE SET "count" = "mass_send_months"."count" + 1 WHERE "mass_send_months"."count" < $2
     RETURNING "count"`,
    [month, limit],
  );
  return rows.length === 1;
}

/** A send WeChat refused was not one: its place is given back. */
export async function releaseMassSend(m: EntityManager, month: string): Promise<void> {
  await m.query(`UPDATE "mass_send_months" SET "count" = "count" - 1 WHERE "month" = $1 AND "count" > 0`, [month]);
}

/** WeChat says the month is used up (45028, e.g. sends made at mp.weixin.qq.com): believe it. */
export async function exhaustMassSends(m: EntityManager, month: string, limit: number): Promise<void> {
  await m.query(`INSERT INTO "mass_send_months" ("month", "count") VALUES ($1, $2) ON CONFLICT ("month") DO UPDATE SET "count" = GREATEST("mass_send_months"."count", $2)`, [month, limit]);
}

export async function massQuota(m: EntityManager, month: string, limit: number): Promise<MassQuotaDTO> {
  const row = await m.findOne(MassSendMonth, { where: { month } });
  return { month, used: row?.count ?? 0, limit };
}
