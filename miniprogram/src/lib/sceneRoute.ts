import { decodeScene, parseScene, type SceneTarget } from '@lotus/server/contract/scene';

export interface SceneRoute {
  /** The page to open over Home, or null to stay on Home. */
  url: string | null;
  /** The decoded scene to count with POST /api/scan, or null when the scene is not valid. */
  scan: string | null;
}

/** Values are already checked by the grammar (lowercase letters, digits, dashes): safe in a URL as is. */
function urlFor(target: SceneTarget): string | null {
  switch (target.kind) {
    case 'home':
      return null;
    case 'city':
      return `/pages/directory/index?city=${target.city}`;
    case 'article':
      return `/pages/article/index?slug=${target.slug}`;
    case 'page':
      return `/pages/${target.page}/index`;
  }
}

/**
 * Where a flyer's QR scene leads. The scene arrives URL-encoded (WeChat and Taro leave it so);
 * anything unknown or malformed lands on Home with nothing shown.
 */
export function routeScene(raw: string | null | undefined): SceneRoute {
  if (!raw) return { url: null, scan: null };
  const text = decodeScene(raw).trim();
  const parsed = parseScene(text);
  if (!parsed.ok) return { url: null, scan: null };
  return { url: urlFor(parsed.scene.target), scan: text };
}
