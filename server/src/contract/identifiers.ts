import type { IdentifierKind } from './alerts';
import type { ErrorCode } from './errors';

/**
 * The one set of identifier rules, pure so the mini-program runs them offline and the server runs the
 * same before normalising: what one accepts the other accepts. The server then checks a phone number
 * against the numbering plans (libphonenumber), which a shape check cannot.
 */

/** WeChat's own rule: 6 to 20 letters, digits, _ or -, starting with a letter. */
export const WECHAT_ID = /^[A-Za-z][A-Za-z0-9_-]{5,19}$/;
/** The install id the mini-program makes once. */
export const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const IDENTIFIER_MAX = 200;

const SIV = /^([A-Z]{2})(\d{3})([A-Z]{2})$/;
// The pre-2009 FNI plates: 1–4 digits, 1–3 letters, then the département (2A/2B, or 971–976).
const FNI = /^(\d{1,4})([A-Z]{1,3})(\d{2}|2A|2B|97[1-6])$/;

/** A plate in one spelling: AB-123-CD, 123-ABC-75, or the letters and digits of a foreign plate (2 to 10). */
export function plateNormalized(value: string): string | null {
  const compact = value.toUpperCase().replace(/[\s.\-_/]/g, '');
  if (!/^[A-Z0-9]{2,10}$/.test(compact)) return null;
  const siv = SIV.exec(compact);
  if (siv) return siv.slice(1).join('-');
  const fni = FNI.exec(compact);
  return fni ? fni.slice(1).join('-') : compact;
}

/** Digits with the usual separators and an optional +, 8 to 15 digits (E.164's longest). */
export function phoneShaped(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s.\-()]+$/.test(value) && digits >= 8 && digits <= 15;
}

export function emailParts(value: string): { local: string; domain: string; tld: string } | null {
  const m = /^([^\s@]+)@([^\s@]+)\.([a-z]{2,24})$/.exec(value.toLowerCase());
  return m ? { local: m[1], domain: m[2], tld: m[3] } : null;
}

const RULES: Record<IdentifierKind, (v: string) => boolean> = {
  phone: phoneShaped,
  wechat: (v) => WECHAT_ID.test(v),
  plate: (v) => plateNormalized(v) !== null,
  email: (v) => emailParts(v) !== null,
};

export const INVALID_IDENTIFIER: Record<IdentifierKind, ErrorCode> = {
  phone: 'invalid_phone',
  wechat: 'invalid_wechat',
  plate: 'invalid_plate',
  email: 'invalid_email',
};

/** What is wrong with an identifier as typed, or null when it may be sent: `required` when empty. */
export function identifierProblem(kind: IdentifierKind, value: string): ErrorCode | null {
  const v = value.trim();
  if (!v) return 'required';
  if (v.length > IDENTIFIER_MAX) return 'too_long';
  return RULES[kind](v) ? null : INVALID_IDENTIFIER[kind];
}
