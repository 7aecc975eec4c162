import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A fixed one-hour window per key, in the database so every process shares it. `key` is a scope and
 * a keyed hash (`check:ip:<hmac>`): the table never holds an address or an install id.
 */
@Entity({ name: 'rate_limits' })
@Index(['windowStart'])
export class RateLimit {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
