import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from './dataSource';
import { servePgliteSocket, SOCKET_NAME, type PgliteSocketServer } from './pgliteSocket';

describe('the embedded database over a Unix socket', () => {
  let dir: string;
  let db: Db;
  let socket: PgliteSocketServer;
  let client: Db;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-socket-'));
    db = await openDb({});
    await db.dataSource.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
    socket = await servePgliteSocket(db.pglite!.instance, db.pglite!.lock, dir);
    client = await openDb({ socketDir: dir });
  });
  afterAll(async () => {
    await client.close();
    await socket.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers queries with parameters, only to the server user', async () => {
    expect(await client.dataSource.query('SELECT 1 AS x, $1::text AS y', ['lotus 莲'])).toEqual([{ x: 1, y: 'lotus 莲' }]);
    expect(fs.statSync(path.join(dir, SOCKET_NAME)).mode & 0o777).toBe(0o600);
  });

  it("keeps the server's statements out of a client's transaction and the client's out of the server's", async () => {
    const runner = client.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`INSERT INTO t VALUES (1, 'client')`);
    const serverRead = db.dataSource.query('SELECT count(*)::int AS n FROM t');
    await new Promise((r) => setTimeout(r, 200));
    await runner.query(`INSERT INTO t VALUES (2, 'client')`);
    await runner.rollbackTransaction();
    await runner.release();
    // Had it run inside the client's transaction, the server would have seen the first row.
    expect(await serverRead).toEqual([{ n: 0 }]);

    // The other way: the server's transaction is rolled back; the client's row, written meanwhile, stays.
    let clientInsert: Promise<unknown> = Promise.resolve();
    await db.dataSource
      .transaction(async (m) => {
        await m.query(`INSERT INTO t VALUES (3, 'server')`);
        clientInsert = client.dataSource.query(`INSERT INTO t VALUES (4, 'client')`);
        await new Promise((r) => setTimeout(r, 200));
        throw new Error('rolled back');
      })
      .catch(() => {});
    await clientInsert;
    expect(await db.dataSource.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 4 }]);
  });

  it('reports an error and stays usable; a client that hangs up mid-transaction is rolled back', async () => {
    await expect(client.dataSource.query('SELECT nope')).rejects.toThrow('column "nope" does not exist');
    expect(await client.dataSource.query('SELECT 2 AS x')).toEqual([{ x: 2 }]);

    const other = await openDb({ socketDir: dir });
    const runner = other.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`INSERT INTO t VALUES (5, 'gone')`);
    await runner.release();
    await other.close();
    expect(await db.dataSource.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 4 }]);
  });

  it('cuts off a client that holds the session in silence inside a transaction, rolling it back', async () => {
    const quickDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-socket-'));
    const quick = await servePgliteSocket(db.pglite!.instance, db.pglite!.lock, quickDir, { idleInTransactionMs: 300 });
    const silent = await openDb({ socketDir: quickDir });
    try {
      const runner = silent.dataSource.createQueryRunner();
      await runner.startTransaction();
      await runner.query(`INSERT INTO t VALUES (7, 'silent')`);
      // The server's own statement waits for the session, then gets it once the client is cut off.
      expect(await db.dataSource.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 4 }]);
      await expect(runner.query('SELECT 1')).rejects.toThrow();
      await runner.release();
    } finally {
      await silent.close().catch(() => {});
      await quick.close();
      fs.rmSync(quickDir, { recursive: true, force: true });
    }
  });

  it('rolls back after a client cut off in the middle of an extended-protocol exchange that failed', async () => {
    const raw = net.createConnection(path.join(dir, SOCKET_NAME));
    const frame = (type: string, body: Buffer) => {
      const b = Buffer.alloc(5 + body.length);
      b.write(type, 0);
      b.writeInt32BE(4 + body.length, 1);
      body.copy(b, 5);
      return b;
    };
    const startup = Buffer.alloc(8 + 'user\0postgres\0database\0postgres\0\0'.length);
    startup.writeInt32BE(startup.length, 0);
    startup.writeInt32BE(196608, 4);
    startup.write('user\0postgres\0database\0postgres\0\0', 8, 'latin1');
    await new Promise<void>((resolve) => raw.once('connect', () => resolve()));
    raw.write(startup);
    raw.write(frame('Q', Buffer.from(`BEGIN; INSERT INTO t VALUES (6, 'cut');\0`)));
    // A statement that fails, sent without the Sync that would end the exchange; then the client is gone.
    raw.write(frame('P', Buffer.from('\0SELECT nope\0\0\0', 'latin1')));
    await new Promise((r) => setTimeout(r, 300));
    raw.destroy();
    expect(await db.dataSource.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 4 }]);
  });
});
