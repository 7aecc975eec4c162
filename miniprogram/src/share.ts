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
