import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Mediator } from './Mediator';

/**
 * A signed-in console. Kept in the database so every server process sees it. The id is the SHA-256
 * of the cookie's token: a copy of this table does not let anyone sign in.
 */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ name: 'mediator_id', type: 'uuid' })
  mediatorId: string;

  @ManyToOne(() => Mediator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mediator_id' })
  mediator?: Mediator;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  /** Moves forward with use, but never past `created_at` + the longest session. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set from the server's clock (not the database's), like `expires_at`. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
