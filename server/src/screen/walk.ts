import { AMP, DOT, foldAstral, foldCodePoint, foldTables, HARD, HIGH, LETTER, LT, MARK, NOISE, SPACE } from './fold';
import { matchEntity, matchTag, startOfMarkupEndingAt, TAG_BLOCK, TAG_EMBEDDED } from './html';

/**
 * One visible unit of text as the matcher sees it: a folded letter, a noise or space character, a hard
 * break, or something invisible (MARK: combining marks, inline tags). The scanner's hot loop handles plain
 * code units itself and calls this for everything else, so both always agree.
 */
export interface Unit {
  /** LETTER, NOISE, SPACE, HARD or MARK. */
  kind: number;
  /** Folded code point, for letters. */
  cp: number;
  start: number;
  end: number;
}

export function newUnit(): Unit {
  return { kind: MARK, cp: 0, start: 0, end: 0 };
}

const ZWJ = 0x200d;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/** One code point at `i` (a lone surrogate is returned as itself). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** An emoji with its modifiers, ZWJ-joined partners and flag pair is one noise character, not five. */
function emojiSequenceEnd(text: string, first: number, end: number): number {
  const t = foldTables();
  if (isRegionalIndicator(first) && isRegionalIndicator(codePointAt(text, end))) return end + 2;
  let j = end;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (t.kind[c] === MARK) {
      j++;
    } else if (t.kind[c] === HIGH && foldAstral(codePointAt(text, j)).kind === MARK) {
      j += 2;
    } else if (c === ZWJ && j + 1 < text.length) {
      // Only another emoji is a partner: a ZWJ before anything else (a second ZWJ, a zero-width space)
      // is noise of its own, or 😀 + ZWJ + ZWJ would hide two characters between a word's letters.
      const next = codePointAt(text, j + 1);
      if (foldCodePoint(next).kind !== NOISE || !PICTOGRAPHIC.test(String.fromCodePoint(next))) break;
      j += next >= 0x10000 ? 3 : 2;
    } else {
      break;
    }
  }
  return j;
}

/** Reads the unit starting at `i` into `u` and returns it. */
export function readUnit(text: string, i: number, u: Unit): Unit {
  const t = foldTables();
  const c = text.charCodeAt(i);
  u.start = i;
  u.end = i + 1;
  u.cp = t.fold[c];
  u.kind = t.kind[c];
  switch (u.kind) {
    case DOT: {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      u.kind = next >= 0 && t.kind[next] === LETTER && isAsciiAlnum(t.fold[next]) ? NOISE : HARD;
      return u;
    }
    case LT: {
      const tag = matchTag(text, i);
      if (!tag) {
        u.kind = NOISE;
        return u;
      }
      u.end = tag.end;
      u.kind = tag.type === TAG_BLOCK ? HARD : tag.type === TAG_EMBEDDED ? NOISE : MARK;
      return u;
    }
    case AMP: {
      const entity = matchEntity(text, i);
      if (!entity) {
        u.kind = NOISE;
        return u;
      }
      const f = foldCodePoint(entity.codePoint);
      u.end = entity.end;
      u.cp = f.folded;
      u.kind = f.kind === DOT ? HARD : f.kind === LT || f.kind === AMP || f.kind === HIGH ? NOISE : f.kind;
      return u;
    }
    case HIGH: {
      const lo = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (lo < 0xdc00 || lo > 0xdfff) {
        u.kind = NOISE;
        return u;
      }
      const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
      const f = foldAstral(cp);
      u.end = i + 2;
      u.cp = f.folded;
      u.kind = f.kind;
      if (f.kind === NOISE) u.end = emojiSequenceEnd(text, cp, u.end);
      return u;
    }
    default:
      return u;
  }
}

/** Reads the unit ending at `end` (looking backwards) into `u`. */
export function readUnitBefore(text: string, end: number, u: Unit): Unit {
  const c = text.charCodeAt(end - 1);
  let start = end - 1;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const hi = text.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) start = end - 2;
  } else if (c === 0x3e || c === 0x3b) {
    start = startOfMarkupEndingAt(text, end) ?? start;
  }
  readUnit(text, start, u);
  // An emoji sequence read forwards may run past `end`; the caller only cares what kind it is.
  u.end = end;
  return u;
}

export const GAP_NONE = 0;
export const GAP_NOISE = 1;
export const GAP_SPACE = 2;

/** What sits between two matched letters: nothing visible, noise without whitespace, or whitespace. */
export function gapKind(text: string, from: number, to: number): number {
  const u = newUnit();
  let gap = GAP_NONE;
  for (let i = from; i < to; i = u.end) {
    readUnit(text, i, u);
    if (u.kind === SPACE) return GAP_SPACE;
    if (u.kind === NOISE) gap = GAP_NOISE;
  }
  return gap;
}

export interface FoldedLetter {
  cp: number;
  /** The listed form had a space, hyphen or other separator before this letter ("garde à vue"). */
  sepBefore: boolean;
  start: number;
  end: number;
}

/** The letters of a text as the matcher compares them, with where each came from. */
export function foldLetters(text: string): FoldedLetter[] {
  const out: FoldedLetter[] = [];
  const u = newUnit();
  let sep = false;
  for (let i = 0; i < text.length; i = u.end) {
    readUnit(text, i, u);
    if (u.kind === LETTER) {
      out.push({ cp: u.cp, sepBefore: sep && out.length > 0, start: u.start, end: u.end });
      sep = false;
    } else if (u.kind !== MARK) {
      sep = true;
    }
  }
  return out;
}

