/**
 * Texts bound for WeChat are HTML: a word can be split by tags (`敏<b>感</b>`) or written as entities
 * (`&#x654F;`). The scanner asks these two helpers at each `<` and `&` and maps what they return onto the
 * original offsets.
 */

/** Tags that start a new block or line: a word never continues across them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Embedded content sits between two letters like one noise character would. */
const EMBEDDED_TAGS = new Set(['img', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'input', 'canvas']);

export const TAG_INLINE = 0;
export const TAG_BLOCK = 1;
export const TAG_EMBEDDED = 2;

export interface Tag {
  end: number;
  type: number;
}

// Bounded so a stray `<a` in a long text cannot make the scan quadratic.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:[\s/][^<>]{0,2000})?>|<!--[^]{0,5000}?-->|<![A-Za-z][^<>]{0,200}>/y;

/** The tag starting at `i` (which holds `<`), or undefined when the `<` is just a character. */
export function matchTag(text: string, i: number): Tag | undefined {
  TAG.lastIndex = i;
  const m = TAG.exec(text);
  if (!m) return undefined;
  const name = m[2]?.toLowerCase();
  const type = name === undefined ? TAG_INLINE : BLOCK_TAGS.has(name) ? TAG_BLOCK : EMBEDDED_TAGS.has(name) ? TAG_EMBEDDED : TAG_INLINE;
  return { end: TAG.lastIndex, type };
}

const NAMED: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, nbsp: 0xa0, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009,
  zwj: 0x200d, zwnj: 0x200c, shy: 0xad, lrm: 0x200e, rlm: 0x200f, hellip: 0x2026, mdash: 0x2014, ndash: 0x2013,
  middot: 0xb7, bull: 0x2022, laquo: 0xab, raquo: 0xbb, ldquo: 0x201c, rdquo: 0x201d, lsquo: 0x2018, rsquo: 0x2019,
  times: 0xd7, copy: 0xa9, reg: 0xae, trade: 0x2122, aelig: 0xe6, AElig: 0xc6, oelig: 0x153, OElig: 0x152,
  szlig: 0xdf, star: 0x2606, hearts: 0x2665,
};
const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a',
};

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

export interface Entity {
  end: number;
  codePoint: number;
}

function named(name: string): number | undefined {
  if (name in NAMED) return NAMED[name];
  const accented = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  if (!accented) return undefined;
  const composed = (accented[1] + ACCENTS[accented[2]]).normalize('NFC');
  return composed.length === 1 ? composed.charCodeAt(0) : undefined;
}

/** The entity starting at `i` (which holds `&`), or undefined when the `&` is just a character. */
export function matchEntity(text: string, i: number): Entity | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return undefined;
  const cp = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : named(m[3]);
  if (cp === undefined || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return { end: ENTITY.lastIndex, codePoint: cp };
}

/** Where the tag or entity ending at `end - 1` starts, for looking backwards from a match. */
export function startOfMarkupEndingAt(text: string, end: number): number | undefined {
  const last = text.charCodeAt(end - 1);
  if (last === 0x3e /* > */) {
    const open = text.lastIndexOf('<', end - 1);
    if (open >= 0 && end - open <= 2100 && matchTag(text, open)?.end === end) return open;
  } else if (last === 0x3b /* ; */) {
    const open = text.lastIndexOf('&', end - 1);
    if (open >= 0 && end - open <= 40 && matchEntity(text, open)?.end === end) return open;
  }
  return undefined;
}
