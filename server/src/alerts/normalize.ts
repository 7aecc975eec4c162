import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { IdentifierKind } from '../contract/alerts';
import { ERROR_CODES } from '../contract/errors';
import { emailParts, identifierProblem, INVALID_IDENTIFIER, plateNormalized } from '../contract/identifiers';
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
  phone: ERROR_CODES.invalid_phone,
  plate: ERROR_CODES.invalid_plate,
  wechat: ERROR_CODES.invalid_wechat,
  email: ERROR_CODES.invalid_email,
};

/** What an international reading of the number shows a moderator: country code, first digit, last two. */
function maskedPhone(parsed: PhoneNumber): string {
  const [country, ...national] = parsed.formatInternational().split(' ');
  const rest = national.join(' ');
  const digits = rest.replace(/\D/g, '').length;
  let seen = 0;
  const masked = rest.replace(/\d/g, (d) => {
    seen += 1;
    return seen === 1 || seen > digits - 2 ? d : BULLET;
  });
  return `${country} ${masked}`;
}

const SEPARATORS = /[\s.\-()]/g;
const FRENCH_NATIONAL = /^0[1-9]\d{8}$/;
const CHINESE_MOBILE = /^1[3-9]\d{9}$/;

/** libphonenumber's reading: every numbering plan, and the masked form for a moderator. */
export function phoneByLibrary(value: string, region: CountryCode | undefined): Identifier | null {
  // A Chinese mobile (11 digits from 13… to 19…) cannot be French: without a stated region, read it as Chinese.
  const chineseMobile = CHINESE_MOBILE.test(value.replace(SEPARATORS, ''));
  const parsed = parsePhoneNumberFromString(value, region ?? (chineseMobile ? 'CN' : 'FR'));
  if (!parsed?.isValid()) return null;
  return {
    kind: 'phone',
    normalized: parsed.number,
    // Formatting costs more than parsing, and a check never needs the masked form: made on first read.
    get masked() {
      return maskedPhone(parsed);
    },
  };
}

/**
 * A French number written with its leading 0, the way nearly every number is written, read without
 * libphonenumber, whose parsing was most of a check's own CPU. Null for any other shape. For France
 * libphonenumber's metadata says only "nine digits, the first not 0" and "00" for abroad, so the two
 * readings agree; normalize.test.ts checks both that metadata and the readings. Chinese mobiles stay
 * with libphonenumber: it reads 179xx00… as a long-distance prefix, not as a mobile.
 */
export function phoneByShape(value: string, region: CountryCode | undefined): Identifier | null {
  const digits = value.replace(SEPARATORS, '');
  if (region === 'CN' || !FRENCH_NATIONAL.test(digits)) return null;
  const normalized = `+33${digits.slice(1)}`;
  return {
    kind: 'phone',
    normalized,
    get masked() {
      return maskedPhone(parsePhoneNumberFromString(normalized)!);
    },
  };
}

function phone(value: string, region: CountryCode | undefined): Identifier | null {
  return phoneByShape(value, region) ?? phoneByLibrary(value, region);
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

// These three run after the shared rules accepted the value.
function plate(value: string): Identifier {
  const normalized = plateNormalized(value)!;
  return { kind: 'plate', normalized, masked: maskMiddle(normalized) };
}

function wechat(value: string): Identifier {
  const normalized = value.toLowerCase();
  return { kind: 'wechat', normalized, masked: maskMiddle(normalized) };
}

function email(value: string): Identifier {
  const { local, domain, tld } = emailParts(value)!;
  return { kind: 'email', normalized: value.toLowerCase(), masked: `${local[0]}${BULLET.repeat(3)}@${domain[0]}${BULLET.repeat(3)}.${tld}` };
}

/** Every identifier goes through here first; bad input is a 400 that shows what a good one looks like. */
export function normalizeIdentifier(kind: IdentifierKind, value: string, region?: 'FR' | 'CN'): Identifier {
  const trimmed = value.trim();
  // The shared rules first (the mini-program ran the same), then what only the server knows: numbering plans.
  const problem = identifierProblem(kind, trimmed);
  if (problem) throw ValidationError(ERROR_CODES[problem], { code: problem, field: 'value' });
  const result =
    kind === 'phone' ? phone(trimmed, region) : kind === 'plate' ? plate(trimmed) : kind === 'wechat' ? wechat(trimmed) : email(trimmed);
  if (!result) throw ValidationError(INVALID_MESSAGES[kind], { code: INVALID_IDENTIFIER[kind], field: 'value' });
  return result;
}
