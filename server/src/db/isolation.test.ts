import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { City } from '../entities';
import { createTestDb, engine, type TestDb } from '../../test/db';

const row = (slug: string) => ({ slug, name: { 'zh-Hans': slug }, timezone: 'Europe/Paris', contentHash: 'x' });

describe(`transactions on ${engine}`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  // PGlite is one session: db/pgliteDriver.ts hands its one connection to one transaction at a time and
  // the others wait, so there are never two transactions open at once to keep apart. This test means
  // something on PostgreSQL only; the next one checks what Lotus relies on with PGlite.
  it.skipIf(engine === 'pglite')('keeps two concurrent transactions apart: one rolls back, the other commits, neither sees the other', async () => {
    const ds = db.dataSource;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let seenByA: number | null = null;

    const a = ds.transaction(async (m) => {
      await m.insert(City, row('committed'));
      await gate;
      seenByA = await m.countBy(City, { slug: 'rolled-back' });
    });
    const b = ds
      .transaction(async (m) => {
        await m.insert(City, row('rolled-back'));
        release();
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('rollback on purpose');
      })
      .catch((e: Error) => e.message);

    // B's insert has to bump the content change counter, whose row A's insert holds: B waits for A and
    // cannot open the gate. Opened from outside, A then reads while B's row is written but uncommitted.
    setTimeout(release, 200);
    expect(await b).toBe('rollback on purpose');
    await a;
    expect(seenByA).toBe(0);
    expect(await ds.getRepository(City).countBy({ slug: 'committed' })).toBe(1);
    expect(await ds.getRepository(City).countBy({ slug: 'rolled-back' })).toBe(0);
  });

  it.runIf(engine === 'pglite')('queues a transaction behind the open one on the one PGlite session: it starts once the other has committed, and its rollback leaves that commit', async () => {
    const ds = db.dataSource;
    const events: string[] = [];
    let wrote!: () => void;
    const aWrote = new Promise<void>((r) => (wrote = r));
    const a = ds.transaction(async (m) => {
      await m.insert(City, row('first'));
      events.push('A wrote');
      wrote();
      await new Promise((r) => setTimeout(r, 300));
      events.push('A commits');
    });
    await aWrote;
    const b = ds
      .transaction(async (m) => {
        events.push('B starts');
        await m.insert(City, row('second'));
        throw new Error('rollback on purpose');
      })
      .catch((e: Error) => e.message);
    const read = ds
      .getRepository(City)
      .countBy({ slug: 'first' })
      .then((n) => events.push(`read sees ${n}`));
    await a;
    expect(await b).toBe('rollback on purpose');
    await read;
    // Nothing ran on the session while A held it; what waited (B, the read) came after, in either order.
    expect(events.slice(0, 2)).toEqual(['A wrote', 'A commits']);
    expect(events.slice(2).sort()).toEqual(['B starts', 'read sees 1']);
    expect(await ds.getRepository(City).countBy({ slug: 'first' })).toBe(1);
    expect(await ds.getRepository(City).countBy({ slug: 'second' })).toBe(0);
  });

  // On PGlite the read below waits for the writer's transaction to end (see above); on PostgreSQL it runs
  // at once and isolation hides the row. Either way no uncommitted row is ever read.
  it('does not let a transaction read another one’s uncommitted row', async () => {
    const ds = db.dataSource;
    let inserted!: () => void;
    const afterInsert = new Promise<void>((r) => (inserted = r));
    let finish!: () => void;
    const canFinish = new Promise<void>((r) => (finish = r));
    const writer = ds.transaction(async (m) => {
      await m.insert(City, row('uncommitted'));
      inserted();
      await canFinish;
      throw new Error('abort');
    });
    await Promise.race([afterInsert, new Promise((r) => setTimeout(r, 500))]);
    const seen = ds.getRepository(City).countBy({ slug: 'uncommitted' });
    finish();
    await expect(writer).rejects.toThrow('abort');
    expect(await seen).toBe(0);
    expect(await ds.getRepository(City).countBy({ slug: 'uncommitted' })).toBe(0);
  });
});
