import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Codes of the two buckets for scans that match no flyer; `_` cannot start a flyer code. */
export const UNKNOWN_SCENE = '_unknown';
export const NO_FLYER = '_none';

/**
 * How many times a flyer was opened on one day (Paris time), and nothing else: no device, no time
 * of day, no address. Scans that match no flyer are counted in the UNKNOWN_SCENE / NO_FLYER buckets.
 */
@Entity({ name: 'scan_counts' })
export class ScanCount {
  @PrimaryColumn({ type: 'text' })
  code: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  n: number;
}
