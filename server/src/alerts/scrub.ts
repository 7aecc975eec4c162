const BULLET = '•';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reporters sometimes paste the number or address into their story. The reported identifier (as typed
 * and as normalised), runs of 8+ digits and email addresses in `details` are masked before they are
 * stored, so the text cannot undo the hashing.
 */
export function scrubDetails(text: string, identifier: { value: string; normalized: string; masked: string }): string {
  const terms = [identifier.value.trim(), identifier.normalized, identifier.normalized.replace(/[^A-Za-z0-9]/g, '')]
    .filter((t) => t.length >= 3)
    .sort((a, b) => b.length - a.length);
  // The same number written another way (06.12… for +336…) ends with the same digits.
  const tail = identifier.normalized.replace(/\D/g, '').slice(-8);
  let out = text;
  for (const term of terms) out = out.replace(new RegExp(escape(term), 'gi'), identifier.masked);
  return out
    .replace(/[^\s@•]+@[^\s@•]+\.[A-Za-z]{2,}/g, (m) => `${m[0]}${BULLET.repeat(3)}@${BULLET.repeat(3)}`)
    .replace(/\+?\d(?:[\s.\-()]*\d){7,}/g, (m) => {
      const digits = m.replace(/\D/g, '');
      if (tail.length === 8 && digits.endsWith(tail)) return identifier.masked;
      return `${BULLET.repeat(digits.length - 2)}${digits.slice(-2)}`;
    });
}
