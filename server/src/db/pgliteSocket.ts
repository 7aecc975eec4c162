import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SessionLock } from './pgliteDriver';

/**
 * The running server's embedded database, offered to the command-line tools over the PostgreSQL wire
 * protocol on a Unix socket in DATA_DIR (mode 0600: only the server's own user), so that a mediator
 * can print a flyer without stopping the server; the data files stay open in this process alone.
 *
 * PGlite is one session. A client takes the session lock the driver's query runners use at its first
 * message and gives it back when PGlite answers ReadyForQuery "idle" — never inside a transaction or
 * between the messages of an extended-protocol exchange, so no statement of the server lands inside a
 * client's transaction or the other way round. A client that holds the session and falls silent is
 * cut off (its transaction rolled back) so that the server is never stalled for long.
 */
export const SOCKET_NAME = '.s.PGSQL.5432';
const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;
const IDLE_IN_TRANSACTION_MS = 15_000;
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

export interface PgliteSocketServer {
  path: string;
  close(): Promise<void>;
}

interface Message {
  /** Sent before the StartupMessage is through (SSLRequest, CancelRequest, StartupMessage): no type byte. */
  startup: boolean;
  bytes: Buffer;
}

/** The complete messages at the start of `buf`, and what is left. `started`: the startup packet is past. */
function split(buf: Buffer, started: boolean): { messages: Message[]; rest: Buffer; started: boolean } {
  const messages: Message[] = [];
  let offset = 0;
  for (;;) {
    if (!started) {
      if (buf.length - offset < 8) break;
      const len = buf.readInt32BE(offset);
      if (buf.length - offset < len) break;
      messages.push({ startup: true, bytes: buf.subarray(offset, offset + len) });
      if (buf.readInt32BE(offset + 4) === PROTOCOL_3) started = true;
      offset += len;
      continue;
    }
    if (buf.length - offset < 5) break;
    const len = 1 + buf.readInt32BE(offset + 1);
    if (buf.length - offset < len) break;
    messages.push({ startup: false, bytes: buf.subarray(offset, offset + len) });
    offset += len;
  }
  return { messages, rest: buf.subarray(offset), started };
}

/** The transaction status of the last ReadyForQuery in a response, if it ends with one. */
function readyStatus(response: Uint8Array): string | null {
  const n = response.length;
  if (n < 6 || response[n - 6] !== 0x5a) return null;
  return String.fromCharCode(response[n - 1]);
}

/** `idleInTransactionMs`: how long a client may hold the session in silence (tests shorten it). */
export async function servePgliteSocket(
  db: PGlite,
  lock: SessionLock,
  dataDir: string,
  options: { idleInTransactionMs?: number } = {},
): Promise<PgliteSocketServer> {
  const idleLimit = options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_MS;
  const socketPath = path.join(dataDir, SOCKET_NAME);
  // The data-folder lock is ours: a socket file left here belongs to a process that is gone.
  fs.rmSync(socketPath, { force: true });
  /** Each client and, once it has hung up, the work that gives its session back. */
  const clients = new Map<net.Socket, Promise<void>>();

  const server = net.createServer((socket) => {
    clients.set(socket, Promise.resolve());
    let buffered = Buffer.alloc(0);
    let started = false;
    let release: (() => void) | null = null;
    /** Whether the session may be inside this client's transaction: not since ReadyForQuery "idle". */
    let dirty = false;
    let idle: NodeJS.Timeout | undefined;
    let chain = Promise.resolve();
    let closed = false;

    const giveBack = async () => {
      clearTimeout(idle);
      if (!release) return;
      if (dirty || db.isInTransaction()) {
        // A Sync ends an extended-protocol exchange cut short (the backend skips all else after an
        // error until one), then the client's transaction, if any, is rolled back.
        await db.runExclusive(() => db.execProtocolRaw(SYNC)).catch(() => {});
        await db.exec('ROLLBACK').catch(() => {});
      }
      dirty = false;
      const r = release;
      release = null;
      r();
    };

    const run = async (message: Buffer) => {
      if (!release) release = await lock.acquire();
      clearTimeout(idle);
      if (closed) return giveBack();
      dirty = true;
      const response = await db.runExclusive(() => db.execProtocolRaw(new Uint8Array(message)));
      if (response.length > 0 && !socket.destroyed) socket.write(response);
      if (readyStatus(response) === 'I') {
        dirty = false;
        const r = release;
        release = null;
        r();
      } else {
        idle = setTimeout(() => socket.destroy(), idleLimit);
      }
    };

    const handleStartup = async (message: Buffer) => {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST) return void socket.write('N');
      if (code !== PROTOCOL_3) return void socket.end();
      await run(message);
    };

    const handle = async (message: Buffer) => {
      if (closed) return;
      if (message[0] === 0x58 /* Terminate */) return void socket.end();
      await run(message);
    };

    socket.on('data', (data) => {
      const parsed = split(Buffer.concat([buffered, data]), started);
      buffered = Buffer.from(parsed.rest);
      started = parsed.started;
      for (const m of parsed.messages) {
        chain = chain
          .then(() => (m.startup ? handleStartup(m.bytes) : handle(m.bytes)))
          .catch(() => {
            socket.destroy();
          });
      }
    });

    const end = () => {
      if (closed) return;
      closed = true;
      chain = chain.then(giveBack, giveBack);
      clients.set(socket, chain);
      void chain.then(() => clients.delete(socket));
    };
    socket.on('close', end);
    socket.on('error', () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return {
    path: socketPath,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of clients.keys()) c.destroy();
      await stopped;
      await Promise.all(clients.values());
      fs.rmSync(socketPath, { force: true });
    },
  };
}
