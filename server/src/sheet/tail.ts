import type { IdentifierKind } from '../contract/alerts';

/** The sheet never shows more of an identifier than this many characters, all from its end. */
export const TAIL_MAX = 4;

/**
 * The last characters of a reported identifier, taken from what `masked` kept visible after its last
 * bullet (the identifier itself is stored only as a keyed hash): `+33 6 •• •• •• 78` → `78`,
 * `AB-•••-CD` → `CD`, `a•••@d•••.com` → `com`. At most TAIL_MAX letters or digits; null when fewer than 2.
 */
export function identifierTail(masked: string): string | null {
  const last = masked.lastIndexOf('•');
  if (last < 0) return null;
  const visible = masked.slice(last + 1).replace(/[^\p{L}\p{N}]/gu, '');
  return visible.length >= 2 ? visible.slice(-TAIL_MAX) : null;
}

export const KIND_WORDS: Record<IdentifierKind, { 'zh-Hans': string; fr: string }> = {
  phone: { 'zh-Hans': '电话', fr: 'Tél.' },
  wechat: { 'zh-Hans': '微信', fr: 'WeChat' },
  plate: { 'zh-Hans': '车牌', fr: 'Plaque' },
  email: { 'zh-Hans': '邮箱', fr: 'E-mail' },
};
