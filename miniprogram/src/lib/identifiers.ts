import type { IdentifierKind } from '@lotus/server/contract/alerts';

/**
 * A first check on the device so a typo gets a clear message at once, even offline. The server
 * validates again (and normalises); these rules only reject what can never be valid.
 */
const CHECKS: Record<IdentifierKind, (v: string) => boolean> = {
  phone: (v) => /^\+?[\d\s().-]+$/.test(v) && digitCount(v) >= 8 && digitCount(v) <= 15,
  wechat: (v) => /^[A-Za-z][A-Za-z0-9_-]{5,19}$/.test(v) || /^\+?\d{8,15}$/.test(v),
  plate: (v) => isPlate(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v),
};

function digitCount(v: string): number {
  return v.replace(/\D/g, '').length;
}

/** French plates: SIV (AB-123-CD) and the older FNI (123 ABC 75); other countries loosely (4–10 letters and digits). */
function isPlate(v: string): boolean {
  const compact = v.toUpperCase().replace(/[\s-]/g, '');
  if (/^[A-Z]{2}\d{3}[A-Z]{2}$/.test(compact)) return true;
  if (/^\d{1,4}[A-Z]{1,3}(\d{2}|2A|2B|97\d)$/.test(compact)) return true;
  return /^[A-Z0-9]{4,10}$/.test(compact) && /\d/.test(compact) && /[A-Z]/.test(compact);
}

export function looksValid(kind: IdentifierKind, value: string): boolean {
  const v = value.trim();
  return v.length > 0 && v.length <= 200 && CHECKS[kind](v);
}
