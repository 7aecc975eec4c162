import type { Pattern } from './compile';
import { HARD, LETTER, MARK, NOISE, SPACE, SPACED_LETTER, spacedClass } from './fold';
import { GAP_NONE, GAP_SPACE, gapKind, newUnit, readUnit, readUnitBefore, type Unit } from './walk';

/**
 * Rules for words written in Latin script, checked on the original text once the automaton proposes a match:
 * - whole words only: `viol` is not inside `violence`;
 * - inside a word, noise without whitespace is an evasion (`s*e*x`, `s\u200Bex`, `s.e.x`), and so is
 *   whitespace between every letter (`v i o l`); whitespace between only some letters (`les ex` for `sex`,
 *   `vi ol`) is two real words, not an evasion;
 * - a spaced-out word must not be part of a longer spaced-out run (`v i o l e n c e` is not `viol`).
 * Separators the listed form itself has (`garde à vue`, `sans-papiers`) accept any spacing.
 */

const MAX_NOISE = 3;
const u = newUnit();

function isWordUnit(x: Unit): boolean {
  return x.kind === LETTER && spacedClass(x.cp) !== 0;
}

/** The nearest unit before `pos` that is not invisible (combining marks, inline tags). */
function visibleBefore(text: string, pos: number): Unit | undefined {
  let j = pos;
  while (j > 0) {
    readUnitBefore(text, j, u);
    if (u.kind !== MARK) return u;
    j = u.start;
  }
  return undefined;
}

function visibleAfter(text: string, pos: number): Unit | undefined {
  let j = pos;
  while (j < text.length) {
    readUnit(text, j, u);
    if (u.kind !== MARK) return u;
    j = u.end;
  }
  return undefined;
}

function wordCharBefore(text: string, pos: number): boolean {
  const x = visibleBefore(text, pos);
  return x !== undefined && isWordUnit(x);
}

function wordCharAfter(text: string, pos: number): boolean {
  const x = visibleAfter(text, pos);
  return x !== undefined && isWordUnit(x);
}

/** Is there, across a short noise run before `pos`, a letter standing alone (the tail of a spaced-out run)? */
function isolatedLetterBefore(text: string, pos: number): boolean {
  let j = pos;
  let noise = 0;
  for (;;) {
    const x = visibleBefore(text, j);
    if (!x || x.kind === HARD) return false;
    if (x.kind === NOISE || x.kind === SPACE) {
      if (++noise > MAX_NOISE) return false;
      j = x.start;
      continue;
    }
    if (noise === 0 || !isWordUnit(x)) return false;
    return !wordCharBefore(text, x.start);
  }
}

function isolatedLetterAfter(text: string, pos: number): boolean {
  let j = pos;
  let noise = 0;
  for (;;) {
    const x = visibleAfter(text, j);
    if (!x || x.kind === HARD) return false;
    if (x.kind === NOISE || x.kind === SPACE) {
      if (++noise > MAX_NOISE) return false;
      j = x.end;
      continue;
    }
    if (noise === 0 || !isWordUnit(x)) return false;
    return !wordCharAfter(text, x.end);
  }
}

/**
 * Accepts or rejects a match of a Latin-script pattern. `starts`/`ends` are the scanner's ring buffers of
 * original offsets; the match's letters sit in slots first … first + length − 1 (masked).
 */
export function acceptLatin(text: string, p: Pattern, starts: Int32Array, ends: Int32Array, first: number, mask: number): boolean {
  let tight = false;
  let spaced = false;
  for (let k = 1; k < p.length; k++) {
    if (p.cls[k - 1] === 0 || p.cls[k] === 0 || p.sepBefore[k] === 1) continue;
    const gap = gapKind(text, ends[(first + k - 1) & mask], starts[(first + k) & mask]);
    if (gap === GAP_NONE) tight = true;
    else if (gap === GAP_SPACE) spaced = true;
  }
  if (tight && spaced) return false;
  const start = starts[first & mask];
  const end = ends[(first + p.length - 1) & mask];
  if (p.cls[0] === SPACED_LETTER && wordCharBefore(text, start)) return false;
  if (p.cls[p.length - 1] === SPACED_LETTER && wordCharAfter(text, end)) return false;
  if (spaced && (isolatedLetterBefore(text, start) || isolatedLetterAfter(text, end))) return false;
  return true;
}
