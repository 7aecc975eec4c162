import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../contract/admin';

/** A person who signs in to the console. Passwords are kept only as argon2id hashes; failed sign-ins are counted in login_attempts. */
@Entity({ name: 'mediators' })
@Index(['username'], { unique: true })
export class Mediator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** A disabled account cannot sign in; its sessions were closed when it was disabled. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
