import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ConfigError } from '../config';

/**
 * The key every alerts hash is made with (the data key) is kept in the database, encrypted under
 * ALERTS_SECRET, with the secret's fingerprint. A server given another secret stops at start-up and
 * says what to do, instead of making every stored report unmatchable without a word. Changing the
 * secret re-encrypts the data key (`npm run alerts:rekey`); the hashes themselves never change — they
 * could not be recomputed, since Lotus never keeps the identifiers they were made from.
 *
 * A database keyed before this existed used the secret itself as its key: its first start keeps it so.
 */
export function fingerprint(secret: string): string {
  return createHmac('sha256', secret).update('lotus-alerts-fingerprint').digest('hex').slice(0, 16);
}

const wrappingKey = (secret: string) => createHash('sha256').update(`lotus-alerts-wrap:${secret}`).digest();

function wrap(secret: string, dataKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(secret), iv);
  const body = Buffer.concat([cipher.update(dataKey, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

function unwrap(secret: string, wrapped: string): string {
  const [iv, tag, body] = wrapped.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

interface Row {
  fingerprint: string;
  wrapped_key: string;
}

async function readRow(m: EntityManager): Promise<Row | null> {
  const rows: Row[] = await m.query(`SELECT fingerprint, wrapped_key FROM alerts_keyring WHERE id = 1`);
  return rows[0] ?? null;
}

export function mismatchMessage(stored: string, given: string): string {
  return (
    `configuration: the alerts secret (fingerprint ${given}) is not the one this database's reports were keyed with (fingerprint ${stored}); ` +
    'started like this, no report would ever match again. Start with the previous secret (ALERTS_SECRET, or the alerts-secret file of the ' +
    'previous DATA_DIR). To change the secret on purpose: set the old one as ALERTS_SECRET_PREVIOUS and the new one as ALERTS_SECRET, ' +
    'start, then run `npm run alerts:rekey`.'
  );
}

export interface Keyring {
  dataKey: string;
  /** Opened with ALERTS_SECRET_PREVIOUS: `npm run alerts:rekey` has not run yet. */
  rotationPending: boolean;
}

/** The data key for this secret (or the previous one, while rotating); refuses any other secret. */
export async function openKeyring(m: EntityManager, secret: string, previous: string | undefined, now: Date): Promise<Keyring> {
  let row = await readRow(m);
  if (!row) {
    await m.query(`INSERT INTO alerts_keyring (id, fingerprint, wrapped_key, updated_at) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO NOTHING`, [
      fingerprint(secret),
      wrap(secret, secret),
      now,
    ]);
    // Another process may have keyed it first, with its own secret: read what won.
    row = (await readRow(m))!;
  }
  if (row.fingerprint === fingerprint(secret)) return { dataKey: unwrap(secret, row.wrapped_key), rotationPending: false };
  if (previous && row.fingerprint === fingerprint(previous)) return { dataKey: unwrap(previous, row.wrapped_key), rotationPending: true };
  throw new ConfigError(mismatchMessage(row.fingerprint, fingerprint(secret)));
}

/** Re-encrypts the data key under `secret`, opening it with `previous`. Returns false when already done. */
export async function rekey(m: EntityManager, secret: string, previous: string | undefined, now: Date): Promise<boolean> {
  const { dataKey, rotationPending } = await openKeyring(m, secret, previous, now);
  if (!rotationPending) return false;
  await m.query(`UPDATE alerts_keyring SET fingerprint = $1, wrapped_key = $2, updated_at = $3 WHERE id = 1`, [fingerprint(secret), wrap(secret, dataKey), now]);
  return true;
}
