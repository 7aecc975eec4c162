import { formatScene, parseScene } from '../contract/scene';
import type { SceneCode } from '../entities';

/** Lowercase only, so a code read aloud or typed from a flyer's corner cannot name two flyers. */
export const FLYER_CODE_RE = /^[a-z0-9]{1,12}$/;

/** The scene printed in a flyer's QR code. */
export function flyerScene(row: Pick<SceneCode, 'code' | 'target'>): string {
  const parsed = parseScene(row.target);
  if (!parsed.ok) throw new Error(`stored target "${row.target}" no longer parses: ${parsed.reason}`);
  return formatScene({ target: parsed.scene.target, flyer: row.code });
}
