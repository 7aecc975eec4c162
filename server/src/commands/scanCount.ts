import type { DataSource, EntityManager } from 'typeorm';
import { decodeScene, formatScene, parseScene } from '../contract/scene';
import { NO_FLYER, UNKNOWN_SCENE } from '../entities/ScanCount';
import { parisDay } from '../flyers/day';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Which counter a scanned scene adds to: its flyer's code, or one of the two buckets. */
export type ScanBucket = { code: string; target: string } | { bucket: typeof UNKNOWN_SCENE | typeof NO_FLYER };

export function classifyScan(raw: string): ScanBucket {
  // Valid scenes hold no `%`, so decoding once more is harmless and accepts a client that did not decode.
  const parsed = parseScene(decodeScene(raw));
  if (!parsed.ok) return { bucket: UNKNOWN_SCENE };
  const { target, flyer } = parsed.scene;
  if (!flyer) return { bucket: NO_FLYER };
  return { code: flyer, target: formatScene({ target, flyer: null }) };
}

interface Props {
  /** A single statement: the data source's manager or the caller's transaction. */
  m: Queryable;
  /** The scene as the mini-program received it. */
  scene: string;
  now: Date;
}

/**
 * Adds one to today's counter of the scanned flyer, in one statement so that concurrent scans are
 * all counted. A flyer code the database does not hold, or held with another target, counts as
 * unknown. Nothing about the scanner is read or kept.
 */
export default async function scanCount({ m, scene: raw, now }: Props): Promise<void> {
  const day = parisDay(now);
  const b = classifyScan(raw);
  if ('bucket' in b) {
    await m.query(
      `INSERT INTO scan_counts (code, day, n) VALUES ($1, $2, 1)
       ON CONFLICT (code, day) DO UPDATE SET n = scan_counts.n + 1`,
      [b.bucket, day],
    );
    return;
  }
  await m.query(
    `INSERT INTO scan_counts (code, day, n)
     SELECT COALESCE((SELECT code FROM scene_codes WHERE code = $1 AND target = $2), $3), $4::date, 1
     ON CONFLICT (code, day) DO UPDATE SET n = scan_counts.n + 1`,
    [b.code, b.target, UNKNOWN_SCENE, day],
  );
}
