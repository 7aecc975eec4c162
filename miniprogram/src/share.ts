import { formatScene, parseScene, type SceneTarget } from '@lotus/server/contract/scene';
import type { Messages } from './locales/types';

/** Copied to dist/assets by config/index.ts (weapp only). */
const SHARE_IMAGE = '/assets/share.png';

/**
 * What a forwarded card shows: an everyday title and a plain picture, never the programme's name or a
 * screenshot of the page, and it opens on `path`.
 */
export function neutralShare(t: Messages, path = '/pages/home/index') {
  return { title: t.common.shareTitle, path, imageUrl: SHARE_IMAGE };
}

/** The scene that reopens `target` (flyers' grammar), or undefined when its slug does not fit the grammar. */
export function pageScene(target: SceneTarget): string | undefined {
  const scene = formatScene({ target, flyer: null });
  return parseScene(scene).ok ? scene : undefined;
}
