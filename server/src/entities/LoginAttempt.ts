import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Login attempts per (account name as typed, source address), both keyed hashes: a name that does not
 * exist is counted like one that does, so the answers cannot tell them apart. Counted before the
 * password is checked (quota/loginAttempts.ts).
 */
@Entity({ name: 'login_attempts' })
export class LoginAttempt {
  @PrimaryColumn({ name: 'account_hash', type: 'text' })
  accountHash: string;

  @PrimaryColumn({ name: 'source_hash', type: 'text' })
  sourceHash: string;

  /** Attempts since the last success or lockout, including those still being checked. */
  @Column({ type: 'integer' })
  attempts: number;

  /** Lockouts in a row: each one lasts twice as long as the one before. */
  @Column({ type: 'integer' })
  lockouts: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
