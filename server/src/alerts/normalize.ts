import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { IdentifierKind } from '../contract/alerts';
import { ValidationError } from '../errors';

export interface Identifier {
  kind: IdentifierKind;
  /** The one spelling every way of writing it maps to; hashed, never stored. */
  normalized: string;
  /** What a moderator may see. */
  masked: string;
}

const BULLET = '•';

export const INVALID_MESSAGES: Record<IdentifierKind, string> = {
  phone: 'value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000',
  plate: 'value is not a licence plate: write it like AB-123-CD or 123 ABC 75, or as 2 to 10 letters and digits for other countries',
  wechat: 'value is not a WeChat ID: 6 to 20 letters, digits, _ or -, starting with a letter',
  email: 'value is not an email address: write it like name@example.com',
};

function phone(value: string, region: CountryCode | undefined): Identifier | null {
  // A Chinese mobile (11 digits from 13… to 19…) cannot be French: without a stated region, read it as Chinese.
  const chineseMobile = /^1[3-9]\d{9}$/.test(value.replace(/[\s.\-()]/g, ''));
  const parsed = parsePhoneNumberFromString(value, region ?? (chineseMobile ? 'CN' : 'FR'));
  if (!parsed?.isValid()) return null;
  return {
    kind: 'phone',
    normalized: parsed.number,
    // Formatting costs more than parsing, and a check never needs the masked form: made on first read.
    get masked() {
      const [country, ...national] = parsed.formatInternational().split(' ');
      const rest = national.join(' ');
      const digits = rest.replace(/\D/g, '').length;
      let seen = 0;
      const masked = rest.replace(/\d/g, (d) => {
        seen += 1;
        return seen === 1 || seen > digits - 2 ? d : BULLET;
      });
      return `${country} ${masked}`;
    },
  };
}

/** Keeps the first and last two characters, bullets the rest, leaves separators as they are. */
function maskMiddle(text: string, keepStart = 2, keepEnd = 2): string {
  const total = text.replace(/[^A-Za-z0-9]/g, '').length;
  let seen = 0;
  return text.replace(/[A-Za-z0-9]/g, (c) => {
    seen += 1;
    return seen <= keepStart || seen > total - keepEnd ? c : BULLET;
  });
}

const SIV = /^([A-Z]{2})(\d{3})([A-Z]{2})$/;
// The pre-2009 FNI plates: 1–4 digits, 1–3 letters, then the département (2A/2B, or 971–976).
const FNI = /^(\d{1,4})([A-Z]{1,3})(\d{2}|2A|2B|97[1-6])$/;

function plate(value: string): Identifier | null {
  const compact = value.toUpperCase().replace(/[\s.\-_/]/g, '');
  if (!/^[A-Z0-9]{2,10}$/.test(compact)) return null;
  const siv = SIV.exec(compact);
  const fni = siv ? null : FNI.exec(compact);
  const normalized = siv ? siv.slice(1).join('-') : fni ? fni.slice(1).join('-') : compact;
  return { kind: 'plate', normalized, masked: maskMiddle(normalized) };
}

function wechat(value: string): Identifier | null {
  if (!/^[A-Za-z][A-Za-z0-9_-]{5,19}$/.test(value)) return null;
  const normalized = value.toLowerCase();
  return { kind: 'wechat', normalized, masked: maskMiddle(normalized) };
}

function email(value: string): Identifier | null {
  const normalized = value.toLowerCase();
  const m = /^([^\s@]+)@([^\s@]+)\.([a-z]{2,24})$/.exec(normalized);
  if (!m) return null;
  const [, local, domain, tld] = m;
  return { kind: 'email', normalized, masked: `${local[0]}${BULLET.repeat(3)}@${domain[0]}${BULLET.repeat(3)}.${tld}` };
}

/** Every identifier goes through here first; bad input is a 400 that shows what a good one looks like. */
export function normalizeIdentifier(kind: IdentifierKind, value: string, region?: 'FR' | 'CN'): Identifier {
  const trimmed = value.trim();
  const result =
    kind === 'phone' ? phone(trimmed, region) : kind === 'plate' ? plate(trimmed) : kind === 'wechat' ? wechat(trimmed) : email(trimmed);
  if (!result) throw ValidationError(INVALID_MESSAGES[kind]);
  return result;
}
