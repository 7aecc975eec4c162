import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The key every alerts hash is made with, encrypted under ALERTS_SECRET, and the secret's fingerprint:
 * a server started with another secret stops instead of silently making every report unmatchable.
 * One row.
 */
@Entity({ name: 'alerts_keyring' })
export class AlertsKeyring {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  /** HMAC of a fixed text under the secret: names the secret without revealing it. */
  @Column({ type: 'text' })
  fingerprint: string;

  /** The data key, AES-256-GCM under a key derived from the secret (iv.tag.ciphertext, base64url). */
  @Column({ name: 'wrapped_key', type: 'text' })
  wrappedKey: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
