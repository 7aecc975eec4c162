import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { EntityManager, EntityTarget } from 'typeorm';
import { ConfigError } from './config';

/**
 * AES-256-GCM sealing and keyed hashes under one secret, for the stores that keep something of her
 * (the inbox, the alert subscriptions). Each store has its own secret and its own `domain`, so a leak
 * of one key opens nothing of the others.
 */
export interface Sealer {
  /** `purpose` is bound to the sealed bytes: a value sealed for one use does not open as another. */
  seal(plain: Buffer | string, purpose: string): Buffer;
  open(sealed: Buffer, purpose: string): Buffer;
  /** The same input always gives the same hash; without the secret it cannot be turned back. */
  hash(input: string): string;
  /** Names the key without revealing it: stored once, compared at every start. */
  fingerprint(): string;
}

const IV = 12;
const TAG = 16;

export function createSealer(domain: string, secret: string): Sealer {
  // Two keys from one secret, so the hash of an openid says nothing about the encryption key.
  const encKey = createHash('sha256').update(`lotus-${domain}-enc:${secret}`).digest();
  const macKey = createHash('sha256').update(`lotus-${domain}-mac:${secret}`).digest();
  return {
    seal(plain, purpose) {
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed, purpose) {
      const decipher = createDecipheriv('aes-256-gcm', encKey, sealed.subarray(0, IV));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(sealed.subarray(IV, IV + TAG));
      return Buffer.concat([decipher.update(sealed.subarray(IV + TAG)), decipher.final()]);
    },
    hash: (input) => createHmac('sha256', macKey).update(input).digest('hex'),
    fingerprint: () => createHmac('sha256', macKey).update('fingerprint').digest('hex').slice(0, 32),
  };
}

/**
 * At start: records the key's fingerprint in its one-row table the first time, and refuses to start
 * (with `mismatch`) when another process sealed the store with another key.
 */
export async function pinKey(
  m: EntityManager,
  { table, entity, fingerprint, mismatch }: { table: string; entity: EntityTarget<{ id: number; fingerprint: string }>; fingerprint: string; mismatch: string },
): Promise<void> {
  await m.query(`INSERT INTO ${table} (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [fingerprint]);
  const stored = await m.findOneByOrFail(entity, { id: 1 });
  if (stored.fingerprint !== fingerprint) throw new ConfigError(mismatch);
}
