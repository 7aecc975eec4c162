import pg from 'pg';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { Db } from '../db/dataSource';
import type { Logger } from '../logger';

/** What the server keeps in memory, each with its counter row in change_counters. */
export type Tracked = 'content' | 'reports' | 'descriptions';

/** The PostgreSQL channel on which a committed bump reaches the other processes. */
export const CHANNEL = 'lotus_changes';

/** Set on the transaction's query runner by bumpVersion; read back after its commit. */
export const BUMPED = 'lotusBumped';

/** The safety net under LISTEN/NOTIFY: a missed notification is caught by this small read. */
const POLL_MS = 5_000;
const RECONNECT_MS = 1_000;
const TRACKED: Tracked[] = ['content', 'reports', 'descriptions'];

/**
 * Tells this process's in-memory copies when the data behind them changed: at once after a commit in
 * this process (the transaction's own mark), within milliseconds after a commit in another process
 * (PostgreSQL LISTEN/NOTIFY), and within POLL_MS in any case (the change_counters row, read every few
 * seconds; catches notifications lost while the listening connection was down).
 */
export class ChangeWatch {
  private readonly generations: Record<Tracked, number> = { content: 0, reports: 0, descriptions: 0 };
  private readonly seen = new Map<string, number>();
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  /** Grows by one at every change of `what`; a copy built at an older generation is stale. */
  generation(what: Tracked): number {
    return this.generations[what];
  }

  changed(what: Tracked): void {
    this.generations[what] += 1;
  }

  start(): void {
    const watch = this;
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit({ queryRunner }: TransactionCommitEvent) {
        const bumped = queryRunner.data[BUMPED] as Set<Tracked> | undefined;
        // Also called after a savepoint is released: only the outermost commit makes the change visible.
        if (!bumped || queryRunner.isTransactionActive) return;
        delete queryRunner.data[BUMPED];
        for (const what of bumped) watch.changed(what);
      },
      afterTransactionRollback({ queryRunner }: TransactionRollbackEvent) {
        if (!queryRunner.isTransactionActive) delete queryRunner.data[BUMPED];
      },
    };
    this.db.dataSource.subscribers.push(subscriber);
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
    void this.poll();
    if (this.db.kind === 'postgres') void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }

  private async poll(): Promise<void> {
    if (this.stopped || !this.db.dataSource.isInitialized) return;
    try {
      const rows: Array<{ name: string; version: number }> = await this.db.dataSource.query(`SELECT name, version FROM change_counters`);
      for (const { name, version } of rows) {
        const before = this.seen.get(name);
        this.seen.set(name, Number(version));
        // The first read also counts: a change made before this watch began listening may not be in the copies.
        if (before !== Number(version) && TRACKED.includes(name as Tracked)) this.changed(name as Tracked);
      }
    } catch (e) {
      if (!this.stopped) this.logger.warn({ err: (e as Error).message }, 'change counters could not be read');
    }
  }

  private async listen(): Promise<void> {
    const url = (this.db.dataSource.options as { url?: string }).url;
    if (!url || this.stopped) return;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (this.stopped || this.listener !== client) return;
      this.listener = null;
      // Whatever was notified while the connection was down is unknown: rebuild everything.
      for (const what of TRACKED) this.changed(what);
      setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    client.on('notification', (n) => {
      if (TRACKED.includes(n.payload as Tracked)) this.changed(n.payload as Tracked);
    });
    client.on('error', (e) => {
      this.logger.warn({ err: e.message }, 'change notifications: connection lost, reconnecting');
      retry();
    });
    client.on('end', retry);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) await client.end();
    } catch (e) {
      if (this.stopped) return;
      this.logger.warn({ err: (e as Error).message }, 'change notifications: cannot listen, retrying');
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      retry();
    }
  }
}

const watches = new WeakMap<DataSource, ChangeWatch>();

/** This process's watch over `db`, started on first use. */
export function changeWatch(db: Db, logger: Logger): ChangeWatch {
  let watch = watches.get(db.dataSource);
  if (!watch) {
    watch = new ChangeWatch(db, logger);
    watches.set(db.dataSource, watch);
    watch.start();
  }
  return watch;
}

/** A write outside any transaction is visible already: in-process copies go stale now. */
export function changedNow(dataSource: DataSource, what: Tracked): void {
  watches.get(dataSource)?.changed(what);
}

/** Stops listening and polling; before the database is closed. */
export async function stopChangeWatch(db: Db): Promise<void> {
  const watch = watches.get(db.dataSource);
  watches.delete(db.dataSource);
  await watch?.stop();
}
