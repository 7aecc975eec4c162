import type { DataSource } from 'typeorm';
import type { Db } from '../db/dataSource';
import type { Logger } from '../logger';
import { changeWatch, type ChangeWatch, type Tracked } from './watch';

/**
 * A copy of some data, loaded on first use and again after each change of `what` (see ChangeWatch).
 * Requests that arrive while it loads share the load; a load begun before a change is handed to the
 * requests that were waiting for it but not kept, so a request after a commit never sees older data.
 */
export class Kept<T> {
  private value: T | null = null;
  private builtAt = -1;
  private loading: { generation: number; promise: Promise<T> } | null = null;

  constructor(
    private readonly watch: ChangeWatch,
    private readonly what: Tracked,
    private readonly load: () => Promise<T>,
  ) {}

  async current(): Promise<T> {
    const generation = this.watch.generation(this.what);
    if (this.value !== null && this.builtAt === generation) return this.value;
    if (this.loading?.generation === generation) return this.loading.promise;
    const done = () => {
      if (this.loading?.promise === promise) this.loading = null;
    };
    const promise = this.load().then(
      (value) => {
        if (this.watch.generation(this.what) === generation) {
          this.value = value;
          this.builtAt = generation;
        }
        done();
        return value;
      },
      (e: unknown) => {
        done();
        throw e;
      },
    );
    this.loading = { generation, promise };
    return promise;
  }
}

/** One Kept per data source and kind, made on first use. */
export function keptPer<T>(what: Tracked, load: (db: Db) => Promise<T>): (db: Db, logger: Logger) => Kept<T> {
  const kept = new WeakMap<DataSource, Kept<T>>();
  return (db, logger) => {
    let k = kept.get(db.dataSource);
    if (!k) {
      k = new Kept(changeWatch(db, logger), what, () => load(db));
      kept.set(db.dataSource, k);
    }
    return k;
  };
}
