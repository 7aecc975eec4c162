import type { SceneCodeDTO, ScenesDTO } from '../contract/admin';
import { parseScene, type SceneTarget } from '../contract/scene';
import type { SceneCode } from '../entities';
import { NO_FLYER, UNKNOWN_SCENE } from '../entities/ScanCount';
import { flyerScene } from '../flyers/sceneCodes';
import type { ScanStats } from '../flyers/scans';

export function presentSceneCode(row: SceneCode, stats?: ScanStats): SceneCodeDTO {
  const parsed = parseScene(row.target);
  const target: SceneTarget = parsed.ok ? parsed.scene.target : { kind: 'home' };
  return {
    code: row.code,
    /** Exactly what the QR code carries. */
    scene: flyerScene(row),
    target,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    total: stats?.totals.get(row.code) ?? 0,
    days: stats?.days.get(row.code) ?? [],
  };
}

/** Counts per flyer for the console; days without scans are left out. */
export function presentScenes(rows: SceneCode[], stats: ScanStats, range: { from: string; to: string }): ScenesDTO {
  const bucket = (code: string) => ({ total: stats.totals.get(code) ?? 0, days: stats.days.get(code) ?? [] });
  return {
    from: range.from,
    to: range.to,
    flyers: rows.map((r) => presentSceneCode(r, stats)),
    /** Malformed scenes, unknown flyer codes, or a code with the wrong target. */
    unknown: bucket(UNKNOWN_SCENE),
    /** Valid scenes without f= (a code made before flyer codes, or elsewhere). */
    withoutFlyer: bucket(NO_FLYER),
  };
}
