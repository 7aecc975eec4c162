import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

/**
 * A `pg`-shaped module for TypeORM's `driver` option, backed by one PGlite instance.
 *
 * PGlite is a single session: two TypeORM query runners sharing it would interleave their
 * transactions (typeorm-pglite 0.3.4 did, and a rollback wiped another's commit). So this pool hands
 * out its one connection to one query runner at a time; the others wait in line until `release()`.
 */
type Callback<T> = (err: Error | null, result?: T) => void;

interface QueryResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

class Client extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(sql: string, params?: unknown[] | Callback<QueryResult>, cb?: Callback<QueryResult>): Promise<QueryResult> | void {
    const callback = typeof params === 'function' ? params : cb;
    const values = Array.isArray(params) ? params : undefined;
    const run = this.run(sql, values);
    if (!callback) return run;
    run.then((r) => callback(null, r), (e: Error) => callback(e));
  }

  private async run(sql: string, params?: unknown[]): Promise<QueryResult> {
    const r = await this.db.query(sql, params);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command: commandOf(sql) };
  }
}

function commandOf(sql: string): string {
  return (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
}

/**
 * Who holds the one session of a PGlite: the driver's query runners in this process, or a client of
 * its socket (pgliteSocket.ts). Each holds it from its first statement to the end of its transaction.
 */
export class SessionLock {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  /** Resolves with the release function once the session is this caller's. */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const hand = () => {
        this.busy = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          const next = this.waiting.shift();
          if (next) next();
          else this.busy = false;
        });
      };
      if (this.busy) this.waiting.push(hand);
      else hand();
    });
  }
}

export function pgliteDriver(db: PGlite, lock: SessionLock) {
  class Pool extends EventEmitter {
    private readonly client = new Client(db);
    private ended = false;

    connect(cb: (err: Error | null, client?: Client, release?: (err?: unknown) => void) => void): void {
      if (this.ended) {
        cb(new Error('the embedded database is closed'));
        return;
      }
      void lock.acquire().then((release) => cb(null, this.client, () => release()));
    }

    end(cb?: (err?: Error) => void): void {
      this.ended = true;
      cb?.();
    }
  }
  return { Pool };
}
