import { EventSubscriber, type EntityManager, type EntitySubscriberInterface, type InsertEvent, type QueryRunner, type RemoveEvent, type UpdateEvent } from 'typeorm';
import { BUMPED, CHANNEL, changedNow, type Tracked } from './watch';

/** The tables behind the public read routes, and the one behind the check. */
const TRACKED_TABLES: Record<string, Tracked> = {
  cities: 'content',
  organizations: 'content',
  services: 'content',
  locations: 'content',
  articles: 'content',
  updates: 'content',
  reports: 'reports',
  description_alerts: 'descriptions',
};

/**
 * Marks `what` changed through the writer's own connection. Inside a transaction the counter row and
 * the notification take effect at commit, or never if it rolls back, and once per transaction however
 * many rows it writes (an import writes hundreds).
 */
async function bump(runner: QueryRunner, what: Tracked): Promise<void> {
  const inTransaction = runner.isTransactionActive;
  if (inTransaction) {
    const bumped = (runner.data[BUMPED] as Set<Tracked> | undefined) ?? new Set<Tracked>();
    if (bumped.has(what)) return;
    runner.data[BUMPED] = bumped.add(what);
  }
  await runner.query(`UPDATE change_counters SET version = version + 1 WHERE name = $1`, [what]);
  await runner.query(`SELECT pg_notify($1, $2)`, [CHANNEL, what]);
  if (!inTransaction) changedNow(runner.connection, what);
}

/**
 * Every write through TypeORM (insert, update, save, delete; entity manager or query builder) to a
 * tracked table bumps its counter: no route, command or CLI can forget to. Registered on every data
 * source (db/dataSource.ts), so a CLI import tells the running servers too.
 */
@EventSubscriber()
export class ChangeCounterSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<unknown>) {
    await bumpTable(event.queryRunner, event.metadata.tableName);
  }

  async afterUpdate(event: UpdateEvent<unknown>) {
    await bumpTable(event.queryRunner, event.metadata.tableName);
  }

  async afterRemove(event: RemoveEvent<unknown>) {
    await bumpTable(event.queryRunner, event.metadata.tableName);
  }
}

async function bumpTable(runner: QueryRunner, table: string): Promise<void> {
  const what = TRACKED_TABLES[table];
  if (what) await bump(runner, what);
}

/** For writes in raw SQL, which TypeORM does not announce: call it in the same transaction. */
export async function bumpVersion(m: EntityManager, what: Tracked): Promise<void> {
  if (m.queryRunner) return bump(m.queryRunner, what);
  const runner = m.connection.createQueryRunner();
  try {
    await bump(runner, what);
  } finally {
    await runner.release();
  }
}

/**
 * After every row was replaced (a restore): each counter moves past both the value it had and the one
 * restored, so no process can mistake the restored data for the copy it holds.
 */
export async function bumpPast(m: EntityManager, before: Array<{ name: string; version: number | string }>): Promise<void> {
  for (const { name, version } of before) {
    await m.query(`UPDATE change_counters SET version = GREATEST(version, $2) + 1 WHERE name = $1`, [name, Number(version)]);
    await m.query(`SELECT pg_notify($1, $2)`, [CHANNEL, name]);
  }
}
