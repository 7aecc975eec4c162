import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a reference read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 100 random bits as XXXX-XXXX-XXXX-XXXX-XXXX: shown once to the reporter, stored only as a keyed hash. */
export function newReference(): string {
  const bytes = randomBytes(20);
  let out = '';
  for (let i = 0; i < 20; i++) {
    out += ALPHABET[bytes[i] & 31];
    if (i % 4 === 3 && i < 19) out += '-';
  }
  return out;
}

/** The canonical form of what a reporter typed back, or null if it cannot be a reference. */
export function canonicalReference(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(compact)) return null;
  return compact.match(/.{4}/g)!.join('-');
}
