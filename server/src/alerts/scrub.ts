import type { IdentifierKind } from '../contract/alerts';
import { normalizeIdentifier } from './normalize';

const BULLET = '•';

/**
 * Full-width forms (０６１２…, ＡＢ－１２３, ＠), the ideographic space and Chinese list marks read as
 * their ASCII twins. One UTF-16 unit for one, so a match in the folded text is a match at the same
 * place in the original, which keeps its own punctuation everywhere else.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length > 1) out += '\u0000'.repeat(ch.length);
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x3001) out += ',';
    // A Chinese full stop ends a sentence, never an address: it must not join two runs into one.
    else if (c === 0x3002) out += ' ';
    else if (c === 0x30fb || c === 0xb7) out += '.';
    else out += ch;
  }
  return out;
}

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** What the normaliser makes of a run, when it accepts it as this kind. */
function normalized(kind: IdentifierKind, run: string): { normalized: string; masked: string } | null {
  try {
    return normalizeIdentifier(kind, run);
  } catch {
    return null;
  }
}

const SEP = String.raw`[\s.\-_/,()+·]`;
// A phone number as people write it: digits with up to three separators between them, 7 digits or more.
const DIGIT_RUN = new RegExp(String.raw`\+?\d(?:${SEP}{0,3}\d){6,}`, 'g');
const EMAIL = /[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PLATE_SEP = String.raw`[\s.\-_/]{0,2}`;
// Plates may be glued to the words around them (车牌AB123CD, or to the next plate): no boundary is asked.
const SIV = new RegExp(String.raw`[A-Za-z]{2}${PLATE_SEP}\d{3}${PLATE_SEP}[A-Za-z]{2}`, 'g');
const FNI = new RegExp(String.raw`\d{1,4}${PLATE_SEP}[A-Za-z]{1,3}${PLATE_SEP}(?:\d{2}|2[AaBb]|97[1-6])`, 'g');
// WeChat-ID-shaped words that hold a digit or _: a plain (or hyphenated) word is not taken for one…
// No upper bound: an ID glued to a word makes a longer run, masked whole.
const WECHAT_LIKE = /(?<![A-Za-z0-9_@-])[A-Za-z][A-Za-z0-9_-]{5,}(?![A-Za-z0-9_@-])/g;
// …unless it follows a word that announces one (微信, WeChat, vx, 加我…).
const ANNOUNCED = /(微信号?|威信|薇信|[VvWw]信|[Ww]e[Cc]hat|[Ww]eixin|\b[VvWw][Xx]\b|加我|\bid\b|\bID\b)\s*[:：=]?\s*([A-Za-z][A-Za-z0-9_-]{5,19})/g;
// Letters and digits mixed in one word (a foreign plate such as BMW1234, an ID), but not a time (21h30).
const MIXED = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,}(?![A-Za-z0-9])/g;
const TIME = /^\d{1,2}[hH]\d{0,2}$/;

const bullets = (run: string, keepEnd = 0) => {
  const chars = run.replace(/[^A-Za-z0-9]/g, '');
  return BULLET.repeat(Math.max(3, chars.length - keepEnd)) + (keepEnd ? chars.slice(-keepEnd) : '');
};

function spansOf(folded: string, identifier: ScrubIdentifier): Span[] {
  const spans: Span[] = [];
  const add = (re: RegExp, replace: (run: string, m: RegExpExecArray) => string | null, group = 0) => {
    for (const m of folded.matchAll(re)) {
      const run = m[group];
      const start = m.index! + m[0].length - run.length;
      const replacement = replace(run, m as RegExpExecArray);
      if (replacement !== null) spans.push({ start, end: start + run.length, replacement });
    }
  };
  // The reported identifier itself, in any case and with any separators between its characters.
  const core = identifier.normalized.replace(/[^A-Za-z0-9@.]/g, '');
  if (core.length >= 4) {
    const chars = [...core].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    add(new RegExp(chars.join(String.raw`[\s.\-_/,]{0,2}`), 'gi'), () => identifier.masked);
  }
  add(EMAIL, (run) => {
    const e = normalized('email', run.replace(/\s+/g, ''));
    // Nothing after the @ is kept: an address glued to the next word would carry it along.
    return e?.normalized === identifier.normalized ? identifier.masked : `${run[0]}${BULLET.repeat(3)}@${BULLET.repeat(3)}`;
  });
  add(DIGIT_RUN, (run) => {
    const p = normalized('phone', run.replace(/[,_/]/g, ' '));
    if (p?.normalized === identifier.normalized) return identifier.masked;
    return p ? p.masked : bullets(run, 2);
  });
  for (const re of [SIV, FNI]) {
    add(re, (run) => {
      const p = TIME.test(run) ? null : normalized('plate', run);
      if (!p) return null;
      return p.normalized === identifier.normalized ? identifier.masked : p.masked;
    });
  }
  // Two letters kept: a short ID's own masked form (first and last two) would keep most of it.
  add(WECHAT_LIKE, (run) => (/[\d_]/.test(run) ? run.slice(0, 2) + bullets(run.slice(2)) : null));
  add(ANNOUNCED, (run) => run.slice(0, 2) + bullets(run.slice(2)), 2);
  add(MIXED, (run) => (TIME.test(run) ? null : bullets(run)));
  return spans;
}

export interface ScrubIdentifier {
  kind?: IdentifierKind;
  value: string;
  normalized: string;
  masked: string;
}

/**
 * Reporters sometimes paste the number or address into their story. Every identifier-shaped run in
 * `details` — the reported one in any spelling, other phone numbers (any run of 7+ digits, full-width
 * too, whatever the separators), email addresses, French plates in any case and spacing, WeChat IDs
 * holding a digit or _ or announced as one, words mixing letters and digits — is masked before
 * the text is stored, so it cannot undo the hashing. Runs the normaliser accepts get its masked form.
 */
export function scrubDetails(text: string, identifier: ScrubIdentifier): string {
  const spans = spansOf(fold(text), identifier).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let last: Span | null = null;
  for (const span of spans) {
    if (last && span.start < last.end) {
      // Overlapping finds: the wider run is masked as a whole.
      if (span.end > last.end) {
        out += BULLET.repeat(span.end - last.end);
        at = last.end = span.end;
      }
      continue;
    }
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
    last = { ...span };
  }
  return out + text.slice(at);
}
